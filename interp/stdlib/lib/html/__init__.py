"""HTML escaping: escape() turns &, <, > (and quotes) into character
references; unescape() resolves named and numeric character references as
an HTML5 parser does."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > in s by HTML-safe sequences, and " and ' too
    when quote is true (for attribute values)."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references to these code points mean what windows-1252 has there
# (HTML5's table of replacements); NUL means U+FFFD and CR stays CR.
_CP1252_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030'
              '\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d'
              '\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update((0x80 + i, c) for i, c in enumerate(_CP1252_C1))

# Numeric references to these code points (controls and noncharacters)
# are dropped.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
_invalid_codepoints |= {0xb} | {plane | low for plane in range(0, 0x110000, 0x10000)
                                for low in (0xfffe, 0xffff)}


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # Some names may end without ';': the longest one that prefixes s.
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _html5:
            return _html5[s[:end]] + s[end:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace the named and numeric character references in s (&gt;,
    &#62;, &#x3e;) by the characters they stand for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)

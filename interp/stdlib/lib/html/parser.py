"""HTMLParser: a tolerant, incremental HTML tokenizer that calls a handler
method for each start tag, end tag, run of text, comment, declaration and
processing instruction it finds.

Text may be fed in pieces; a construct cut by the end of one feed() waits
for the next one (or for close()). With convert_charrefs (the default)
character references in text are resolved and text comes in one
handle_data call per run; without it they go to handle_entityref and
handle_charref. The contents of <script> and <style> are passed through
as text, unparsed.

Written for Adder to behave as CPython 3.11's html.parser does on the same
input, malformed input included: tag and attribute names are lowercased,
attribute values are unquoted and unescaped, unterminated constructs at
close() come out as text.
"""

import re
from html import unescape

__all__ = ['HTMLParser']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
# Characters that end a tag name.
_NAME_END = frozenset('\t\n\r\f />\x00')

_markup_or_ref = re.compile('[&<]')
_charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_incomplete_ref = re.compile('&[a-zA-Z#]')
_ref_terminator = re.compile(r'[\s;]')
_endtag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_comment_close = re.compile(r'--\s*>')
_section_close = re.compile(r']\s*]\s*>')
_ms_section_close = re.compile(r']\s*>')
_section_name = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')


def _skip_separators(s, p):
    """Skip whitespace and slashes not followed by '>'."""
    n = len(s)
    while p < n:
        c = s[p]
        if c == '/':
            if s.startswith('/>', p):
                break
        elif not c.isspace():
            break
        p += 1
    return p


def _scan_attribute(s, p):
    """Scan one attribute at s[p]: return (name, value or None, end) or
    None when no attribute starts there. A name may only follow a quote,
    whitespace or a slash."""
    n = len(s)
    if p >= n:
        return None
    c, before = s[p], s[p - 1]
    if c.isspace() or c in '/>' or not (before in '\'"/' or before.isspace()):
        return None
    q = p + 1
    while q < n and not s[q].isspace() and s[q] not in '/=>':
        q += 1
    name = s[p:q]
    # '=' (repeatable, blanks around) and a quoted or bare value.
    r = q
    while r < n and s[r].isspace():
        r += 1
    if r >= n or s[r] != '=':
        return name, None, q
    while r < n and s[r] == '=':
        r += 1
    while r < n and s[r].isspace():
        r += 1
    if r < n and s[r] in '\'"':
        close = s.find(s[r], r + 1)
        if close < 0:
            return name, None, q
        return name, s[r:close + 1], close + 1
    v = r
    while v < n and s[v] != '>' and not s[v].isspace():
        v += 1
    return name, s[r:v], v


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags go to handle_starttag() or handle_startendtag(), end tags
    to handle_endtag(), text to handle_data(), and so on; subclasses
    override the handlers they need.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance. With convert_charrefs (the
        default) character references in text are resolved."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        r"""Feed data to the parser (as often and in pieces as small as
        you like, '\n' included)."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data."""
        self.goahead(True)

    def getpos(self):
        """Return the current (line number, offset)."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def updatepos(self, i, j):
        """Advance the line and offset over rawdata[i:j]; return j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            s = unescape(s)
        self.handle_data(s)

    def _next_markup(self, i):
        """Where the text starting at rawdata[i] ends, or -1 to wait for
        more input."""
        raw = self.rawdata
        n = len(raw)
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find('<', i)
            if j >= 0:
                return j
            # A reference near the end may be cut: keep it for later.
            amp = raw.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ref_terminator.search(raw, amp):
                return -1
            return n
        m = self.interesting.search(raw, i)
        if m:
            return m.start()
        return -1 if self.cdata_elem else n

    def _markup(self, i, end):
        """Handle the markup starting with '<' at rawdata[i]; return where
        it ends, or -1 to wait for more input."""
        raw = self.rawdata
        if raw.startswith('<', i) and i + 1 < len(raw) and raw[i + 1] in _LETTERS:
            k = self.parse_starttag(i)
        elif raw.startswith('</', i):
            k = self.parse_endtag(i)
        elif raw.startswith('<!--', i):
            k = self.parse_comment(i)
        elif raw.startswith('<?', i):
            k = self.parse_pi(i)
        elif raw.startswith('<!', i):
            k = self.parse_html_declaration(i)
        elif i + 1 < len(raw):
            self.handle_data('<')
            return i + 1
        else:
            return -1
        if k >= 0 or not end:
            return k
        # At close() an unfinished construct is text, up to a '>' or '<'.
        k = raw.find('>', i + 1)
        if k >= 0:
            k += 1
        else:
            k = raw.find('<', i + 1)
            if k < 0:
                k = i + 1
        self._text(raw[i:k])
        return k

    def _reference(self, i, end):
        """Handle the '&' at rawdata[i] (convert_charrefs off); return the
        position after it and whether to go on scanning."""
        raw = self.rawdata
        if raw.startswith('&#', i):
            m = _charref.match(raw, i)
            if m:
                self.handle_charref(m.group()[2:-1])
                k = m.end()
                return (k if raw[k - 1] == ';' else k - 1), True
            if ';' in raw[i:]:
                self.handle_data('&#')
                return i + 2, False
            return i, False
        m = _entityref.match(raw, i)
        if m:
            self.handle_entityref(m.group(1))
            k = m.end()
            return (k if raw[k - 1] == ';' else k - 1), True
        m = _incomplete_ref.match(raw, i)
        if m:
            if end and m.group() == raw[i:]:
                return i + 1, False
            return i, False
        if i + 1 < len(raw):
            self.handle_data('&')
            return i + 1, True
        return i, False

    def goahead(self, end):
        """Handle as much of rawdata as is complete (all of it when end
        is true) and keep the rest."""
        raw = self.rawdata
        i, n = 0, len(raw)
        while i < n:
            j = self._next_markup(i)
            if j < 0:
                break
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup(i, end)
                if k < 0:
                    break
                i = self.updatepos(i, k)
            else:
                k, go_on = self._reference(i, end)
                i = self.updatepos(i, k)
                if not go_on:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def check_for_whole_start_tag(self, i):
        """Return the end of the start tag at rawdata[i], -1 when it may
        still be incomplete."""
        return self._scan_starttag(i)[2]

    def _scan_starttag(self, i):
        """(tag, attributes, end of the tag or -1, end of the attributes)."""
        raw = self.rawdata
        n = len(raw)
        q = i + 1
        while q < n and raw[q] not in _NAME_END:
            q += 1
        tag = raw[i + 1:q]
        p = _skip_separators(raw, q)
        attrs = []
        while True:
            attr = _scan_attribute(raw, p)
            if attr is None:
                break
            attrs.append(attr[:2])
            p = _skip_separators(raw, attr[2])
        j = p
        while j < n and raw[j].isspace():
            j += 1
        following = raw[j:j + 1]
        if following == '>':
            endpos = j + 1
        elif following == '/':
            endpos = j + 2 if raw.startswith('/>', j) else -1
        elif following == '' or following in _LETTERS or following in '=/':
            endpos = -1
        else:
            endpos = j if j > i else i + 1
        return tag, attrs, endpos, p

    def parse_starttag(self, i):
        self._starttag_text = None
        tag, raw_attrs, endpos, k = self._scan_starttag(i)
        if endpos < 0:
            return endpos
        raw = self.rawdata
        self._starttag_text = raw[i:endpos]
        self.lasttag = tag = tag.lower()
        attrs = []
        for name, value in raw_attrs:
            if value is not None and value[:1] in '\'"' and value[:1] == value[-1:] and len(value) > 1:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
        rest = raw[k:endpos].strip()
        if rest not in ('>', '/>'):
            self.handle_data(raw[i:endpos])
            return endpos
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        m = _endtag.match(raw, i)
        if m:
            elem = m.group(1).lower()
            if self.cdata_elem is not None and elem != self.cdata_elem:
                self.handle_data(raw[i:gtpos])
                return gtpos
            self.handle_endtag(elem)
            self.clear_cdata_mode()
            return gtpos
        if self.cdata_elem is not None:
            self.handle_data(raw[i:gtpos])
            return gtpos
        if i + 2 < len(raw) and raw[i + 2] in _LETTERS:
            q = i + 2
            while q < len(raw) and raw[q] not in _NAME_END:
                q += 1
            self.handle_endtag(raw[i + 2:q].lower())
            return raw.find('>', _skip_separators(raw, q)) + 1
        if raw.startswith('</>', i):
            return i + 3
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=True):
        m = _comment_close.search(self.rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=True):
        pos = self.rawdata.find('>', i + 2)
        if pos < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        pos = self.rawdata.find('>', i + 2)
        if pos < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![', i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=True):
        raw = self.rawdata
        m = _section_name.match(raw, i + 3)
        if not m:
            if i + 3 == len(raw):
                return -1
            self.updatepos(i, i + 3)
            raise AssertionError("expected name token at %r" % raw[i:i + 23])
        if m.end() == len(raw):
            return -1
        name = m.group().strip().lower()
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            close = _section_close.search(raw, i + 3)
        elif name in {"if", "else", "endif"}:
            close = _ms_section_close.search(raw, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % raw[i + 3:m.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:close.start()])
        return close.end()

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: a start tag and an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

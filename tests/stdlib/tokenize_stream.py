# tokenize/token: the 3.11 token stream (f-strings as STRING, exact_type,
# continuation lines, indentation, multi-line strings, errors),
# untokenize round trips, detect_encoding, token constants.
import io
import token
import tokenize

SOURCES = [
    '''\
# -*- coding: utf-8 -*-
"""Module docstring."""
import os, sys as system
from . import (a,
               b)  # trailing

@decorator(arg=1)
async def f(x: int = 0x1F, *args, y=1_000.5e-3j, **kw) -> "str":
    await g(); x **= 2; x //= 3; x @= m; x := 5
    if x <= 10 and x != 3 or not x >= 4:
        return f"{x!r:>{width}} and {'nested'}" rb'raw\\d' Br"B" u'u'
    elif x:
        pass
	# tab-indented comment
    else:
        s = \'\'\'triple
spanning "lines" \'\'\'
        t = 'continued \\
string'
    lam = lambda: (yield)
    d = {1: [2, 3], **e}[1:2, ...]
    return x << 1 >> 2 | 3 & 4 ^ ~5 % 6

class C(B, metaclass=M):

    def m(self):  # comment
        return self.x[0].y -1 + .5 + 1. + 1e10 + 0o17 + 0b101 + 1J
x = 1 \\
    + 2
''',
    'no_newline = 1',
    'if x:\n    y = 1\n  # dedent comment\n',
    'a = (1,\n\n  2)\n',
    '',
    '\n\n',
    'x = 1\n# final comment',
    'def f():\n    return 1\n\n\n',
    'x = $ ? !\n',
    "s = 'unterminated\ny = 2\n",
    'match = 1\ncase = 2\n_ = print(match, case)\n',
    'x = "a\\\nb"\n',
    'ünïcode = "é"\n',
    '0_0 1__0 0x 1e 1.e5 00 07 .5j 5.j\n',
    'x = "bad \\\nline\n',
]
for src in SOURCES:
    print('=' * 20, repr(src[:30]))
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
        continue
    for t in toks:
        extra = '' if t.exact_type == t.type else ' exact=' + token.tok_name[t.exact_type]
        print(token.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line[:20]) + extra)
    out = tokenize.untokenize(toks)
    print('roundtrip:', out == src, [t[:2] for t in tokenize.generate_tokens(io.StringIO(out).readline)] ==
          [t[:2] for t in toks])
    compat = tokenize.untokenize(t[:2] for t in toks)
    print('compat:', repr(compat[:60]))

for bad in ['def f(:\n', 'x = (1,\n', 's = """never\nends\n', '  x = 1\n y = 2\n', 'if 1:\n  a\n b\n']:
    try:
        print(list(t[:2] for t in tokenize.generate_tokens(io.StringIO(bad).readline)))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

toks = list(tokenize.tokenize(io.BytesIO(b'x = "\xc3\xa9"\n').readline))
print(toks[0], toks[-1])
print(repr(toks[3]))
print(tokenize.untokenize(toks))
for data in [b'# coding: latin-1\nx = 1\n', b'\xef\xbb\xbfx = 1\n', b'\n# vim: set fileencoding=iso-8859-1 :\n',
             b'x = 1\n# coding: latin-1\n', b'', b'#!/usr/bin/python\n# -*- coding: utf-8-unix -*-\n',
             b'# coding: nope\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n', b'\xef\xbb\xbf']:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print('SyntaxError', e)
toks = list(tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfa\n').readline))
print(toks[0].string, toks[1])
t = tokenize.TokenInfo(tokenize.OP, '**=', (1, 0), (1, 3), '')
print(t, t.exact_type, token.tok_name[t.exact_type], tokenize.TokenInfo._fields)
print(token.N_TOKENS, token.NT_OFFSET, token.tok_name[token.NT_OFFSET], token.ISTERMINAL(5),
      token.ISNONTERMINAL(300), token.ISEOF(0), token.EXACT_TOKEN_TYPES['->'], len(token.EXACT_TOKEN_TYPES))
print(token.tok_name, token.__all__ == [n for n in token.__all__], len(token.__all__))
print(sorted(tokenize.__all__) == sorted(token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding',
                                                          'untokenize', 'TokenInfo']))
for n in ['Number', 'Funny', 'Special', 'Triple', 'String', 'ContStr', 'PseudoToken', 'Name', 'Comment']:
    print(n, len(getattr(tokenize, n)), tokenize._compile(getattr(tokenize, n)).match('0x1F') is not None)
print(len(tokenize.endpats), len(tokenize.single_quoted), len(tokenize.triple_quoted), tokenize.tabsize)
print(tokenize.group('a', 'b'), tokenize.any('c'), tokenize.maybe('d'))

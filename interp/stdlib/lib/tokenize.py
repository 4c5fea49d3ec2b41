"""Tokenization help for Python programs, producing CPython 3.11's token
stream.

tokenize(readline) reads bytes lines (readline as of a binary file),
detects their encoding (PEP 263 cookie or BOM) and yields TokenInfo
5-tuples (type, string, start, end, line), starting with an ENCODING
token; generate_tokens(readline) does the same for str lines without the
ENCODING token. Operators come as OP (their exact_type says which);
strings, f-strings included, are single STRING tokens as in 3.11; lines
without a newline at the end of input get an empty NEWLINE token.
untokenize() turns tokens back into source text.

Written for Adder (Adder's own tokenizer in Go follows 3.12 and splits
f-strings); the token patterns below are the module's public regular
expressions, as in CPython.
"""

import builtins
import collections
import functools
import itertools
import re
import sys
try:
    from codecs import lookup, BOM_UTF8
except ImportError:
    # Adder has no codecs module yet: check an encoding name by encoding
    # with it.
    BOM_UTF8 = b'\xef\xbb\xbf'

    def lookup(encoding):
        """Raise LookupError unless encoding names a known codec."""
        ''.encode(encoding)
        return encoding
from token import *
from token import EXACT_TOKEN_TYPES

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

import token
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


# --- the lexical grammar as regular expressions ---------------------------

Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

_DIGITS = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + r')?', r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of every string prefix ('' included): each letter
    combination in each order and case."""
    prefixes = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for perm in itertools.permutations(base):
            for cased in itertools.product(*[(c, c.upper()) for c in perm]):
                prefixes.add(''.join(cased))
    return prefixes


StringPrefix = group(*sorted(_all_string_prefixes()))

# The rest of a string once its opening quote is consumed.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Operators, longest first so that '**=' wins over '**' and '*'.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string up to its end or up to a backslash-newline.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Opening quote (with prefix) -> pattern of the rest of the string.
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted.update((_prefix + "'", _prefix + '"'))
    triple_quoted.update((_prefix + "'''", _prefix + '"""'))
del _prefix

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


# --- untokenize -----------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens: exactly, from full 5-tuples whose
    positions it honours; approximately, from (type, string) pairs."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            tok_type, string, start, end, line = tok
            if tok_type == ENCODING:
                self.encoding = string
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(string)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(string)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        out = self.tokens
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            tok_type, string = tok[:2]
            if tok_type == ENCODING:
                self.encoding = string
                continue
            if tok_type in (NAME, NUMBER):
                string += ' '
            # Adjacent strings need a space between them.
            if tok_type == STRING:
                if after_string:
                    string = ' ' + string
                after_string = True
            else:
                after_string = False
            if tok_type == INDENT:
                indents.append(string)
                continue
            if tok_type == DEDENT:
                indents.pop()
                continue
            if tok_type in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(string)


def untokenize(iterable):
    """Source text (bytes, when an ENCODING token came first) from tokens:
    5-tuples give text that tokenizes back to the same tokens, (type,
    string) pairs give equivalent but differently spaced text."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# --- encodings ------------------------------------------------------------

def _get_normal_name(orig_enc):
    """Imitates get_normal_name in tokenizer.c."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Find the encoding of the source readline reads (bytes lines): a
    UTF-8 BOM, or a coding cookie in the first two lines (the second only
    after a blank or comment line), else 'utf-8'. Return it and the lines
    read (without the BOM)."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def where():
        return '' if filename is None else ' for {!r}'.format(filename)

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file in text mode with the encoding
    detect_encoding() finds."""
    with builtins.open(filename, 'rb') as buffer:
        encoding, _ = detect_encoding(buffer.readline)
    return builtins.open(filename, 'r', encoding=encoding)


# --- tokenizing -----------------------------------------------------------

def tokenize(readline):
    """Tokenize the source readline returns as bytes lines; the first
    token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b""))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokenize the source readline returns as str lines."""
    return _tokenize(readline, None)


class _LineScanner:
    """The state _tokenize carries from line to line."""

    def __init__(self):
        self.lnum = 0
        self.parenlev = 0
        self.continued = False
        self.indents = [0]
        # A string that spans lines: its text so far, where it started,
        # the lines it covers, its end pattern and whether it is a
        # single-quoted one continued by backslashes.
        self.contstr = ''
        self.strstart = None
        self.contline = None
        self.endprog = None
        self.needcont = False


def _indentation(line):
    """(column, end of the leading whitespace) of a line; a form feed
    resets the column."""
    column = pos = 0
    for c in line:
        if c == ' ':
            column += 1
        elif c == '\t':
            column = (column // tabsize + 1) * tabsize
        elif c == '\f':
            column = 0
        else:
            break
        pos += 1
    return column, pos


def _tokenize(readline, encoding):
    if encoding is not None:
        if encoding == "utf-8-sig":
            # The BOM is gone already.
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    s = _LineScanner()
    pseudo = _compile(PseudoToken)
    line = b''
    while True:
        prev_line = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        s.lnum += 1
        lnum = s.lnum
        pos, end_of_line = 0, len(line)

        if s.contstr:
            if not line:
                raise TokenError("EOF in multi-line string", s.strstart)
            endmatch = s.endprog.match(line)
            if endmatch:
                pos = endmatch.end(0)
                yield TokenInfo(STRING, s.contstr + line[:pos], s.strstart,
                                (lnum, pos), s.contline + line)
                s.contstr, s.needcont, s.contline = '', False, None
            elif s.needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, s.contstr + line, s.strstart,
                                (lnum, len(line)), s.contline)
                s.contstr, s.contline = '', None
                continue
            else:
                s.contstr += line
                s.contline += line
                continue
        elif s.parenlev == 0 and not s.continued:
            # A new statement: indentation first.
            if not line:
                break
            column, pos = _indentation(line)
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':
                # A comment-only or blank line does not count.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > s.indents[-1]:
                s.indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < s.indents[-1]:
                if column not in s.indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                s.indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            # The continuation of a bracketed or backslash-continued line.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            s.continued = False

        while pos < end_of_line:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]
            if initial in '0123456789' or (initial == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if s.parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                s.endprog = _compile(endpats[text])
                endmatch = s.endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    s.strstart, s.contstr, s.contline = (lnum, start), line[start:], line
                    break
            elif (initial in single_quoted or text[:2] in single_quoted or
                  text[:3] in single_quoted):
                if text[-1] == '\n':
                    # Continued by a backslash-newline.
                    s.strstart = (lnum, start)
                    s.endprog = _compile(endpats.get(initial) or endpats.get(text[1])
                                         or endpats.get(text[2]))
                    s.contstr, s.needcont, s.contline = line[start:], True, line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                s.continued = True
            else:
                if initial in '([{':
                    s.parenlev += 1
                elif initial in ')]}':
                    s.parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # Input that does not end with a newline still ends its statement.
    if prev_line and prev_line[-1] not in '\r\n' and not prev_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (s.lnum - 1, len(prev_line)),
                        (s.lnum - 1, len(prev_line) + 1), '')
    for _ in s.indents[1:]:
        yield TokenInfo(DEDENT, '', (s.lnum, 0), (s.lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (s.lnum, 0), (s.lnum, 0), '')


def main():
    """Tokenize a file (or stdin) and print its tokens, one a line."""
    import argparse

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror("%s:%d:%d: error: %s" % args)
        elif filename:
            perror("%s: error: %s" % (filename, message))
        else:
            perror("error: %s" % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokenize(sys.stdin.readline, None)
        for token in tokens:
            token_type = token.exact_type if args.exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    main()

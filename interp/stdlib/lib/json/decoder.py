"""JSONDecoder and JSONDecodeError; the parsing itself is _json's (Go)."""

from _json import scanstring as c_scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_SPACE = ' \t\n\r'

scanstring = c_scanstring


class JSONDecodeError(ValueError):
    """ValueError for a document that is not valid JSON, with where it went
    wrong: msg (the bare message), doc (the text), pos (index into doc),
    lineno and colno (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Decodes JSON text:

    object -> dict, array -> list, string -> str, number (int) -> int,
    number (real) -> float, true/false -> True/False, null -> None, and
    the extensions NaN, Infinity and -Infinity -> float.

    The hooks are those of json.loads; with strict false, control
    characters may appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python value of the JSON document s (a str), which
        may be surrounded by white space but nothing else."""
        start = len(s) - len(s.lstrip(_SPACE))
        obj, end = self.raw_decode(s, start)
        if end != len(s):
            rest = s[end:]
            if rest.strip(_SPACE):
                raise JSONDecodeError("Extra data", s,
                                      end + len(rest) - len(rest.lstrip(_SPACE)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx] and return it with
        the index where it ends (text may follow it)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

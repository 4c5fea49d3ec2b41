"""Support for regular expressions (RE).

Adder's re: the engine and the Pattern and Match types are the built-in
module _re; this package adds the RegexFlag values, the deprecated
template() and the undocumented Scanner.
"""

from _re import (compile, search, match, fullmatch, split, findall, finditer,
                 sub, subn, escape, purge, error, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "template",
]

__version__ = "2.2.1"

# The flags in the order their names appear in a repr.
_FLAG_NAMES = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))


class RegexFlag(int):
    """The re flags: ints whose repr names them, combined with | & ^ ~."""

    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        if value < 0:
            return "~" + repr(RegexFlag(~value))
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)



def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return compile(pattern, flags | TEMPLATE)


class Scanner:
    """A lexer: scan(string) matches the lexicon's (phrase, action) pairs
    in turn at the current position (the first phrase that matches wins)
    and collects the tokens. An action is a callable called with the
    scanner and the matched text (the match object is self.match then),
    or the token itself; a None token is dropped. scan returns the tokens
    and the unmatched rest of the string."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase becomes one group of an alternation; the index of the
        # group that matched (Match.lastindex) picks the action. Groups
        # inside a phrase shift the numbers of the phrases after it.
        closer = "\n)" if flags & VERBOSE else ")"
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            parts.append("(" + phrase + closer)
            self._actions[group] = action
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

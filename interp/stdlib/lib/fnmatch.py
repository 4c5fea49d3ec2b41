"""Shell-style wildcard matching of file names (Adder's own implementation).

Patterns: * matches anything, ? one character, [seq] one character in seq,
[!seq] one character not in seq. fnmatch() normalizes case as the
platform does (not at all on POSIX); fnmatchcase() never does.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the pattern pat, after os.path.normcase."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, "ISO-8859-1"))
        return re.compile(res.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the iterable names that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    match = _compile_pattern(pat)
    return match(name) is not None


def _translate_set(pat, i, n):
    """The regex class for the set starting after the '[' at pat[i-1], and
    the index after its ']'; None when the set is not closed."""
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None, i
    body = pat[i:j]
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    # Keep ranges whose ends are in order; escape what regex classes treat
    # specially.
    parts = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            lo, hi = body[k], body[k + 2]
            if lo <= hi:
                parts.append(re.escape(lo) + "-" + re.escape(hi))
            k += 3
        else:
            c = body[k]
            parts.append("\\" + c if c in "\\^-[]&~|" else c)
            k += 1
    inner = "".join(parts)
    if not inner:
        # An empty set matches nothing; an empty negated set any character.
        return ("." if negate else "(?!)"), j + 1
    return ("[^" if negate else "[") + inner + "]", j + 1


def translate(pat):
    """A regular expression (text) matching what the shell pattern pat
    matches."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(".")
        elif c == "[":
            cls, i2 = _translate_set(pat, i, n)
            if cls is None:
                res.append("\\[")
            else:
                res.append(cls)
                i = i2
        else:
            res.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(res)

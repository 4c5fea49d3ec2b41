"""Helpers shared by the unittest modules: safe and shortened reprs, and
the element-count differences assertCountEqual reports."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# Failure messages keep each repr within _MAX_LENGTH characters by eliding
# the middle of long common prefixes and of long differing tails; the
# constants are the sizes CPython uses, so messages read the same.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN
                               + _MIN_COMMON_LEN + _PLACEHOLDER_LEN
                               + _MIN_END_LEN)


def _shorten(s, keep_head, keep_tail):
    elided = len(s) - keep_head - keep_tail
    if elided <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:keep_head], elided, s[len(s) - keep_tail:])


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    common = commonprefix(reprs)
    n = len(common)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(common, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(common, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Return (missing, unexpected): the items only in expected and only in
    actual, two sorted lists; duplicates are reported once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unsortable items, in quadratic
    time; consumes both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for every item whose
    counts differ, using only ==."""
    s, t = list(actual), list(expected)
    gone = object()
    out = []
    for i, item in enumerate(s):
        if item is gone:
            continue
        cs = 0
        for k in range(i, len(s)):
            if s[k] == item:
                cs += 1
                s[k] = gone
        ct = 0
        for k, other in enumerate(t):
            if other == item:
                ct += 1
                t[k] = gone
        if cs != ct:
            out.append(_Mismatch(cs, ct, item))
    for i, item in enumerate(t):
        if item is gone:
            continue
        ct = 0
        for k in range(i, len(t)):
            if t[k] == item:
                ct += 1
                t[k] = gone
        out.append(_Mismatch(0, ct, item))
    return out


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable items."""
    s, t = Counter(actual), Counter(expected)
    out = [_Mismatch(cs, t.get(item, 0), item)
           for item, cs in s.items() if cs != t.get(item, 0)]
    out.extend(_Mismatch(0, ct, item) for item, ct in t.items() if item not in s)
    return out

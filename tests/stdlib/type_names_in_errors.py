# Conversion and operator errors name built-in types outside builtins by
# their qualified name (tp_name), as CPython does: 'array.array',
# 'collections.deque', 'itertools.count'.
import math, array, collections, itertools, struct
a = array.array('i'); d = collections.deque(); od = collections.OrderedDict(); c = itertools.count()
for f in [lambda: math.sqrt(a), lambda: math.sqrt([]), lambda: [1][a], lambda: range(a), lambda: bytes([a]), lambda: 'a' * d, lambda: [1][:d], lambda: hex(a), lambda: math.floor(d), lambda: iter(c) and list(range(3))[od], lambda: 3 + a, lambda: -a, lambda: abs(d), lambda: a < d, lambda: divmod(a, 1), lambda: pow(a, 1, 2), lambda: round(a), lambda: '%d' % a, lambda: '%f' % d, lambda: struct.pack('i', a), lambda: chr(a), lambda: math.factorial(a), lambda: a[a], lambda: d[a], lambda: len(c), lambda: c[0], lambda: c(), lambda: iter(od) < 1, lambda: list(range(3)).pop(a), lambda: 'abc'.center(d), lambda: math.isclose(a, 1), lambda: complex(a), lambda: 1 .__round__(a), lambda: sum([a]), lambda: max(a, d), lambda: sorted([a, d]), lambda: bin(d), lambda: oct(od), lambda: int.from_bytes(a, 'xx') , lambda: 1 < a, lambda: ~od, lambda: +c]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

# Exact conversions between int and float and rounding at the boundaries.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 1e15 + 0.5, 2**52 + 0.5, 4503599627370497.0, 9007199254740993]:
    print(repr(v), int(v) if isinstance(v, float) else v, round(v) if isinstance(v, float) else float(v))
print(float(2**53 + 1), float(2**54 + 3), float(2**63), float(2**64 - 1), float(-2**63))
print(int(1e300) % 1000, int(2.0**100) == 2**100, int(-2.0**70) == -2**70)
print((2**53 + 1) / 1, 2**53 + 1 == (2**53 + 1) / 1, 10**30 / 10**10, 7 / 7, (10**22 + 1) / 10)
print(1 / 3 * 3 == 1, 0.1 + 0.7, 4.35 * 100, int(4.35 * 100), round(4.35 * 100))
print(float.is_integer(1e300), (1e300).as_integer_ratio()[1], (0.75).as_integer_ratio())
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(2**70 + 0.0) == 2**70)
print(math.isclose(0.1 + 0.2, 0.3), math.ldexp(1, 10), math.frexp(8.0), math.modf(2.75), math.modf(-2.75))

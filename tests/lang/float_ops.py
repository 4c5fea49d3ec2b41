# Float arithmetic, special values and comparisons.
import math
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, inf - inf, inf * 0, -inf + inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0))
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(1.7976931348623157e308 * 2)
print(float(2**1023) * 2)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), int(2.9))
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'))
print(3.0 == 3, 3.5 > 3, 2**53 == float(2**53), 2**53 + 1 == float(2**53 + 1))
print(1 / 3 + 1 / 3 + 1 / 3, sum([0.1] * 10), math.fsum([0.1] * 10))
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(max(1.0, nan), min(nan, 1.0))
print(float('1e500'), float('-1e500'), float('1e-500'))
print(divmod(-0.0, 1.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5))
print(3.14 // 1, 3.14 % 1)
x = 1.0
for _ in range(60):
    x = x / 2 + 1
print(x)
print(float.__name__, (1.0).real, (1.0).imag, (1.0).conjugate())

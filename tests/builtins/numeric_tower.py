# Mixed int/float/complex/Fraction/Decimal arithmetic and numbers ABCs.
from fractions import Fraction as F
from decimal import Decimal as D
import numbers
print(1 + 1.5, 1 + 2j, 1.5 + 2j, F(1, 3) + 1, F(1, 3) + 0.5, F(1, 2) * 2j)
print(D('1.1') + 1, D('1.10') * 3, D(1) / D(3))
try:
    D('1.1') + 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    D(1) + F(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(F(3, 4) < 1, F(1, 2) == 0.5, F(1, 3) == 1 / 3, D('0.5') == 0.5, D('0.1') == 0.1, 1 == 1.0 == 1 + 0j == F(1) == D(1))
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Real), isinstance(F(1, 2), numbers.Rational), isinstance(True, numbers.Number))
print(F('3/7'), F(0.25), F('1.5e-2'), F(7, -14), F(10, 4).numerator, F(10, 4).limit_denominator(1))
print(D('3.14159').quantize(D('0.01')), D('2.5').to_integral_value(), str(D('1e3')), D('-0'), D('NaN').is_nan())
print(sum([F(1, n) for n in range(1, 6)]), max(1, 2.5, F(5, 2)), sorted([F(1, 2), 0.3, 1, D('0.4')]))
print(2 ** F(1, 2), F(4, 9) ** F(1, 2), F(2, 3) ** 2, F(2, 3) ** -2, divmod(F(7, 2), 1))
print(round(F(5, 2)), round(F(7, 2)), round(D('2.5')), round(D('3.5')), int(F(-7, 2)), int(D('-3.9')))

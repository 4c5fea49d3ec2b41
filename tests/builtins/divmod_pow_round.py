# divmod, pow, round across numeric types.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1/3) == (-8) ** (1/3), pow(5, 0), pow(0, 0))
print(pow(3, 200, 1000), pow(-2, 3, 7), pow(2, -3, 7))
for args in [(1, 2, 3, 4), (1.5, 2, 3), (2, 0.5, 3)]:
    try:
        pow(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(round(3.14159, 3), round(3.14159), round(-3.5), round(4.5), round(5.5), round(1234.5678, -2))
print(round(5), round(15, -1), round(25, -1), round(-15, -1), round(10**20 + 5, -1))
print(type(round(1.5)), type(round(1.5, 1)), type(round(5, 2)))
class R:
    def __round__(self, n=None): return f'round({n})'
print(round(R()), round(R(), 3))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(7, 2)), round(Decimal('2.675'), 2), round(Fraction(1, 3), 2))

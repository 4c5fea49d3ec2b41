# fractions and numbers: construction, arithmetic with every numeric type,
# comparisons, hashing, rounding, limit_denominator, errors; the numeric
# tower's registrations.
import math
import numbers
from fractions import Fraction as F


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (7,), (3, 4), (-6, 4), (6, -4), (0, 5), (F(1, 3),), (F(1, 2), F(3, 4)),
             (0.75,), (-0.1,), (1e300,), (2.5,), ("3/4",), ("  -12/18 ",), ("1.5",), ("-.25",),
             ("1e-3",), ("2.5E2",), ("1_000/3",), ("0",), ("+7",), (True,), (5, True)]:
    show(F, *args)
for args in [("x",), ("1/",), ("1.2/3",), ("",), ("1__0",), ("/2",), (1, 0), ("3/0",),
             (1.5, 2), (float("nan"),), (float("inf"),), (None,), ([1],), (1, 2.0)]:
    show(F, *args)
show(F.from_float, 0.1)
show(F.from_float, 3)
show(F.from_float, "1")
a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b), a ** 2, a ** -2, b ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, a // 7, 7 % a, a % 7, 2 ** a == 2 ** (1 / 3))
print(a + 0.5, 0.5 + a, a * 1j, 1j * a, a ** 0.5, a ** F(1, 2), F(4) ** F(1, 2), F(-8) ** 2, 4 ** F(2), 4 ** F(-1), 2.0 ** F(2))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) == 0.5 + 0j, a != b, a < b, a > b, a <= a, F(1, 2) < 0.6, F(1, 2) < float("nan"), F(1, 2) < float("inf"))
print(a == float("nan"), F(0) == 0.0, F(3) == 3, a == "x", F(5, 2) == 2.5)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 3)))
print(int(F(7, 2)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)), complex(F(1, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(1, 8), 2), type(round(F(5, 2))))
print(bool(F(0)), bool(F(1, 9)), str(F(3)), str(F(-3, 4)), repr(F(3)), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator)
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(),
      F(1, 3).limit_denominator(2), F(-7, 11).limit_denominator(3), F(5, 10).limit_denominator(1))
show(F(1, 2).limit_denominator, 0)
for fn in [lambda: F(1, 2) / 0, lambda: F(3, 2) / F(0), lambda: F(0) / 0, lambda: F(0) ** -1, lambda: F(1, 2) // 0,
           lambda: F(1, 2) % 0, lambda: divmod(F(1, 2), 0), lambda: F(1, 2) + "x", lambda: F(1, 2) < "x", lambda: F(-1) ** F(1, 2)]:
    show(fn)
print(sorted([F(1, 2), 0.25, 1, F(1, 3), -2]), sum([F(1, 3)] * 3), max(F(1, 2), 0.4))


class MyF(F):
    pass


m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, repr(MyF("2/4")))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)

# numbers
for x in [1, True, 1.5, 1j, F(1, 2), "s", None]:
    print(type(x).__name__, [isinstance(x, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                        numbers.Rational, numbers.Integral)])
print(issubclass(F, numbers.Rational), issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
print(type(numbers.Number()).__name__)
show(numbers.Integral)


class MyIntegral(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = None
    __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = None
    __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = None
    __round__ = __rpow__ = __rrshift__ = __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = None
    __trunc__ = __xor__ = None


mi = MyIntegral(5)
print(mi.denominator, float(mi), mi.__index__(), [1, 2, 3, 4, 5, 6][mi])

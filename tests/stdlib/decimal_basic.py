# decimal: construction, str/repr, arithmetic under context precision and
# rounding, quantize, integer rounding, comparisons, hashing, signals,
# contexts and formatting.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext
from fractions import Fraction


def show(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for text in ["0", "-0", "1.50", "1e-7", "0.000001", "123456789012345678901234567890.123", "1E+3", "-1.2e-10", "  42  ",
             "1_000.5", "_1", "1e1_0", ".5", "5.", "Infinity", "-inf", "NaN", "-sNaN12", "nan5", "1e999999999", "0E-1000",
             "abc", "1__0", "", "1e", "--1", "1.2.3", "\u0661\u0662"]:
    show(D, text)
for v in [0, -5, 10 ** 30, 0.1, -2.5, 1e100, float("inf"), float("nan"), (1, (1, 4), -1), (0, (), "F"), D("7.0")]:
    show(D, v)
show(D, [1, 2])
show(D, object())
show(lambda: D(1) + 1.5)
show(lambda: 1.5 * D(1))
show(lambda: D(1) % Fraction(1, 2))
show(D, (2, (1,), 0))
print([str(D(s)) for s in ["1E+2", "12E-9", "0.00000012", "1234E-2", "-0E+5", "0E-7", "1.0E+9"]])
print([D(s).to_eng_string() for s in ["1E+2", "12E-9", "0E+5", "123456E+3", "1E-7"]])
print(D("1.30").as_tuple(), D("-Inf").as_tuple(), D("NaN3").as_tuple(), D("2.5").as_integer_ratio(), D(0.1).as_integer_ratio())

a, b = D("1.1"), D("2.20")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(7), D(2)), -a, +a, abs(D("-3.30")), a ** 2, D(2) ** -2, D("1.5") ** 3)
print(D(1) / 3, D(2) / 3, D(10) / 4, D("1.00") / D("0.1"), D(7) / 2, D(-7) // 2, D(-7) % 2, divmod(D(7), D(-2)), D("12.5") % D("0.3"))
print(D(1) + 1, 1 + D(1), 2 * D("1.5"), 3 - D("0.5"), 1 / D(8), 7 // D(2), 7 % D(3), 2 ** D(10))
print(D(2).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D("1E-10").sqrt(), D(0).sqrt(), D("-0").sqrt(), D(10).sqrt(), D("1.21").sqrt())
for fn in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0, lambda: D(-1).sqrt(),
           lambda: D("1e999999") * 10, lambda: D("sNaN") + 1, lambda: D("Inf") - D("Inf"),
           lambda: D("Inf") * 0, lambda: D(10) ** D("0.5") if False else D(0) ** 0, lambda: D("NaN") < 1,
           lambda: int(D("NaN")), lambda: int(D("-Inf")), lambda: D(10 ** 30) // D("0.001"), lambda: hash(D("sNaN"))]:
    show(fn)

ctx = getcontext()
print(ctx)
ctx.clear_flags()
print(D(1) / 7, ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
with localcontext() as c:
    c.prec = 5
    print(D(1) / 7, D("123456789") + 0, D("1.234565") * 1, c.prec)
    for r in [decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP,
              decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
        c.rounding = r
        print(r, [str(+D(x)) for x in ["1.234550", "-1.234550", "1.234549", "2.500050", "1.000011", "1.500001", "9.999999"]])
with localcontext(prec=3, rounding=decimal.ROUND_HALF_UP) as c:
    print(D("1.005") + 0, D(2) / 3, c)
print(getcontext().prec)
c = Context(prec=4, Emax=10, Emin=-10, traps=[])
print(c.divide(D(1), D(3)), c.multiply(D("9999"), D("9999")), c.add(D("1e10"), 0), c.multiply(D("1e10"), 100), c)
c = Context(prec=4, Emin=-5, Emax=5, traps=[])
print(c.divide(D(1), D("1e8")), c.multiply(D("1.234e-5"), D("0.1")), sorted(s.__name__ for s, v in c.flags.items() if v))
c = Context(prec=3, clamp=1, Emax=5, traps=[])
print(c.plus(D("1e5")), c.create_decimal("1.23456"), c.create_decimal(" 1"), c.create_decimal_from_float(0.1), c.Etiny(), c.Etop())
c2 = Context(prec=5, traps=[decimal.Inexact])
show(c2.divide, D(1), D(3))
show(Context, 0)
show(setattr, Context(), "rounding", "bogus")
print(decimal.DefaultContext.prec, decimal.BasicContext, decimal.ExtendedContext.prec)

q = D("12.3456")
print(q.quantize(D("0.01")), q.quantize(D("1")), q.quantize(D("1e1")), q.quantize(D("0.001"), decimal.ROUND_DOWN),
      D("2.675").quantize(D("0.01"), decimal.ROUND_HALF_UP), D("-0.5").quantize(D(1)), D("1.5").quantize(D("1.000")))
show(D("123.456").quantize, D("1e-30"))
show(D("Inf").quantize, D(1))
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("1.2345"), 2), round(D("1234"), -2), type(round(D("2.5"))))
print(int(D("-7.9")), int(D("1e3")), float(D("1.1")), float(D("-NaN")), D("7.5").to_integral_value(), D("-7.5").to_integral_exact(),
      D("7.5").to_integral_value(decimal.ROUND_FLOOR), D("1E+3").to_integral_value())
import math
print(math.floor(D("-1.5")), math.ceil(D("-1.5")), math.trunc(D("-1.5")), D("1.200").normalize(), D("0.00").normalize(), D("1E+2").normalize())
print(D(1) == 1, D("1.0") == D(1), D("0.1") == 0.1, D("0.5") == 0.5, D(1) < 2, D(2) >= D("2.00"), D("NaN") == D("NaN"),
      D(1) == Fraction(1), D("0.25") == Fraction(1, 4), D("0.3") < Fraction(1, 3), D("-Inf") < Fraction(-10 ** 9), D(3) != "3")
print(sorted([D("1.5"), D(-2), D("0.75"), D(1)]), max(D(1), D("1.0")), D(2).max(D(3)), D(2).min(D(-3)), D(2).compare(D(3)), D("NaN").compare(D(1)))
print(hash(D(1)) == hash(1), hash(D("0.5")) == hash(0.5), hash(D("1.10")) == hash(D("1.1")), hash(D("-Inf")), hash(D("1e20")) == hash(10 ** 20))
print(bool(D(0)), bool(D("0.0")), bool(D("NaN")), D("-0").is_signed(), D("1e-1000000").is_subnormal(), D(1).is_normal(),
      D("NaN").is_nan(), D("sNaN").is_snan(), D("Inf").is_infinite(), D(0).is_zero(), D("123.45").adjusted())
print(D(-1).copy_abs(), D(1).copy_negate(), D(3).copy_sign(D(-1)), D(5).is_finite(), D.from_float(0.5), D.from_float(-0.0))
for spec in ["", ".2f", "10.3f", "<10", "^12.1f", "+.1e", ".3e", "e", ".3g", "g", "%", ".1%", ",.2f", ",", ".2g", ".0g", "010.2f", "012,.2f", "=+12.3f", ".0e",
             "G", ".0f", ".10g", "-^15,.3f", " .2f", "E"]:
    print(repr(spec), [format(D(x), spec) for x in ["1234567.891", "-0.000123", "0", "1.5", "1E+10", "NaN", "-Inf"]])
show(format, D(1), "x")
show(format, D(1), "_")
show(format, D(1), "#g")
print(D(1.5).__reduce__(), repr(D("5")), str(D("-1.50")), isinstance(D(1), decimal.Decimal))
import copy
print(copy.copy(D(1)), copy.deepcopy([D("2.5")]))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      issubclass(decimal.Overflow, decimal.Inexact), decimal.ROUND_HALF_EVEN, decimal.MAX_PREC)

# A differential sweep: random operands under several precisions and
# roundings, every operation's result and flags.
import random
rng = random.Random(5)


def rand_dec():
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 25)))
    return D("%s%se%d" % (rng.choice(["", "-"]), digits, rng.randrange(-30, 30)))


for prec, rounding in [(28, decimal.ROUND_HALF_EVEN), (7, decimal.ROUND_HALF_UP), (3, decimal.ROUND_DOWN),
                       (12, decimal.ROUND_CEILING), (9, decimal.ROUND_05UP), (5, decimal.ROUND_FLOOR)]:
    ctx = Context(prec=prec, rounding=rounding, Emin=-40, Emax=40, traps=[])
    for _ in range(25):
        x, y = rand_dec(), rand_dec()
        ctx.clear_flags()
        results = [ctx.add(x, y), ctx.subtract(x, y), ctx.multiply(x, y), ctx.divide(x, y), ctx.divide_int(x, y),
                   ctx.remainder(x, y), ctx.plus(x), ctx.sqrt(abs(x)), ctx.quantize(x, D("1e-3")), ctx.power(x, 3),
                   ctx.power(y, 2), ctx.power(x, -2) if x else None]
        print(prec, rounding[6:], x, y, [str(r) for r in results], sorted(s.__name__ for s, v in ctx.flags.items() if v))

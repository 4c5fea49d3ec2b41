# cmath: every function on the special-value grid (infinities, zeros,
# NaNs, finite values of each sign) with the errors CPython raises.
import cmath
import math

inf, nan = math.inf, math.nan
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
funcs = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def mk(x, y):
    # complex("...-0j") rather than complex(x, -0.0): Adder's complex(x, y)
    # loses the sign of a zero y (reported; not cmath's business).
    if y == 0 and math.copysign(1, y) < 0:
        return complex("%r-0j" % x)
    return complex(x, y)


def part(x):
    # 12 digits: the grid is about signs, infinities and NaNs; the last
    # digits of finite values are cmath_values.py's business.
    return "%.12g" % x if math.isfinite(x) and x != 0 else repr(x)


def fmt(z):
    return "(%s, %s)" % (part(z.real), part(z.imag))


for name in funcs:
    f = getattr(cmath, name)
    print("--", name)
    for x in parts:
        row = []
        for y in parts:
            try:
                row.append(fmt(f(mk(x, y))))
            except ValueError:
                row.append("ValueError")
            except OverflowError:
                row.append("OverflowError")
        print(x, " ".join(row))

print("-- rect")
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(fmt(cmath.rect(r, phi)))
        except ValueError:
            row.append("ValueError")
    print(r, " ".join(row))

print("-- phase, polar, predicates")
for x in parts:
    for y in parts:
        z = mk(x, y)
        print(x, y, part(cmath.phase(z)), [part(v) for v in cmath.polar(z)], cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

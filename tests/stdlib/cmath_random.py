# cmath on 300 seeded random arguments of every magnitude, to 12 digits
# (last-bit differences remain where glibc's expm1/asinh are not correctly
# rounded and libm's are; cmath_values.py checks exact results).
import cmath, random
r = random.Random(1234)
vals = []
for _ in range(300):
    e1, e2 = r.choice([0, 0, 1, 3, -3, 10, -10, 100, -100, 300, -300]), r.choice([0, 0, 1, 3, -3, 10, -10, 100, -100, 300, -300])
    vals.append(complex(r.uniform(-2, 2) * 10.0 ** e1, r.uniform(-2, 2) * 10.0 ** e2))

for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    for z in vals:
        try:
            w = f(z)
            print(name, "%.12g %.12g" % (w.real, w.imag))
        except (ValueError, OverflowError) as e:
            print(name, type(e).__name__)

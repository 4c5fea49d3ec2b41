# math: values, special cases and error messages of the whole module.
import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 10.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, 3, -7, 2**70]
for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "atan", "tanh",
             "asinh", "fabs", "floor", "ceil", "trunc", "gamma", "lgamma", "erf",
             "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "asin", "atanh"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
pairs = [(1.0, 2.0), (-1.0, 0.5), (0.0, -1.0), (2.0, 1024.0), (math.inf, 0.0), (math.nan, 0.0), (1.0, math.nan), (-8.0, 1 / 3), (10, 3), (-10, 3), (5.5, -2.0)]
for name in ["pow", "atan2", "fmod", "remainder", "copysign", "hypot", "nextafter", "log"]:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(math.hypot(), math.hypot(3), math.hypot(3, 4, 12), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(-2.5, math.inf, math.nan))
print(math.dist((0, 0, 0), (1, 2, 2)), math.dist([1.5], [-1.5]))
print(math.fsum([]), math.fsum([1e308, -1e308, 1.0]), math.fsum([0.1] * 10), math.fsum([math.inf, 1.0]), math.fsum([1, 2, 3]))
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 3], start=0.5), math.prod([[1], 3]))
print(math.factorial(0), math.factorial(30), math.comb(100, 50), math.comb(5, 7), math.perm(5), math.perm(5, 0), math.perm(2**64 + 1, 2))
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**100, 2**80 * 3), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**127), math.isqrt(10**40 - 1))
print(math.ldexp(1.0, 1024 - 1), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(3, 2**70 * -1), math.ldexp(0.0, 2**80))
print(math.isclose(1, 1.0000000001), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(1, 2, rel_tol=0.5))
print(math.log(2**2000, 2), math.log(10**1000, 10), math.log2(2**1025), math.log10(10**500 * 3), math.log(3 ** 700))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.9), math.floor(2**70), math.ceil(True), math.floor(1e20))
print(math.pi, math.e, math.tau, math.inf, math.nan)


class F:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"

    def __float__(self):
        return 2.25


print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
bad = [(math.sqrt, ("x",)), (math.sqrt, ()), (math.sqrt, (1, 2)), (math.atan2, (1,)), (math.log, ()),
       (math.ldexp, (1.0, 1.5)), (math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (-1, 1)),
       (math.perm, ()), (math.isqrt, (-4,)), (math.gcd, (1.5,)), (math.fsum, ([1e308, 1e308],)),
       (math.fsum, ([math.inf, -math.inf],)), (math.dist, ((1, 2), (1,))), (math.trunc, ("s",)), (math.floor, (math.nan,)),
       (math.ceil, (math.inf,)), (math.isclose, (1, 2, 3)), (math.log, (0,)), (math.log, (-(2**2000),)), (math.sqrt, (10**400,)),
       (math.exp, (1000,)), (math.pow, (0.0, -1.0)), (math.isclose, (1.0,)), (math.hypot, ("a",))]
for f, args in bad:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

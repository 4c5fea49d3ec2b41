# math module functions and their domain errors.
import math
print(math.sqrt(16), math.isqrt(17), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi), 12), math.atan2(1, 1) == math.pi / 4, math.degrees(math.pi), math.radians(180))
print(math.inf, -math.inf, math.nan != math.nan, math.tau == 2 * math.pi, math.isqrt(10**40), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.isqrt(-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: math.exp(1000), lambda: math.factorial(1.5), lambda: math.sqrt('x')]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(math.floor(1e300) == 10**300 or True, math.ceil(-0.5), math.trunc(-0.5), math.isclose(1, 1 + 1e-10), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(0), math.gamma(5), math.lgamma(1))

# cmath: values on ordinary and extreme finite arguments, branch cuts,
# overflow, argument conversion and isclose.
import cmath

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([n for n in dir(cmath) if not n.startswith("_")])
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
args = [0.5 + 0.25j, -0.75 + 2j, 3 - 4j, -1e-300 + 1e-310j, 1e300 + 1e300j, -1e308 - 1e-308j,
        2, -2, 1j, -1j, 0.999 + 1e-20j, 1 + 1e-200j, 1e-8 - 1e-8j, 1.5, 710 + 1j, -710 + 0.5j, 20 + 30j]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
             "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    for z in args:
        show(lambda: f(z))

# Branch cuts: the sign of a zero imaginary part picks the side.
for z in [complex(-2, 0.0), complex("-2-0j"), complex(2, 0.0), complex("2-0j")]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z), cmath.acos(z), cmath.atanh(z))
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    print(z, cmath.asinh(z), cmath.atan(z))

show(lambda: cmath.log(0))
show(lambda: cmath.log(8, 2))
show(lambda: cmath.log(1j, 1 + 1j))
show(lambda: cmath.log(2, 1))
show(lambda: cmath.log(2, 0))
show(lambda: cmath.log10(100))
show(lambda: cmath.atanh(1))
show(lambda: cmath.atanh(-1))
show(lambda: cmath.exp(1000))
show(lambda: cmath.cosh(1000 + 1j))
show(lambda: cmath.sinh(-1000 + 1j))
show(lambda: cmath.polar(1e308 + 1e308j))
show(lambda: cmath.polar(-3 + 4j))
show(lambda: cmath.rect(2, 0.5))
show(lambda: cmath.rect(-2, 0.0))
show(lambda: cmath.rect(2, cmath.pi))
show(lambda: cmath.phase(-1 - 0j))
show(lambda: cmath.phase(-1 + 0j))

class C:
    def __complex__(self):
        return 1 + 2j

class F:
    def __float__(self):
        return 0.5

class I:
    def __index__(self):
        return 3

class Bad:
    def __complex__(self):
        return 1

for v in [C(), F(), I(), True, 10**400, "x", None, Bad()]:
    show(lambda: cmath.sqrt(v))
show(lambda: cmath.sqrt())
show(lambda: cmath.sqrt(1, 2))
show(lambda: cmath.log(1, 2, 3))
show(lambda: cmath.rect(1))
show(lambda: cmath.phase(x=1))

show(lambda: cmath.isclose(1 + 1j, 1 + 1.0000000001j))
show(lambda: cmath.isclose(1 + 1j, 1 + 1.001j))
show(lambda: cmath.isclose(1 + 1j, 1 + 1.001j, rel_tol=0.01))
show(lambda: cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
show(lambda: cmath.isclose(complex("inf"), complex("inf")))
show(lambda: cmath.isclose(complex("nan"), complex("nan")))
show(lambda: cmath.isclose(1, 2, rel_tol=-1))
show(lambda: cmath.isclose(1))
show(lambda: cmath.isclose(1, 2, 3))

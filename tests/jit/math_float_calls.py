# Calls of the math module's functions of one float inside hot loops: the
# JIT computes them without the call when the argument is an int or a
# float, and must raise exactly as the module does when the function
# fails (domain and range errors), mid-loop, with the loop's state intact.
import math


def trig_sum(n):
    total = 0.0
    for i in range(n):
        t = i * 0.01
        total += math.sin(t) * math.cos(3 * t) + math.atan(t) - math.tanh(t)
    return total


def int_arguments(n):
    total = 0.0
    for i in range(n):
        total += math.exp(i % 7) + math.sin(i) + math.cbrt(i - 50)
    return total


def mixed_kinds(values):
    out = []
    for v in values:
        out.append(math.fabs(v) + math.degrees(v))
    return out


def domain_error_at(n, bad):
    total = 0.0
    i = 0
    try:
        for i in range(n):
            x = 0.5 if i != bad else 2.0
            total += math.acos(x)
    except ValueError as e:
        return "ValueError %s at %d, total %.12g" % (e, i, total)
    return "no error, total %.12g" % total


def range_error_at(n, bad):
    total = 0.0
    i = 0
    try:
        for i in range(n):
            x = 1.0 if i != bad else 1000.0
            total += math.exp(x)
    except OverflowError as e:
        return "OverflowError %s at %d, total %.12g" % (e, i, total)
    return "no error"


def special_values():
    out = []
    for x in [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-300, 1e300]:
        row = []
        for f in (math.sin, math.cos, math.atan, math.exp, math.erf, math.gamma):
            try:
                row.append(repr(f(x)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        out.append(" ".join(row))
    return out


def shadowed(n):
    # A module global named like a math function is not the math one.
    total = 0
    sin = lambda v: v * 2
    for i in range(n):
        total += sin(i)
    return total


print("%.12g" % trig_sum(3000))
print("%.12g" % int_arguments(3000))
print(mixed_kinds([1, -2, 3.5, True, -0.25] * 3))
print(domain_error_at(500, 321))
print(domain_error_at(50, -1))
print(range_error_at(400, 250))
for line in special_values():
    print(line)
print(shadowed(1000))
big = 10 ** 30
total = 0.0
for i in range(200):
    total += math.sin(big if i == 150 else i)
print("%.12g" % total)

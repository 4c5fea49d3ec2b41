# Calls of Python functions and methods inside hot loops, which the JIT
# inlines into its traces, and every way an inlined call can leave the
# fast path: a guard failing inside the callee after it stored to an
# object, an exception raised two calls deep (caught in the loop or in
# the callee), a method redefined or shadowed mid-loop, recursion; plus
# __slots__ members.
import math
import traceback


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Acc:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, v):
        self.total += v
        self.count += 1
        return self.count


def square(v):
    return v * v


def hyp(a, b):
    return math.sqrt(square(a) + square(b))


def slots_and_methods(n):
    vs = [Vec(float(i), 1.0) for i in range(n)]
    acc = Acc()
    for v in vs:
        v.scale(0.5)
        acc.add(v.norm())
    return round(acc.total, 6), acc.count, vs[3].x


def nested(n):
    t = 0.0
    for i in range(n):
        t += hyp(i, 2)
    return round(t, 6)


def overflow_inside(n):
    acc = Acc()
    total = 0
    for i in range(n):
        acc.count = i
        # square overflows int64 late in the loop: the guard fails inside
        # the callee, after the store to acc.count.
        total += square(i * (1 << 28) if i > n - 5 else i)
    return total, acc.count


def divide(a, b):
    q = a * 3
    return q // b


def middle(a, b):
    try:
        return divide(a, b)
    except ZeroDivisionError:
        return -1


def exceptions(n):
    out = 0
    depth = []
    for i in range(n):
        try:
            out += divide(10, n // 2 - i)
        except ZeroDivisionError as e:
            depth.append(len(traceback.extract_tb(e.__traceback__)))
        out += middle(5, n // 3 - i)
    return out, depth


class Shape:
    def area(self):
        return 1


def other_area(self):
    return 2


def redefined(n):
    shapes = [Shape() for _ in range(4)]
    total = 0
    for k in range(n):
        if k == n // 2:
            Shape.area = other_area
        if k == 3 * n // 4:
            shapes[1].area = lambda: 10
        for s in shapes:
            total += s.area()
    return total


def fact(k):
    return 1 if k <= 1 else k * fact(k - 1)


def recursive(n):
    total = 0
    for i in range(n):
        total += fact(i % 10)
    return total


def kinds(n):
    acc = Acc()
    for i in range(n):
        acc.add(i if i % 50 else 0.5)
    return acc.total, acc.count


print(slots_and_methods(300))
print(nested(300))
print(overflow_inside(200))
print(exceptions(300))
print(redefined(200))
print(recursive(300))
print(kinds(300))

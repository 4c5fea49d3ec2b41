# Python-to-Python calls, most of which take the interpreter's
# written-out call path: results, defaults, errors raised on the way in
# and out, tracebacks, frames, recursion, and returns that leave values on
# the stack.
import sys


def pair(a, b):
    return a, b


def defaults(a, b=2, c=3):
    return a + b + c


def first(items):
    for x in items:
        return x  # returns with the iterator on the stack


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def in_with(v):
    with Ctx():
        return v * 2


def unbound():
    return x  # noqa: F821 (x is assigned below)
    x = 1


print(pair(1, 2), defaults(1), defaults(1, 5), defaults(1, 5, 7), defaults(c=0, a=1))
print(first([7, 8]), first([]), in_with(4))
for i in range(3):
    pair(i, i)  # result dropped
print([pair(i, -i) for i in range(3)])

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    defaults()
except TypeError as e:
    print("TypeError", e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def boom(n):
    local = n * 10
    if n == 0:
        raise ValueError("boom")
    return boom(n - 1)


try:
    boom(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(names)
    print(sorted(last.tb_frame.f_locals.items()), last.tb_frame.f_back.f_locals["n"])


def handler_in_caller(n):
    total = 0
    for i in range(n):
        try:
            total += boom(i % 2)
        except ValueError:
            total += 100
    return total


print(handler_in_caller(5))


def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        boom(0)


try:
    raise_in_except()
except ValueError as e:
    print(repr(e), repr(e.__context__))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def endless(n):
    return endless(n + 1)


try:
    endless(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(500))  # the depth count recovered
old = sys.getrecursionlimit()
sys.setrecursionlimit(30000)
print(depth(20000))
sys.setrecursionlimit(old)


def caller_name():
    return sys._getframe(1).f_code.co_name


def middle():
    return caller_name(), sys._getframe().f_back.f_code.co_name


print(middle())


def squares(n):
    for i in range(n):
        yield pair(i, i * i)


print(list(squares(3)))


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


print(Point(3, -4).norm1(), Point(2).norm1(), Point.norm1(Point(1, 1)))


def closure(k):
    def add(v):
        return v + k
    return add


print(closure(5)(1), (lambda *a, **kw: (a, kw))(1, z=2))

# Calls that take the interpreter's plain call path: closures (cells and
# free variables), the frame a caller reuses for its callees, recursion
# limits, keyword and default arguments, tracebacks and frames.
import sys
import traceback
import types


# Closures that read outer variables, called many times.
def counter_factory(step):
    total = 0

    def add(x):
        nonlocal total
        total += x * step
        return total

    def peek():
        return total

    return add, peek


add, peek = counter_factory(3)
for i in range(100):
    add(i)
print("closure total", peek())


# A closure with cells of its own (an argument captured by an inner
# function) and free variables.
def outer(a):
    def middle(b):
        def inner():
            return a + b
        b += 1
        return inner
    return middle


m = outer(10)
print("cells", [m(i)() for i in range(5)])


# A closure whose cell is still empty when it runs.
def early():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print("NameError", e)
    late = 5
    return f()


print("late", early())


# Closures of the same code with different cells, and functions of the
# same code with different globals, called in turn from one caller.
def make_getter(v):
    def get():
        return v
    return get


getters = [make_getter(i) for i in range(4)]
print("getters", [g() for _ in range(3) for g in getters])

code = (lambda: WHO).__code__
f1 = types.FunctionType(code, {"WHO": "first"})
f2 = types.FunctionType(code, {"WHO": "second"})
print("globals", [f() for _ in range(2) for f in (f1, f2, f1)])


def plain(x):
    return x + 1


def other(x, y=10):
    return x * y


def alternate(n):
    out = []
    for i in range(n):
        out.append(plain(i))
        out.append(other(i))
        out.append(other(i, 2))
        out.append(other(y=3, x=i))
    return out


print("alternate", alternate(4))


# Defaults and keyword arguments on closures.
def with_defaults(scale):
    def f(x, y=2, *, z=3):
        return (x + y + z) * scale
    return f


g = with_defaults(2)
print("defaults", g(1), g(1, 1), g(1, z=0), g(x=5, y=0, z=0))
try:
    g()
except TypeError as e:
    print("TypeError", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


# Recursion: the limit is raised through plain calls and closures, and
# calls work again afterwards.
def down(n):
    return down(n + 1)


def closure_down():
    def rec(n):
        return rec(n + 1)
    return rec


for fn in (down, closure_down()):
    try:
        fn(0)
    except RecursionError as e:
        print("RecursionError", e)

depth = 0


def count_depth(n):
    global depth
    depth = max(depth, n)
    if n < 50:
        count_depth(n + 1)


count_depth(0)
print("depth", depth)


def make_fib():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib


print("fib", make_fib()(80))


# Tracebacks through closures and plain calls carry the right lines.
def raiser(k):
    def boom():
        return 1 // k
    return boom


def caller_of(fn):
    return fn()


for k in (1, 0):
    try:
        print("boom", caller_of(raiser(k)))
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        print([(f.name, f.lineno - raiser.__code__.co_firstlineno) for f in traceback.extract_tb(tb)][1:])

# A frame that escapes (sys._getframe) keeps its locals while its caller
# goes on calling the same function.
kept = []


def capture(x):
    y = x * 2
    kept.append(sys._getframe())
    return y


def calls_capture():
    return [capture(i) for i in range(3)]


calls_capture()
for fr in kept:
    print("frame", fr.f_code.co_name, fr.f_locals["x"], fr.f_locals["y"], fr.f_back.f_code.co_name)


def closure_frames():
    secret = "s"

    def look():
        fr = sys._getframe()
        return fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(fr.f_locals), secret
    return look(), look()


print("closure frames", closure_frames())


# super() reads the __class__ cell.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 10)

    def get(self):
        return super().get() + 1


print("super", [Child(i).get() for i in range(3)])


# Generators that close over variables still make generators.
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen


print("gen", list(gen_factory(3)()))


# Exceptions cross closure calls and handlers in the caller see them.
def thrower_factory():
    msg = "from closure"

    def thrower():
        raise ValueError(msg)
    return thrower


t = thrower_factory()
for _ in range(3):
    try:
        t()
    except ValueError as e:
        print("caught", e)


# functools.partial of a closure copies its arguments into the frame too.
import functools


def scaler(k):
    def scale(a, b):
        return (a + b) * k
    return scale


p = functools.partial(scaler(3), 1)
print("partial", [p(i) for i in range(3)])

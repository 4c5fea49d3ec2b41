# Hot loops whose traces have Go run an operation in the middle of an
# iteration and continue (helper calls): methods of built-in types,
# slices, `in`, list and tuple displays, generic subscripts, operators
# and comparisons, calls of types and of functions that are not inlined.
# Each way a helper can leave the fast path: it raises (caught in the
# loop, in an inlined callee, or leaving the function), it returns a
# value of another kind, it changes what the trace read before the call
# (an attribute's type, the instance's class, a class attribute), it
# runs another hot loop (nested traces) or the same one (recursion), and
# it collects garbage while the trace holds the only references.
import gc
import traceback


def builtins_loop(n):
    out = []
    seen = set()
    d = {}
    t = None
    for i in range(n):
        out.append(i * 3)
        if i % 5 in seen:
            d[i % 11] = out[-2:]
        else:
            seen.add(i % 7)
        t = (i, out[i:i + 2], [i, i + 1])
        if (i, i) == (3, 3):
            t = t + ("x",)
    return len(out), sum(out), sorted(seen), sorted(d.items())[:3], t


print(builtins_loop(1000))


def subscripts_raise(n):
    d = {k: k * k for k in range(50) if k not in (23, 47)}
    hits = misses = 0
    for i in range(n):
        try:
            hits += d[i % 50]
        except KeyError:
            misses += 1
    return hits, misses


print(subscripts_raise(2000))


def lookup(d, k):
    return d[k]


def lookup_caught(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def raise_in_inlined(n):
    d = {k: k for k in range(30) if k not in (13, 29)}
    total = caught = 0
    for i in range(n):
        total += lookup_caught(d, i % 30)
        try:
            total += lookup(d, i % 30)
        except KeyError:
            caught += 1
    return total, caught


print(raise_in_inlined(1500))


def escapes(n):
    lst = list(range(10))
    total = 0
    for i in range(n):
        total += lst[i % 10]
        if i == 700:
            lst = {}
        total += len(lst[1:3]) if isinstance(lst, list) else 0
        total += lst[i % 10]


try:
    escapes(1000)
except KeyError as e:
    print("KeyError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno - escapes.__code__.co_firstlineno) for f in tb])


def kinds(n):
    d = {k: k for k in range(10)}
    d[7] = 2.5
    total = 0
    for i in range(n):
        v = d[i % 10]
        if i == 900:
            d[3] = "three"
            d[4] = 10 ** 30
        total += len(v) if isinstance(v, str) else v
    return total


print(kinds(1000))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def size(self):
        return self.x * 2


class Q(P):
    def size(self):
        return 1000


def mutate(p, i, flag=None):
    if i == 600:
        p.x = 1.5
    if i == 700:
        p.y = 2.5
    if i == 710:
        p.y = None
    if i == 711:
        p.y = 2
    if i == 800:
        p.__class__ = Q
    if i == 900:
        P.size = lambda self: -1
    return i


def mutation(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        a = p.x
        mutate(p, i)
        total += a + p.x + p.size() + (0 if p.y is None else p.y)
    return total


print(mutation(1000))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y


def operators(n):
    acc = Vec(0, 0)
    eq = 0
    for i in range(n):
        acc = acc + Vec(i, 1)
        if Vec(i, 0) == Vec(i, 0):
            eq += 1
        if i == 500:
            Vec.__add__ = lambda self, o: Vec(self.x - o.x, self.y)
    return acc.x, acc.y, eq


print(operators(1000))


def inner_sum(lst):
    s = 0
    for v in lst:
        s += v
    return s


def nested(n, flag=None):
    total = 0
    data = list(range(50))
    for i in range(n):
        total += inner_sum(data)
        data[i % 50] = i
    return total


def tree(depth, flag=None):
    if depth == 0:
        return 1
    total = 0
    for k in range(3):
        total += tree(depth - 1)
    return total


print(nested(300), tree(7))


def garbage(i, flag=None):
    junk = [[j] * 20 for j in range(50)]
    junk2 = {j: {j, -j} for j in range(20)}
    junk3 = [j for j in junk[::-7]]
    junk3[1:3] = junk[5:6]
    if i % 100 == 0:
        gc.collect()
    return len(junk) + len(junk2) + len(junk3)


def collecting(n):
    total = 0
    keep = []
    for i in range(n):
        a = [i, str(i)]
        b = (a, Vec(i, -i), float(i))
        total += garbage(i)
        total += b[0][0] + len(b[0][1]) + b[1].y + int(b[2])
        if i % 97 == 0:
            keep.append(b)
    return total, len(keep), keep[-1][0], keep[-1][1].x


print(collecting(1000))


# Builtins that read the caller's frame, which a trace keeps in registers:
# not called from traces.
def frame_readers(n):
    t = 0
    for i in range(n):
        t += len(locals()) + eval("i") + len(dir())
    return t


class A:
    def m(self):
        return 1


class B(A):
    def m(self):
        return super().m() + 1


def supers(n):
    b = B()
    t = 0
    for i in range(n):
        t += b.m() + super(B, b).m()
    return t


print(frame_readers(500), supers(500))


# Python code run by a helper sees the loop's frame at the right line with
# its current locals, and the frames of the calls the trace inlined.
import sys


def where(expect, k=None):
    f = sys._getframe(1)
    return (f.f_lineno - f.f_code.co_firstlineno, f.f_code.co_name, f.f_locals.get("i") == expect,
            f.f_back.f_code.co_name)


def via(i):
    q = i * 3
    return where(i)


def via2(i):
    r = via(i % 3)
    return r


def lines(n):
    out = {}
    for i in range(n):
        a = i * 2
        x = where(i)
        y = via2(i)
        out[x] = out.get(x, 0) + 1
        out[y] = out.get(y, 0) + 1
    return sorted(out.items())


print(lines(500))

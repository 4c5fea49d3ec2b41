# Rich comparisons and calls of instances with Python __lt__ ... and
# __call__ in hot loops: the trace inlines the method the interpreter's
# dispatch picks, reflected comparisons included.


class Key:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        return self.k < o.k

    def __le__(self, o):
        return self.k <= o.k

    def __eq__(self, o):
        return self.k == o.k

    def __gt__(self, o):
        return self.k > getattr(o, "k", o)


class OnlyLt:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        return self.k < o.k


class Sub(Key):
    __slots__ = ()

    def __gt__(self, o):
        # Reflected first when a Sub is on the right of <.
        return self.k * 2 > o.k


def compares(n):
    counts = [0] * 8
    a, b = Key(5), Key(7)
    for i in range(n):
        x = Key(i % 11)
        if x < a:
            counts[0] += 1
        if x <= b:
            counts[1] += 1
        if x == a:
            counts[2] += 1
        if x != a:          # no __ne__ of Key's own: object's inverts __eq__
            counts[3] += 1
        if a > x:
            counts[4] += 1
        if OnlyLt(i % 3) > OnlyLt(1):   # no __gt__: reflected __lt__
            counts[5] += 1
        if x < Sub(i % 5):  # Sub.__gt__ reflected first
            counts[6] += 1
        if 3 < x:           # int declines: Key.__gt__
            counts[7] += 1
    return counts


print(compares(600))


class Affine:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __call__(self, x):
        return self.a * x + self.b


class Twice:
    def __init__(self, f):
        self.f = f

    def __call__(self, x):
        return self.f(self.f(x))


def calls(n):
    fs = [Affine(0.5, 1.0), Affine(-0.25, 2.0)]
    g = Twice(Affine(2, 1))
    x = 0.0
    y = 0
    for i in range(n):
        x = fs[i % 2](x)
        y = g(i) + y
        if i == n // 2:
            g.__call__ = None     # an instance attribute does not shadow __call__
    return x, y


print(calls(500))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, k=1):
        self.n += k
        return self.n


def call_changes(n):
    c = Counter()
    t = 0
    for i in range(n):
        t += c(2)
        if i == n // 2:
            Counter.__call__ = lambda self, k=1: -k
    return t, c.n


print(call_changes(400))

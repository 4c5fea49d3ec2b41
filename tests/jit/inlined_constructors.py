# Class calls whose __init__ the trace inlines (a helper allocates the
# instance): the call's result is the instance, also when a guard fails
# inside __init__ and the interpreter finishes it, and when __init__
# returns something else.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)


class P:
    def __init__(self, a, b=None):
        self.a = a
        if a > 900:
            self.big = True          # a new attribute: the layout guard fails here
        self.b = a * 2 if b is None else b


class Bad:
    def __init__(self, k):
        self.k = k
        if k == 250:
            return 5


def sums(n):
    acc = V(0, 0)
    for i in range(n):
        acc = acc + V(i, 1)
    return acc.x, acc.y


def build(n):
    out = []
    for i in range(n):
        p = P(i)
        out.append(p.b + (1 if hasattr(p, "big") else 0))
    return sum(out), len(out)


def bad(n):
    made = 0
    try:
        for i in range(n):
            Bad(i)
            made += 1
    except TypeError as e:
        return made, str(e)
    return made, None


def floats(n):
    t = 0.0
    for i in range(n):
        v = V(i * 0.5, -1.5)
        if i == n - 7:
            v = V("s", "t")      # the fields' types change: guards fail after the call
            t += len(v.x)
            continue
        t += v.x * v.y
    return t


print(sums(2000))
print(build(1000))
print(bad(400))
print(floats(800))

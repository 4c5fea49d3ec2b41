# Instances a trace makes and drops within an iteration (temporaries of
# operator methods, locals of inlined calls) are not allocated: their
# attributes live in registers, and the exits that need them make them.
# Exits taken with such objects alive (guards that fail, exceptions,
# bridges grown from those exits) must see them exactly as the
# interpreter would have made them.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        if a > 100:
            self.big = True

    def norm(self):
        return self.a * self.a + self.b * self.b


def temporaries(n):
    total = 0.0
    base = V(1.0, 2.0)
    for i in range(n):
        t = (base * float(i) + V(0.5, 0.25)) * 2.0
        total += t.x - t.y
    return total


def kinds_change(n):
    # k is a float, then an int, then a str: the multiplication's guards
    # fail with temporaries alive.
    out = []
    for i in range(n):
        k = 1.5 if i < n // 2 else (2 if i < n - 3 else "ab")
        try:
            v = V(3, 4) * k + V(1, 1) if not isinstance(k, str) else V("x", "y") * 2
        except TypeError as e:
            out.append(str(e))
            continue
        out.append((v.x, v.y))
    return out[:2] + out[n // 2 - 1:n // 2 + 2] + out[-4:]


def step(i):
    a = V(float(i), 1.0)
    b = a * 2.0
    if i % 3 == 0:
        return b.x
    return -b.y


def branches(n):
    total = 0.0
    for i in range(n):
        total += step(i)
    return total


def plain_norms(i):
    p = P(i % 7, i % 5)
    q = P(i + 95, 1)
    # q has an attribute more when i > 5: another layout, met in a bridge.
    return p.norm() + q.norm() + (2 if q.a > 100 and q.big else 0)


def plain(n):
    total = 0
    for i in range(n):
        total += plain_norms(i)
    return total


def escapes(n):
    kept = []
    last = None
    for i in range(n):
        v = V(i, -i) + V(1, 1)
        if i % 10 == 0:
            kept.append(v)
        last = v
    return kept[:3], last


def check_div(v, d):
    w = v * 2
    return w.x // d


def exceptions(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check_div(V(i, i + 1), i % 5)
        except ZeroDivisionError:
            caught += 1
    return caught, total


def identity(n):
    same = 0
    for i in range(n):
        a = V(i, i)
        b = a
        c = V(i, i)
        if a is b and a is not c:
            same += 1
    return same


print(temporaries(500))
print(kinds_change(120))
print(branches(400))
print(plain(300))
print(escapes(60))
print(exceptions(200))
print(identity(150))

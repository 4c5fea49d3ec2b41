# Instructions that traces run by helper calls which may run Python code
# (a user class's __bool__ and __len__, keyword calls, attribute stores
# through properties, f-strings with __format__) and starred unpacking,
# in hot loops, with guards failing just after them: every side effect
# must happen exactly once per iteration.


class Flag:
    def __init__(self):
        self.n = 0
        self.calls = 0

    def __bool__(self):
        self.calls += 1
        return self.n % 3 != 0


class Sized:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)


def truth(n):
    f = Flag()
    s = Sized()
    hits = 0
    for i in range(n):
        f.n = i if i < n // 2 else 1
        if f:
            hits += 1
        if not f:
            hits += 2
        while s:
            hits += s.items.pop()
        if i % 4 == 0:
            s.items.append(i)
        hits += 0.5 if i > n - 3 else 0
    return hits, f.calls, len(s)


class Point:
    __slots__ = ("x", "log")

    def __init__(self):
        self.x = 0
        self.log = []

    @property
    def y(self):
        return self.x

    @y.setter
    def y(self, v):
        self.log.append(v)
        self.x = v * 2


def store_attr(n):
    p = Point()
    total = 0
    for i in range(n):
        p.y = i if i < n - 5 else i / 2
        total += p.x
    return total, len(p.log), p.log[-3:]


def kw(a, b=0, *, c=1):
    kw.calls += 1
    return a + b * c


kw.calls = 0


def call_kw(n):
    total = 0
    for i in range(n):
        total += kw(i, b=2, c=i % 5 if i < n - 4 else 0.5)
        total += kw(a=i, c=3)
    return total, kw.calls


def unpack_ex(n):
    total = 0
    count = 0
    for i in range(n):
        seq = [i, i + 1, i + 2, i + 3] if i < n - 6 else (i, 1.5, "x", i)
        first, *mid, last = seq
        a, *rest = seq
        *init, z = seq
        p, q, *more = seq if i % 9 else [i, i, i]
        total += first + last + a + z + p
        count += len(mid) + len(rest) + len(init) + len(more)
    return total, count


class Money:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        Money.calls += 1
        return "$" + format(self.v, spec)

    def __repr__(self):
        Money.calls += 1
        return "Money(%r)" % self.v


def fstrings(n):
    out = []
    m = Money(3)
    width = 0
    for i in range(n):
        m.v = i
        name = "item" if i < n - 3 else i
        s = f"{name}:{i:>4}:{m}:{m!r}:{m:06.2f}:{i / 4!s}"
        width += len(s)
        out.append(s)
    return width, Money.calls, out[-4:]


for n in (0, 1, 7, 60, 400):
    print(truth(n))
    print(store_attr(n))
    print(call_kw(n))
    print(unpack_ex(n))
    print(fstrings(n))

# Operators on instances of Python classes in hot loops: the trace inlines
# the operator method the interpreter's dispatch picks (left __op__,
# reflected __rop__, a subclass's overriding __rop__ first, in-place
# __iop__), and falls back where the method is not plain.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def hot_ops(n):
    p = V(0.0, 1.0)
    d = V(0.5, -0.25)
    acc = V(0, 0)
    for i in range(n):
        p = p + d * 0.5 - 0.25 * d
        acc = acc + V(i, -i)
        q = p / 2.0
    return p, acc, q


print(hot_ops(500))


class Tagged(V):
    """Overrides the reflected method: a subclass on the right goes first."""
    __slots__ = ()

    def __radd__(self, o):
        return Tagged(o.x * 10 + self.x, o.y * 10 + self.y)

    def __add__(self, o):
        return Tagged(self.x + o.x, self.y + o.y)


class Plain(V):
    """A subclass that overrides nothing: the left operand's method runs."""
    __slots__ = ()


def subclass_priority(n):
    a = V(1, 2)
    t = Tagged(0, 0)
    pl = Plain(3, 4)
    s = V(0, 0)
    for i in range(n):
        r = a + t          # Tagged.__radd__(t, a)
        s = s + r
        s = s + pl         # V.__add__(s, pl)
        s = t + s          # Tagged.__add__
    return s, type(s).__name__


print(subclass_priority(300))


class Acc:
    """In-place operator with its own __iadd__, and one without."""

    def __init__(self):
        self.total = 0
        self.count = 0

    def __iadd__(self, v):
        self.total += v
        self.count += 1
        return self


class Cnt:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Cnt(self.n + k)


def inplace(n):
    a = Acc()
    c = Cnt(0)
    for i in range(n):
        a += i
        c += i          # no __iadd__: __add__
    return a.total, a.count, c.n


print(inplace(400))


class Money:
    """Returns NotImplemented for what it does not know: the interpreter
    then tries the other operand's reflected method."""
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented


class Coin:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return Money(o.cents + self.v)


def not_implemented(n):
    m = Money(0)
    for i in range(n):
        m = m + Money(i)
        m = m + Coin(1)       # Money.__add__ says NotImplemented: Coin.__radd__
        m = 0 + m             # int declines, Money.__radd__
    try:
        m + "x"
    except TypeError as e:
        print("TypeError:", e)
    return m.cents


print(not_implemented(300))


class Mat:
    """__matmul__, __floordiv__, __mod__, bit operators and shifts."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return Mat(self.v * o.v)

    def __floordiv__(self, k):
        return Mat(self.v // k)

    def __mod__(self, k):
        return Mat(self.v % k)

    def __and__(self, o):
        return self.v & o

    def __rlshift__(self, o):
        return o << self.v


def other_ops(n):
    s = 0
    m = Mat(3)
    for i in range(n):
        a = Mat(i) @ m
        b = a // 4 % 7
        s += b.v + (m & i) + (1 << m)
    return s


print(other_ops(400))


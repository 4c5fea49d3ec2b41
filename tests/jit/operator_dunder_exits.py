# Exits inside inlined operator methods: the interpreter finishes the
# method and the loop continues after the operator with its result.


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


def type_change(n):
    # The components are ints, then floats, then big ints: guards inside
    # __add__ and __mul__ fail mid-loop.
    p = V(1, 1)
    d = V(1, 2)
    for i in range(n):
        if i == n // 3:
            d = V(0.5, 0.25)
        if i == 2 * n // 3:
            d = V(2**62, 3)
        p = p + d * 2
    return p


print(type_change(600))


class Checked:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if o.v < 0:
            raise ValueError("negative: %d" % o.v)
        return Checked(self.v + o.v)

    def __lt__(self, o):
        return self.v < o.v


def raise_inside(n):
    total = Checked(0)
    caught = 0
    for k in range(3):
        try:
            for i in range(n):
                total = total + Checked(i if i != n - 10 * (k + 1) else -1)
        except ValueError as e:
            caught += 1
            print("caught", e, total.v)
    return total.v, caught


print(raise_inside(400))


class Num:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o.v)

    def __sub__(self, o):
        return Num(self.v - o.v)


def reassign(n):
    s = Num(0)
    one = Num(1)
    for i in range(n):
        s = s + one
        if i == n // 2:
            # The class's version changes: the trace's guard fails, the
            # interpreter runs the new method.
            Num.__add__ = lambda self, o: Num(self.v + 100 * o.v)
        if i == 3 * n // 4:
            Num.__add__ = Num.__sub__
    return s.v


print(reassign(800))


def traceback_inside(n):
    import traceback
    a = Checked(5)
    for i in range(n):
        try:
            a = a + Checked(-1 if i == n - 1 else 1)
        except ValueError:
            tb = traceback.format_exc().splitlines()
            print([line.strip() for line in tb if line.strip().startswith("File")].__len__(), tb[-1])
    return a.v


print(traceback_inside(300))


class Vec2(V):
    __slots__ = ()

    def __add__(self, o):
        return Vec2(self.x + o.x + 1000, self.y + o.y)


def polymorphic(n):
    # The left operand's class alternates: the class guard before the
    # inlined method fails, a bridge inlines the other method.
    ps = [V(0, 0), Vec2(0, 0)]
    d = V(1, 1)
    out = []
    for i in range(n):
        p = ps[i % 2] + d
        out.append(p.x)
    return sum(out)


print(polymorphic(500))

# Classmethods and staticmethods called on a class in a hot loop: the
# trace calls the function with the class (or nothing) directly.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def make(cls, i):
        return cls(i * 0.5, -i)

    @staticmethod
    def dist2(a, b):
        dx = a.x - b.x
        dy = a.y - b.y
        return dx * dx + dy * dy


class Tagged(Point):
    __slots__ = ("tag",)

    def __init__(self, x, y):
        Point.__init__(self, x, y)
        self.tag = type(self).__name__


def run(n, cls):
    total = 0.0
    prev = cls.make(0)
    for i in range(n):
        p = cls.make(i)
        total += Point.dist2(p, prev)
        prev = p
        if i == n // 2:
            Point.make = classmethod(lambda c, i: c(1.0, 1.0))   # rebound: the class's version changes
    return total, type(prev).__name__


print(run(300, Point))
print(run(300, Tagged))

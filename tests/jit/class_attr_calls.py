# Attributes of a class read through the class (Base.method(self, ...),
# Strength.LEVEL) fold to constants in traces under a guard on the class's
# version: replacing them, in the class or a base, must be seen at once.


class Base:
    LEVEL = 3

    def __init__(self, v):
        self.v = v

    def scale(self, k):
        return self.v * k


class Derived(Base):
    def __init__(self, v, w):
        Base.__init__(self, v)
        self.w = w

    def scale(self, k):
        return Base.scale(self, k) + self.w


def run(n):
    total = 0
    for i in range(n):
        d = Derived(i, 1)
        total += d.scale(2) + Derived.LEVEL + Base.LEVEL
        if i == n // 2:
            Base.scale = lambda self, k: -self.v
        if i == n // 3:
            Base.LEVEL = 10
        if i == 3 * n // 4:
            Derived.LEVEL = 100
    return total


def names(n):
    out = []
    for i in range(n):
        out.append(Base.__name__ + Derived.__qualname__)
    return out[-1], len(out)


class Config:
    SCALE = 2

    def twice(x):
        return 2 * x


def plain(n):
    total = 0
    for i in range(n):
        total += Config.SCALE + Config.twice(i)
        if i == n // 2:
            Config.SCALE = 5
        if i == 2 * n // 3:
            Config.twice = lambda x: -x
    return total


print(plain(300))
print(run(400))
print(run(10))
print(names(50))


class Meta(type):
    def __getattribute__(cls, name):
        if name == "LEVEL":
            return 42
        return super().__getattribute__(name)


class Odd(metaclass=Meta):
    LEVEL = 1


def meta(n):
    return sum(Odd.LEVEL for _ in range(n))


print(meta(100))

# random.Random as a base class, instances, randbytes, state round trips.
import random

class R(random.Random):
    def __init__(self, x):
        self.calls = 0
        super().__init__(x)

    def seed(self, a=None, version=2):
        self.calls = getattr(self, "calls", 0) + 1
        super().seed(a, version)

r = R(5)
print(type(r).__name__, isinstance(r, random.Random), r.calls)
print(r.random(), r.randint(1, 100), r.choice([1, 2, 3]))
r.seed(5)
print(r.calls, r.random())
print(random.Random(5).random())
r.extra = "attr"
print(r.extra)

g = random.Random(2024)
print(g.randbytes(12), g.randbytes(0), len(g.randbytes(100)))
random.seed(99)
print(random.randbytes(5))
s = g.getstate()
g2 = random.Random()
g2.setstate(s)
print(g2.random() == g.random())
for bad in [(1, (), None), (3, (1, 2), None), (3, "x", None)]:
    try:
        g.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
for seed in ["bytes".encode(), bytearray("ba".encode()), 2**200, -(2**100)]:
    random.seed(seed)
    print(random.random())
random.seed("abc".encode(), version=1)
print(random.random())
print(len(random.SystemRandom().randbytes(8)))
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print(e)

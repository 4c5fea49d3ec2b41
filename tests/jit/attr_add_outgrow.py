# Instances that outgrow their slot array: a class whose later instances
# get more attributes than earlier ones (roomier instances from then on),
# instances made narrow and widened later, and instances with so many
# attributes that they switch to a dict.
class Grow:
    def __init__(self, i, wide):
        self.a = i
        self.b = i
        if wide:
            self.c = i
            self.d = i
            self.e = i
            self.f = i
            self.g = i
            self.h = i
            self.j = i
            self.k = i
            self.m = i
            self.n = i

def fill(n, start):
    objs = []
    total = 0
    for i in range(n):
        g = Grow(i, i >= start)
        total += g.a + g.b
        if i >= start:
            total += g.n + g.c
        objs.append(g)
    return total, objs

for start in (300, 0):
    total, objs = fill(600, start)
    print(total, [len(vars(o)) for o in objs[::100]], sorted(vars(objs[-1])))
total, objs = fill(400, 1000)
for i in range(400):
    o = objs[i]
    o.c = i
    o.d = o.c + 1
    o.e = o.d + 1
    o.f = o.e + 1
    total += o.f
print(total, sorted(vars(objs[5]).items()))

class Many:
    pass

ms = [Many() for _ in range(10)]
for i in range(700):
    m = ms[i % 10]
    setattr(m, 'x%d' % (i // 10), i)
    m.last = i
print(len(vars(ms[3])), ms[3].last, ms[3].x69)


# More attributes than any slot array starts with (16): the 17th add
# grows the array, the later ones fit again.
class Big:
    def __init__(self, i):
        self.a0 = i
        self.a1 = i + 1
        self.a2 = i + 2
        self.a3 = i + 3
        self.a4 = i + 4
        self.a5 = i + 5
        self.a6 = i + 6
        self.a7 = i + 7
        self.a8 = i + 8
        self.a9 = i + 9
        self.a10 = i + 10
        self.a11 = i + 11
        self.a12 = i + 12
        self.a13 = i + 13
        self.a14 = i + 14
        self.a15 = i + 15
        self.a16 = i + 16
        self.a17 = i + 17
        self.a18 = i + 18
        self.a19 = i + 19


big = 0
for i in range(2000):
    b = Big(i)
    big += b.a19 - b.a0 + b.a16
print(big, sorted(vars(b).values())[-3:])

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

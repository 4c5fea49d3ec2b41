# Attributes added in __init__ and in loops, in orders that fork the
# layouts (hidden classes): every path must read back what it stored.
class P:
    def __init__(self, i):
        if i % 3 == 0:
            self.a = i
            self.b = i * 2
        elif i % 3 == 1:
            self.b = i * 2
            self.a = i
        else:
            self.c = 'c'
            self.a = i
            self.b = i * 2
        self.d = float(i)

def run(n):
    total = 0
    names = {}
    for i in range(n):
        p = P(i)
        total += p.a + p.b + int(p.d)
        key = ','.join(p.__dict__)
        names[key] = names.get(key, 0) + 1
    return total, sorted(names.items())

print(run(3000))

# Adds outside __init__, to objects made earlier, some of them twice.
class Q:
    pass

qs = [Q() for _ in range(50)]
for i in range(2000):
    q = qs[i % 50]
    if i < 50:
        q.x = i
    elif i < 100:
        q.y = [i]
    elif i < 150:
        q.z = q.x + 1
    else:
        q.x += 1
print(sum(q.x for q in qs), qs[7].y, qs[7].z, sorted(vars(qs[3])))

# A value of each kind added: int, float, bool, None, str, tuple, object.
class R:
    def __init__(self, v):
        self.v = v
        self.w = v

vals = [1, 2.5, True, None, 'str', (1, 2), Q()]
seen = []
for i in range(1400):
    r = R(vals[i % 7])
    if i >= 1393:
        seen.append(type(r.w).__name__)
print(seen)

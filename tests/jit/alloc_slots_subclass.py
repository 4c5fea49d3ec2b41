# Class calls in hot loops: __slots__ classes (set and unset members),
# subclasses with and without __slots__, class attributes shadowed by
# instance attributes, and instances of several classes in one loop.
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

class T(S):
    def __init__(self, x):
        self.x = x
        self.y = -x
        self.extra = x * 2

class U(S):
    __slots__ = ('z',)
    def __init__(self, x):
        self.x = x
        self.z = x + 1

class D:
    kind = 'class'
    def __init__(self, v):
        self.v = v
        if v % 2:
            self.kind = 'odd'

out = []
total = 0
for i in range(3000):
    s = S(i)
    t = T(i)
    u = U(i)
    d = D(i)
    total += s.x + t.y + t.extra + u.z
    if i >= 2996:
        out.append((d.kind, type(t).__name__, t.__dict__, hasattr(u, '__dict__'), hasattr(s, 'y')))
print(total)
for o in out:
    print(o)
try:
    s.other = 1
except AttributeError as e:
    print(e)

classes = [S, T, U]
acc = []
for i in range(900):
    o = classes[i % 3](i)
    acc.append(type(o).__name__ + str(o.x))
print(acc[-6:], len(acc))

# Attribute loads/stores in hot loops: instance dict growth, slots, properties, __getattr__.
class P:
    def __init__(self): self.x = 0
p = P()
for i in range(1000):
    p.x += i
    if i == 500:
        p.y = 'added mid-loop'
print(p.x, p.y)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a, self.b = 0, 1
s = S()
for i in range(1000):
    s.a, s.b = s.b, s.a + s.b
print(s.a % 1000000007)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
q = Prop()
for i in range(500):
    q.v = q.v + 1
print(q.v)
class Dyn:
    def __getattr__(self, name): return len(name)
d = Dyn()
t = 0
for i in range(300):
    t += d.abc + d.z
print(t)
objs = [P() for _ in range(100)]
for i in range(1000):
    objs[i % 100].x += 1
print(sum(o.x for o in objs))

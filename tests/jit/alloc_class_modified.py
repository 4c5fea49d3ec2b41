# Classes changed while a loop allocating their instances is hot: a data
# descriptor for an attribute __init__ adds, a new __init__, a new class
# attribute, __class__ assignment of fresh instances, and __slots__-free
# subclasses made mid-loop.
class C:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

log = []
objs = []
for i in range(1200):
    if i == 300:
        C.w = property(lambda self: 'prop', lambda self, val: log.append(val))
    if i == 600:
        del C.w
    if i == 800:
        def init(self, v):
            self.v = -v
            self.w = 0
        C.__init__ = init
    if i == 1000:
        C.extra = 'x'
    c = C(i)
    objs.append((c.v, c.w, getattr(c, 'extra', None)))
print(objs[299], objs[300], objs[599], objs[600], objs[799], objs[800], objs[1000])
print(len(log), log[:3], log[-1])

class A:
    def __init__(self, i):
        self.i = i

class B:
    def __init__(self, i):
        self.i = i
    def who(self):
        return 'B'

names = []
for i in range(600):
    a = A(i)
    if i % 100 == 99:
        a.__class__ = B
        names.append(a.who() + str(a.i))
    a.j = i
print(names)

subs = []
for i in range(400):
    if i % 100 == 0:
        class Sub(A):
            pass
    s = Sub(i)
    s.k = i
    subs.append(s.i + s.k)
print(sum(subs), len(subs))

# Methods and class attributes replaced while a loop calling them is hot.
class C:
    k = 1
    def f(self, x):
        return x + self.k
c = C()
out = []
for i in range(900):
    if i == 300:
        C.f = lambda self, x: x * 100
    if i == 500:
        C.k = 1000
        C.f = lambda self, x: x + self.k
    if i == 700:
        c.f = lambda x: 'instance attr'
    out.append(c.f(i))
print(out[299], out[300], out[499], out[500], out[699], out[700], len(out))
class Base:
    def v(self):
        return 'base'
class Sub(Base):
    pass
s = Sub()
r = []
for i in range(400):
    if i == 200:
        Sub.v = lambda self: 'sub'
    if i == 300:
        del Sub.v
    r.append(s.v())
print(r[199], r[200], r[299], r[300], r.count('sub'))
objs = [C() for _ in range(3)]
for i in range(300):
    if i == 150:
        objs[1].__class__ = Sub
    x = objs[1]
print(type(x).__name__)

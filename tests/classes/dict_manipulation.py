# __dict__ of instances and classes, vars(), mappingproxy, dynamic attributes.
class C:
    cls_attr = 1
    def m(self): return 'm'
c = C()
c.x = 10
print(c.__dict__, vars(c))
c.__dict__['y'] = 20
print(c.y, sorted(c.__dict__))
c.__dict__.clear()
print(c.__dict__, hasattr(c, 'x'))
print(type(C.__dict__).__name__, 'cls_attr' in C.__dict__, 'm' in C.__dict__)
try:
    C.__dict__['z'] = 1
except TypeError as e:
    print(type(e).__name__, e)
C.z = 3
print(c.z, C.__dict__['z'])
setattr(C, 'dyn', lambda self: 'dynamic method')
print(c.dyn())
del C.dyn
print(hasattr(c, 'dyn'))
c.__dict__ = {'replaced': True}
print(c.replaced, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class D: pass
d = D()
d.__class__ = C
print(type(d).__name__, d.m())
try:
    d.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(C) if not k.startswith('__')))
import types
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, vars(ns), ns == types.SimpleNamespace(a=1, b=2, c=3))
def f(): pass
f.attr = 'function attribute'
print(f.__dict__)

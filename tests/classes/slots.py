# __slots__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 0
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(r.x, r.w, type(P.x).__name__)
class WithDict:
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)
class One:
    __slots__ = 'single'
o = One()
o.single = 'ok'
print(o.single, One.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# '__doc__' may be a slot when the class has no docstring, whether the
# class comes from a class statement or from type(); with a docstring it
# conflicts.
D1 = type('D1', (), {'__slots__': ('__doc__',)})
d1 = D1()
d1.__doc__ = 'inst'
print(d1.__doc__, type(D1.__dict__['__doc__']).__name__)
class D2:
    __slots__ = ('__doc__',)
print(type(D2.__dict__['__doc__']).__name__)
try:
    class D3:
        "doc"
        __slots__ = ('__doc__',)
except ValueError as e:
    print(type(e).__name__, e)
print(type('D4', (), {}).__doc__, type('D5', (), {'__doc__': 'x'}).__doc__)

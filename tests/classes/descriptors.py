# Descriptor protocol: data vs non-data, __set_name__, precedence over instance dict.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)
class Rec:
    x = Typed()
    y = Typed()
r = Rec()
print(r.x)
r.x = 5
print(r.x, r.__dict__)
try:
    r.y = 'bad'
except TypeError as e:
    print(type(e).__name__, e)
del r.x
print(r.x, type(Rec.x).__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Holder:
    d = NonData()
h = Holder()
print(h.d)
h.__dict__['d'] = 'from instance'
print(h.d)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return 'data descriptor wins'
    def __set__(self, obj, v):
        pass
class Holder2:
    d = DataDesc()
h2 = Holder2()
h2.__dict__['d'] = 'instance'
print(h2.d)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Expensive:
    @Lazy
    def val(self):
        print('computing')
        return 99
e = Expensive()
print(e.val, e.val)
def f(self):
    return 'bound ' + type(self).__name__
class M:
    meth = f
m = M()
print(m.meth(), M.meth(m), f.__get__(m)(), type(f.__get__(m)).__name__, m.meth.__self__ is m, m.meth.__func__ is f)
class ReadOnly:
    def __get__(self, obj, cls):
        return 1
    def __set__(self, obj, v):
        raise AttributeError('read-only')
class RO:
    a = ReadOnly()
try:
    RO().a = 2
except AttributeError as e:
    print(type(e).__name__, e)
import functools
class CP:
    @functools.cached_property
    def cp(self):
        print('cached compute')
        return [1]
c = CP()
print(c.cp, c.cp is c.cp)

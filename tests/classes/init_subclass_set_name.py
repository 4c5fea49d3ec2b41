# __init_subclass__, __set_name__, __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, key)
        if key:
            Plugin.registry[key] = cls
class A(Plugin, key='a'): pass
class B(Plugin, key='b'): pass
class C(A): pass
print(sorted(Plugin.registry), Plugin.registry['a'].__name__)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Host:
    first = Named()
    second = Named()
print(Host.first.name, Host.second.name)
n = Named()
class Late: pass
Late.attr = n
print(hasattr(n, 'name'))
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
class NoGetitem: pass
try:
    NoGetitem[int]
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.ident = Counted.count
class X(Counted): pass
class Y(Counted): pass
print(X.ident, Y.ident, Counted.count)

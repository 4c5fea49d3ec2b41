# Metaclasses: __new__, __init__, __call__, __prepare__, keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'injected': 'by prepare'}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        ns['added_by_new'] = kw.get('flag', False)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v
print(Base.injected, Base.added_by_new, type(Base).__name__)
b = Base(5)
print(b.v)
class Child(Base):
    y = 2
print(type(Child).__name__, Child.added_by_new)
class OrderedMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('_')]
        return cls
class Rec(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Rec.fields)
Dyn = type('Dyn', (Base,), {'z': 3})
print(Dyn.z, Dyn.x, type(Dyn).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        print('Conf init once')
print(Conf() is Conf())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
class WithMethod(type):
    def describe(cls):
        return 'class ' + cls.__name__
class U(metaclass=WithMethod): pass
print(U.describe(), hasattr(U(), 'describe'))

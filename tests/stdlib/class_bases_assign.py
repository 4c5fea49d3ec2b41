# Assigning __bases__ of a class, as CPython 3.11: the new bases take part
# in attribute lookup, the MRO of the class and of its subclasses, isinstance
# and issubclass, __subclasses__ and the operator slots; bad values raise
# CPython's errors and leave the class as it was.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

def names(c):
    return [k.__name__ for k in c.__mro__]

class A:
    def who(self): return 'A'
    x = 1
class Mixin:
    def who(self): return 'Mixin'
    def extra(self): return 'extra'
    def __add__(self, o): return 'Mixin.__add__'
    def __len__(self): return 42
class C(A):
    pass
class D(C):
    pass
c, d = C(), D()
print(c.who(), d.who(), C.x)
C.__bases__ = (Mixin,)
print(C.__bases__, C.__base__, names(C), names(D))
print(c.who(), d.who(), c.extra(), c + 1, len(d))
t('C.x', lambda: C.x)
print(isinstance(c, A), isinstance(c, Mixin), issubclass(D, Mixin), issubclass(D, A))
print([k.__name__ for k in Mixin.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
C.__bases__ = (Mixin, A)
print(names(C), names(D), C.x, d.who())
C.__bases__ = (A,)
print(names(D), d.who())
t('add again', lambda: c + 1)
t('len again', lambda: len(c))

# A method cached by a loop before the change (the JIT and the method cache)
class P:
    def f(self): return 'P'
class Q:
    def f(self): return 'Q'
class R(P):
    pass
r = R()
out = []
for i in range(300):
    if i == 150:
        R.__bases__ = (Q,)
    out.append(r.f())
print(out[0], out[149], out[150], out[-1], out.count('P'), out.count('Q'))

# errors
t('not tuple', lambda: setattr(C, '__bases__', [A]))
t('empty', lambda: setattr(C, '__bases__', ()))
t('not class', lambda: setattr(C, '__bases__', (1,)))
t('cycle', lambda: setattr(C, '__bases__', (D,)))
t('self', lambda: setattr(C, '__bases__', (C,)))
t('delete', lambda: delattr(C, '__bases__'))
t('builtin', lambda: setattr(int, '__bases__', (object,)))
t('dup', lambda: setattr(C, '__bases__', (A, A)))
t('mro conflict', lambda: setattr(D, '__bases__', (A, C)))
print(names(C), names(D))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class E(S1):
    __slots__ = ()
t('layout conflict', lambda: setattr(E, '__bases__', (S1, S2)))
t('layout differs', lambda: setattr(E, '__bases__', (S2,)))
t('to object from slots', lambda: setattr(E, '__bases__', (object,)))
class F(int):
    pass
t('int to object', lambda: setattr(F, '__bases__', (object,)))
class G(int):
    pass
class H(F):
    pass
t('int subclass to other int subclass', lambda: setattr(H, '__bases__', (G,)))
print(names(H), H(5) + 1)
class K:
    pass
t('object to int', lambda: setattr(K, '__bases__', (int,)))
t('object to list', lambda: setattr(K, '__bases__', (list,)))
t('bool', lambda: setattr(K, '__bases__', (bool,)))
print(names(K))
# the class statement's own object base
class L:
    pass
t('object to object', lambda: setattr(L, '__bases__', (object,)))
print(L.__bases__, names(L))
# metaclass-computed mro
class Meta(type):
    def mro(cls):
        return [cls] + [k for k in type.mro(cls)[1:]]
class M(A, metaclass=Meta):
    pass
M.__bases__ = (Mixin,)
print(names(M), M().who())
# in hot loops: isinstance, issubclass, an inherited attribute, super()
class Base1:
    v = 1
    def g(self): return 'Base1.g'
class Base2:
    v = 2
    def g(self): return 'Base2.g'
class Kid(Base1):
    def g(self): return 'Kid>' + super().g()
k = Kid()
seen = []
for i in range(400):
    if i == 200:
        Kid.__bases__ = (Base2,)
    seen.append((isinstance(k, Base1), issubclass(Kid, Base2), Kid.v, k.g()))
print(seen[0], seen[199], seen[200], seen[-1])
print(sum(1 for s in seen if s[0]), sum(s[2] for s in seen))

# Bound/unbound methods, __self__/__func__, method equality, methods stored elsewhere.
class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def __repr__(self): return f'C({self.n})'
a, b = C(1), C(2)
m = a.get
print(m(), m.__self__, m.__func__ is C.get, C.get(b), type(m).__name__, type(C.get).__name__)
print(a.get == a.get, a.get == b.get, a.get is a.get, hash(a.get) == hash(a.get))
getters = [x.get for x in (a, b)]
a.n = 10
print([g() for g in getters])
f = C.get
print(f(a), list(map(C.get, [a, b])))
class D:
    func = len
    lam = lambda self: 'lambda bound'
    @staticmethod
    def st(): return 'static'
d = D()
print(d.lam(), d.st(), D.func([1, 2]))
try:
    d.func()
except TypeError as e:
    print(type(e).__name__, e)
import types
def standalone(self): return f'bound to {self}'
a.bound = types.MethodType(standalone, a)
print(a.bound())
print(a.get.__name__, a.get.__qualname__, C.__init__.__qualname__)
sorted_list = sorted([C(3), C(1), C(2)], key=C.get)
print(sorted_list)
print([].append.__self__ == [], type([].append).__name__, 'x'.upper.__self__)
class WithCall:
    def __call__(self, x): return x * 2
class Host:
    m = WithCall()
print(Host().m(5))

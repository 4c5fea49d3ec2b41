# weakref.proxy (ProxyType, CallableProxyType), WeakMethod and finalize
# (alive, peek, detach, atexit). Objects are collected by del + gc.collect().
import gc
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __len__(self):
        return self.v

    def __add__(self, other):
        return self.v + other

    def __radd__(self, other):
        return other + self.v

    def __lt__(self, other):
        return self.v < other

    def __getitem__(self, i):
        return i * self.v

    def __iter__(self):
        return iter(range(self.v))

    def __repr__(self):
        return f"Num({self.v})"


n = Num(3)
p = weakref.proxy(n, lambda q: print("proxy callback", type(q).__name__))
print(type(p) is weakref.ProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(p.v, p.get(), len(p), p + 1, 1 + p, p < 5, p[4], list(p), str(p), bool(p))
print(p.__class__.__name__, isinstance(p, Num))
p.v = 4
print(n.v, weakref.getweakrefcount(n))
for op in (hash, next):
    try:
        op(p)
    except TypeError as e:
        print("TypeError:", e)
for cls in weakref.ProxyTypes:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
cp = weakref.proxy(len)
print(type(cp).__name__, cp([1, 2, 3]), callable(cp))

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
m = weakref.WeakMethod(n.get)
print(m()(), m() == n.get, isinstance(m, weakref.ref), m == weakref.WeakMethod(n.get))

# Collection: a fresh object that no Python function has been given (Adder
# keeps a returned frame's slots until reused, see weakref.py's _forget).
k = Num(5)
pk = weakref.proxy(k, lambda q: print("proxy callback", type(q).__name__))
mk = weakref.WeakMethod(k.get, lambda r: print("method callback", r() is None))
f = weakref.finalize(k, print, "finalized", 5, sep="-")
print(f.alive, f.atexit, weakref.getweakrefcount(k))
del k
gc.collect()
print(f.alive, f.peek(), f.detach(), f())
try:
    pk.v
except ReferenceError as e:
    print("ReferenceError:", e)
print(mk(), repr(pk).endswith("dead>"))


class Res:
    pass


r = Res()
g = weakref.finalize(r, lambda: "result of g")
print(g(), g(), g.alive)
h = weakref.finalize(r, print, "detached")
print(h.peek()[1:], h.peek()[0] is r)
obj, func, args, kwargs = h.detach()
print(obj is r, func is print, args, kwargs, h.alive, h.detach())
e1 = weakref.finalize(r, print, "at exit 1")
e2 = weakref.finalize(r, print, "at exit 2")
e3 = weakref.finalize(r, print, "not at exit")
e3.atexit = False
print(e1.atexit, e3.atexit, "end of script")

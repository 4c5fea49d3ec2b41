# weakref callbacks, getweakrefcount/getweakrefs, ref sharing and subclassing,
# and weak containers after collection. Adder has no reference counts, so
# each test deletes the last name and calls gc.collect(), after which the
# callbacks have run (CPython ran them at the del).
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def show(tag):
    def cb(r):
        print("callback", tag, r() is None, type(r).__name__)
    return cb


a = Obj("a")
r1 = weakref.ref(a, show(1))
r2 = weakref.ref(a, show(2))
plain = weakref.ref(a)
print(plain is weakref.ref(a), r1 is not r2, weakref.getweakrefcount(a))
print(r1.__callback__ is not None, plain.__callback__)
print(all(isinstance(r, weakref.ref) for r in weakref.getweakrefs(a)), len(weakref.getweakrefs(a)))
del a
gc.collect()  # callbacks: newest first
print(r1(), r1.__callback__, weakref.getweakrefcount(Obj("x")))

# A ref that dies before its referent never calls back.
b = Obj("b")
r3 = weakref.ref(b, show(3))
del r3
gc.collect()
del b
gc.collect()
print("no callback for a dead ref")


# Subclasses of ref carry attributes and their own callbacks.
class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=""):
        return super().__new__(cls, ob, callback)


c = Obj("c")
t = Tagged(c, show("tagged"), tag="T")
print(t.tag, t() is c, type(t).__name__, weakref.getweakrefcount(c))
del c
gc.collect()


# An exception in a callback is reported and ignored.
class Boom:
    def __call__(self, r):
        raise ValueError("from callback")

    def __repr__(self):
        return "<Boom>"


boom = Boom()


d = Obj("d")
rd = weakref.ref(d, boom)
del d
gc.collect()
print("still running")

# Weak containers forget collected entries.
keep = [Obj(i) for i in range(4)]
wv = weakref.WeakValueDictionary((o.name, o) for o in keep)
wk = weakref.WeakKeyDictionary((o, o.name) for o in keep)
ws = weakref.WeakSet(keep)
del keep[1:3]
gc.collect()
print(len(wv), sorted(wv), len(wk), sorted(wk.values()), len(ws), sorted(o.name for o in ws))

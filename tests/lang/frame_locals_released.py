# A frame's locals die with the frame: once a call returns and the last
# reference is gone, the object can be collected (weakref sees it).
import gc
import weakref


class A:
    pass


def g(o):
    x = o
    return None


a = A()
r = weakref.ref(a)
g(a)
del a
gc.collect()
print(r() is None)


def h():
    b = A()
    return weakref.ref(b)


r2 = h()
gc.collect()
print(r2() is None)

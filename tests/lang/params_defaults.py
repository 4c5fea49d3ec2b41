# Default arguments: evaluated once, mutable default pitfalls, introspection.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f.__defaults__[0], len(f.__defaults__))
counter = 0
def default_value():
    global counter
    counter += 1
    return counter
def g(x=default_value()):
    return x
print(g(), g(), counter)
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
def kw(a, *, b=5, c):
    return a, b, c
print(kw(1, c=3), kw.__kwdefaults__)
f.__defaults__ = (100, [])
print(f(0))
def allopt(a=1, b=2, c=3):
    return a + b + c
print(allopt(), allopt(10), allopt(c=0), allopt(1, c=1))
print(f.__code__.co_argcount, f.__code__.co_varnames[:3], f.__name__)

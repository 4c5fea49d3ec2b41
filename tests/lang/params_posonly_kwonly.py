# Positional-only (/) and keyword-only (*) parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /):
    return a
print(h(5))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, 5),
             lambda: h(a=1), lambda: f(1, 2, 3, e=5, g=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
import inspect
print(inspect.signature(f))
print([p.kind.name for p in inspect.signature(f).parameters.values()])
def only_kw(*, a):
    return a
try:
    only_kw(1)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)

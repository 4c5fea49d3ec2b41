# Function and method decorators, stacking order, arguments, functools.wraps.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b=1):
    """Adds."""
    return a + b
print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__(1))
order = []
def tag(name):
    order.append('make ' + name)
    def deco(fn):
        order.append('apply ' + name)
        def w():
            return name + '(' + fn() + ')'
        return w
    return deco
@tag('outer')
@tag('inner')
def base():
    return 'x'
print(base(), order)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'))
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry['two']())
@lambda fn: fn.__name__.upper()
def shout(): pass
print(shout)
decos = [trace]
@decos[0]
def sub(a, b): return a - b
print(sub(5, 3))
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
@functools.lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(80), fib2.cache_info().hits)
class Cls:
    def __repr__(self):
        return "Cls()"
    @trace
    def meth(self, x):
        return x * 2
print(Cls().meth(4))

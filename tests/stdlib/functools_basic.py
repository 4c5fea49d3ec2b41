# functools: reduce, partial, lru_cache/cache, wraps, total_ordering,
# cmp_to_key, singledispatch, singledispatchmethod, cached_property,
# partialmethod.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [], 1), reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
try: reduce(operator.add, [])
except TypeError as e: print(e)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3), p(2, d=9), p.func is f, p.args, p.keywords)
q = partial(p, 7, c=8)
print(q(), q.func is f, q.args, q.keywords)
print(partial(max, 1, key=None), partial(int, base=2)('101'))
p.attr = 3; print(p.attr)
try: partial(1)
except TypeError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
calls = []
@lru_cache(maxsize=2)
def sq(x):
    """Square."""
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info(), calls, sq.__name__, sq.__doc__, sq.__wrapped__.__name__)
print(sq.cache_parameters()); sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache(typed=True)
def ident(x): return x
print(ident(1), ident(1.0), ident.cache_info().currsize)
@lru_cache(maxsize=None)
def kw(a, b=2): return a + b
print(kw(1), kw(1, b=3), kw(a=1), kw.cache_info())
class Cls:
    @lru_cache
    def m(self, x): return x * 2
print(Cls().m(4))
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(5), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(2), sorted(V(x) for x in [3, 1, 2])[0].v)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) >= G(2))
try:
    total_ordering(type('N', (), {}))
except ValueError as e: print(e)
@functools.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
show.register(str, lambda x: 'str')
print(show(1), show([1]), show('s'), show(1.5), show(True), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '', len(show.registry))
class Disp:
    @functools.singledispatchmethod
    def go(self, x): return 'base'
    @go.register
    def _(self, x: int): return 'int'
print(Disp().go(1), Disp().go('a'))
class Lazy:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return 42
z = Lazy(); print(z.val, z.val, z.n, 'val' in z.__dict__)
class PM:
    def add(self, a, b): return a + b
    add5 = functools.partialmethod(add, 5)
print(PM().add5(1))

# __call__ and callable objects.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: 'instance attr'
try:
    ca()
except TypeError as e:
    print('instance __call__ ignored:', type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a):
        return f'constructed {cls.__name__} with {a}'
class K(metaclass=Meta): pass
print(K(1, 2))
import functools
p = functools.partial(Adder(1), 10, scale=2)
print(p(), p(5), p.args, p.keywords)
print(callable(print), callable(len), callable(lambda: 0), callable(type), callable(None))
def gen(): yield
print(callable(gen), callable(gen()))
class Method:
    def m(self):
        return 'bound'
bm = Method().m
print(bm(), callable(bm), bm.__name__)

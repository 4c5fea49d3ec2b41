# *args and **kwargs in definitions and calls.
def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))
print(f())
print(f(1, 2, x=3))
print(f(*range(3), *[9], y=1, **{'z': 2}))
def g(a, b, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(g(1, 2))
print(g(1, 2, 3, 4, key='k', other=1))
print(g(*'ab', **{'key': 1}))
def forward(*a, **k):
    return g(*a, **k)
print(forward(1, 2, 3, x=1))
args = (1,)
print(g(*args, 2, 3))
d = {'b': 20, 'a': 10}
print(g(**d))
def count(*args):
    return len(args), type(args).__name__
print(count(), count(*range(100)))
def kwonly_after_star(*, a, b=2):
    return a, b
print(kwonly_after_star(a=1))
class K:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(f(**K()))
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Lazy:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('x'):
            return f'computed {name}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
l = Lazy()
print(l.real, l.xyz, getattr(l, 'missing', 'default'), hasattr(l, 'nope'), hasattr(l, 'xa'))
try:
    l.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
g = Logged()
g.a = 1
print(g.a)
del g.a
try:
    g.a
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, n, v):
        raise AttributeError(f'cannot set {n}')
f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e, f.x)
class Both:
    def __getattribute__(self, name):
        if name == 'special':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Both().special, Both().other)
class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(WithDir()))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), len(p._t))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(1, 'real'), getattr([], 'nonexistent', None))

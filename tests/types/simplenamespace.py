# types.SimpleNamespace is the type of sys.implementation: repr, equality,
# keyword-only construction, __dict__, pickling, subclassing.
import sys, types
impl = sys.implementation
print(type(impl) is types.SimpleNamespace, type(impl).__name__, type(impl).__module__, type(impl).__qualname__)
print(impl.name in ("adder", "cpython"), type(impl.cache_tag), type(impl.version).__name__, type(impl.hexversion))
print(sorted(k for k in vars(impl)))
ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2))
ns.c = [1]
print(ns, vars(ns))
del ns.a
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError', e)
try:
    types.SimpleNamespace(**{1: 2})
except TypeError as e:
    print('TypeError', e)
class N(types.SimpleNamespace): pass
print(N(x=1))
r = types.SimpleNamespace()
r.self = r
print(r)
import copy, pickle
print(copy.copy(ns), copy.deepcopy(ns))
print(pickle.loads(pickle.dumps(ns)))
print(ns.__reduce__())
try:
    hash(ns)
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace.__doc__[:40])
impl2 = sys.implementation
print(impl2 is impl)
try:
    print(impl.nosuch)
except AttributeError as e:
    print('AttributeError', e)
n = types.SimpleNamespace()
n.__dict__[''] = 1
n.__dict__[5] = 2
n.__dict__['x'] = 3
print(n)
try:
    n.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == 3)
print(types.SimpleNamespace.__new__(types.SimpleNamespace, 1, 2, x=3))
print(types.SimpleNamespace.__hash__, types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__)
class S(types.SimpleNamespace):
    pass
print(S(a=1) == types.SimpleNamespace(a=1), repr(S(b=2)))
s = S()
s.x = s
print(s)
m = types.SimpleNamespace(a=1)
m.__init__(b=2)
print(m)
import time
print(type(time.get_clock_info('monotonic')) is types.SimpleNamespace)

# collections: Counter, namedtuple, ChainMap, UserDict/List/String, collections.abc.
from collections import Counter, namedtuple, ChainMap, UserDict, UserList, UserString, OrderedDict, deque, defaultdict
import collections.abc as cabc
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements()))
c.update('aaz'); c.subtract({'a': 10}); print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5, b=1), Counter(a=3, b=2) & Counter(a=1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(), Counter(a=1) <= Counter(a=2))
P = namedtuple('Point', 'x y', defaults=[0]); p = P(1)
print(p, p.x, p.y, P._fields, P._field_defaults, p._asdict(), p._replace(y=5), P._make([3, 4]), P.__doc__, isinstance(p, tuple))
try: P()
except TypeError as e: print(e)
try: namedtuple('A', 'x def')
except ValueError as e: print(e)
print(namedtuple('R', 'a _b a', rename=True)._fields)
x, y = P(7, 8); print(x, y, P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'c': 4}), cm.parents)
cm['z'] = 0; print(cm.maps[0])
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud, ud.get('q', 5), dict(ud))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], ul + [9], len(ul))
us = UserString('Hello'); print(us.upper(), us + '!', us[1:3], len(us), us.split('l'), us == 'Hello')
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), isinstance(deque(), cabc.MutableSequence), isinstance(iter([]), cabc.Iterator), issubclass(set, cabc.Set))
print(isinstance(ud, cabc.MutableMapping), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
match s:
    case [a, b, c]: print('seq', a, b, c)
class M(cabc.Mapping):
    def __getitem__(self, k):
        if k == 'k': return 1
        raise KeyError(k)
    def __iter__(self): return iter(['k'])
    def __len__(self): return 1
m = M(); print(dict(m), m.get('k'), 'k' in m, list(m.keys()), list(m.items()), m == {'k': 1})
match m:
    case {'k': v}: print('map', v)

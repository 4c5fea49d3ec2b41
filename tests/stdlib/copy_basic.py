# copy: copy and deepcopy of builtins, cycles, __copy__/__deepcopy__, __reduce_ex__.
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
r = [1]; r.append(r); d = copy.deepcopy(r); print(d[1] is d, d[0])
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
p = P([1]); q = copy.copy(p); w = copy.deepcopy(p); print(q, q.x is p.x, w, w.x is p.x)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1; s.b = [2]; s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.b is s.b)
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
print(copy.deepcopy(deque([1, [2]])), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(Counter('aab')))
Pt = namedtuple('Pt', 'x y'); print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt(1, [2])))
print(copy.copy(len) is len, copy.deepcopy(P) is P)

# A full sequence/mapping emulation: __len__, __getitem__ with slices, __setitem__, __delitem__, __missing__.
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __repr__(self): return f'Seq{tuple(self.items)}'
    def __bool__(self): return bool(self.items)
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], s[::-1], bool(s), bool(Seq()))
s[0] = 'a'
del s[1]
s[0:1] = ['x', 'y']
print(s, list(s), 3 in s)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __len__(self): return len(self.d)
    def keys(self): return self.d.keys()
m = Map()
m['a'] = 1
m['b'] = 2
print(m['a'], len(m), dict(m), {**m})
try:
    m['zz']
except KeyError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], 'abc'[Idx(2)], range(10)[Idx(3):Idx(6)], bin(Idx(5)), hex(Idx(255)))
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return 'x'
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'[Seq()]
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc as cabc
print(isinstance(s, cabc.Sized), isinstance(s, cabc.Iterable), isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping))
class LengthHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
import operator
print(operator.length_hint(LengthHint()), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))))

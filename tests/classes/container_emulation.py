# A user-defined ordered set implementing the container protocols together.
class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __contains__(self, x): return x in self._d
    def __reversed__(self): return reversed(list(self._d))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return OrderedSet(list(self._d)[i])
        return list(self._d)[i]
    def add(self, x): self._d[x] = None
    def __or__(self, o): return OrderedSet([*self, *o])
    def __and__(self, o): return OrderedSet(x for x in self if x in o)
    def __sub__(self, o): return OrderedSet(x for x in self if x not in o)
    def __eq__(self, o):
        return isinstance(o, OrderedSet) and list(self) == list(o)
    def __repr__(self): return f'OrderedSet({list(self)!r})'
    def __bool__(self): return bool(self._d)
s = OrderedSet('banana')
print(s, len(s), 'n' in s, 'z' in s, list(reversed(s)), s[0], s[-1], s[1:])
s.add('x')
print(s | OrderedSet('yb'), s & OrderedSet('xab'), s - OrderedSet('a'), s == OrderedSet('bnax'), bool(OrderedSet()))
print(sorted(s), max(s), list(enumerate(s)), dict.fromkeys(s, 0))
a, *rest = s
print(a, rest, [c.upper() for c in s if c != 'a'])

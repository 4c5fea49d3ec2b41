# __iter__/__next__, __getitem__ fallback iteration, __reversed__, __contains__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
    def __reversed__(self):
        return iter(range(1, self.n + 1))
class CountdownIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), list(reversed(c)), sum(c), 2 in c, 5 in c, max(c))
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
g = GetItemSeq()
print(list(g), 20 in g, list(iter(g)), [x for x in g if x])
class Contains:
    def __contains__(self, x):
        print('contains', x)
        return x == 'yes'
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())
class GenIter:
    def __init__(self, data): self.data = data
    def __iter__(self):
        for d in self.data:
            yield d.upper()
print(list(GenIter('abc')), ''.join(GenIter('xy')))
class NotIter: pass
for f in [lambda: iter(NotIter()), lambda: list(5), lambda: next([1]), lambda: reversed(NotIter())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'default'))
a, b, *c = Countdown(5)
print(a, b, c)
print(dict(zip(Countdown(2), 'ab')), list(enumerate(Countdown(2), 1)))
class LenOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
print(list(reversed(LenOnly())))

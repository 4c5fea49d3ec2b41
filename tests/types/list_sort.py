# list.sort stability, key functions, reverse stability, custom ordering.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data))
s = sorted(data, key=lambda t: t[0])
print(sorted(s, key=lambda t: t[1]))
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
from operator import itemgetter, attrgetter
print(sorted(data, key=itemgetter(1, 0)))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return self.n
ps = [P('x', 3), P('y', 1), P('z', 3), P('w', 2)]
print(sorted(ps, key=attrgetter('a')), sorted(ps, key=attrgetter('a'), reverse=True))
words = 'The quick Brown fox jumps over the Lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'Lt(%d)' % self.v
print(sorted([Lt(3), Lt(1), Lt(2)]))
nums = [5, -3, 2, -1, 0]
nums.sort(key=abs)
print(nums)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big))
def mutating_key(x):
    return x
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(0) or x)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([float('nan'), 1.0, 0.5]) is not None)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted('hello'), sorted({'b': 1, 'a': 2}))
print(sorted([], key=len), sorted([1], reverse=True))
try:
    sorted([1, 2], key=lambda x, y: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

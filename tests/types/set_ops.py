# set and frozenset operators and methods (printed sorted).
def show(s):
    return sorted(s) if not isinstance(s, bool) else s
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
print(show(a.union([9], (10,))), show(a.intersection(b, {4})), show(a.difference([1], [2])), show(a.symmetric_difference([1, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(3); s.update([1, 2], 'x'); print(show(map(str, s)))
s.discard('x'); s.discard('nope'); s.remove(1)
try:
    s.remove('nope')
except KeyError as e:
    print(type(e).__name__, e)
print(show(s), len(s), 2 in s)
x = {1, 2, 3}
x |= {4}; x &= {2, 3, 4, 5}; x -= {2}; x ^= {9, 3}
print(show(x))
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2}
c.intersection_update({2, 3}); print(c)
c.difference_update({2}); print(c)
c.symmetric_difference_update({7}); print(c)
f = frozenset([3, 1, 2])
print(show(f), type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print({f: 'frozen key'}[frozenset({1, 2, 3})], f == {1, 2, 3}, set() == frozenset())
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set(), frozenset(), repr({1}), repr(frozenset({1})), set('aab') == {'a', 'b'})
print({1, 1.0, True}, len({0, False, 0.0}), show({x % 4 for x in range(20)}))
print(sorted({'pear', 'apple', 'fig'}), min({4, 2, 8}), sum({1, 2, 3}))
cs = {1, 2}
cp = cs.copy(); cp.add(3); cs.clear()
print(cs, show(cp))

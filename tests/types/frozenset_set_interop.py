# set/frozenset interop: result types, equality, hashing, in-place ops with iterables.
s, f = {1, 2, 3}, frozenset({2, 3, 4})
print(type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__, type(f ^ s).__name__)
print(sorted(s | f), sorted(f & s), s == {1, 2, 3}, f == frozenset([4, 3, 2]), s != f)
s |= f
print(sorted(s))
s -= set(range(3))
print(sorted(s))
try:
    s |= [9]
except TypeError as e:
    print(type(e).__name__, e)
s.update([9], (10,))
print(sorted(s))
print(sorted(frozenset('abc') | set('cd')), frozenset() == set(), frozenset([frozenset()]))
d = {frozenset({1, 2}): 'fs'}
print(d[frozenset({2, 1})])
try:
    d[{1, 2}]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in [frozenset({1, 2})], set() in [frozenset()])

# set/frozenset construction, comprehension, membership of mixed types, sorting for output.
s = {x * x % 10 for x in range(20)}
print(sorted(s), len(s))
words = ['apple', 'Banana', 'cherry', 'apple', 'banana']
print(sorted({w.lower() for w in words}), sorted(set(words)))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
print(1 in {1.0}, 1.0 in {True}, 'a' in {'a', 1}, (1, 2) in {(1, 2)}, frozenset([1]) in {frozenset([1])})
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set('mississippi')), len(set('mississippi')), sorted(frozenset(range(5)) - {0, 4}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(f) for f in nested))
a = set(range(100))
b = set(range(50, 150))
print(len(a & b), len(a | b), len(a ^ b), min(a - b), max(b - a))
empty = set()
print(empty, type({}).__name__, len(empty), bool(empty), set() == frozenset())
fs = frozenset('abc')
print(type(fs.union('d')).__name__, type(fs.copy()).__name__, fs.copy() is fs, sorted(fs.intersection('bcd')))
s2 = {3, 1, 2}
print(sorted(s2, reverse=True), max(s2), sum(s2), list(sorted(s2)) == [1, 2, 3])
print({i for i in range(5)} <= set(range(10)), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)))

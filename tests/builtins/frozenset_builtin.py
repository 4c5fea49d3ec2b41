# frozenset() and set() constructors from various iterables.
print(sorted(frozenset('hello')), sorted(set([3, 1, 3])), sorted(frozenset({'a': 1, 'b': 2})), sorted(set(range(3))))
print(frozenset() is not None, len(frozenset(x % 3 for x in range(10))), set(frozenset([1])) == {1})
fs = frozenset([1, 2])
print(frozenset(fs) == fs, type(frozenset(fs)).__name__)
class SubFS(frozenset): pass
print(type(SubFS([1]) | {2}).__name__, SubFS([1]) == frozenset([1]))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)

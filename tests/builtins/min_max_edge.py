# min/max on equal elements return the first; mixed numeric types; iterables of iterables.
a, b = [1], [1]
print(max(a, b) is a, min(a, b) is a, max([a, b], key=len) is a)
print(max(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
print(max('apple', 'banana', key=len), min(['b', 'a'], default='x'), max([[1, 2], [1, 3], [0, 9]]))
print(max(range(5), key=lambda x: x % 3), min(range(5), key=lambda x: -x), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max(iter([3, 7, 5])), min((x * x for x in [-2, 1, 3])), max('zebra'), min(b'hello'))
try:
    max(1, 2, key=lambda x: x, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, None])
except TypeError as e:
    print(type(e).__name__, e)

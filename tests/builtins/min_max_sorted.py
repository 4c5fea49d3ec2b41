# min, max, sorted with key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'), max([1, 2], [1, 3]))
print(min([], default='empty'), max((), default=None), max([5], default=0))
print(min(['aa', 'b', 'ccc'], key=len), max(['aa', 'b', 'ccc'], key=len), max('ab', 'cd', key=lambda s: s[1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, 'a']), lambda: max([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(1, 2.5, True), min(-1, False), max(float('-inf'), -1e308))
print(sorted([3, 1, 2]), sorted('cba'), sorted((1, 0)), sorted({3: 'c', 1: 'a'}), sorted([3, 1], reverse=True))
print(sorted(['Bb', 'aa', 'Cc'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
print(max(range(10**6)), min(x * x for x in range(-5, 5)))

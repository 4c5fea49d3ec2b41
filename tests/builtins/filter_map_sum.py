# filter, map, sum, len.
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(map(str, range(3))), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(map(int, ['1', '2'])), list(map(len, [[1], 'ab', ()])), list(map(abs, [])))
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print('lazy', type(e).__name__)
try:
    map(5, [1])
    print('map accepts non-callable until called')
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(1001)), sum([], 5))
print(sum([1, 2.5, 3j]), sum((x * x for x in range(4))), sum([True, True, False]), sum([2**64, 2**64]))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum(['a']), lambda: sum(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=100))
print(len('héllo'), len(b'ab'), len([1, 2]), len({'a': 1}), len(set()), len(range(0, 100, 3)), len(()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

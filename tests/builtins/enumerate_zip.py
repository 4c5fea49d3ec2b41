# enumerate, zip (strict), reversed.
print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'done'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*zip('ab', 'cd'))))
print(dict(zip('abc', range(3))), list(zip(range(3), range(10, 13), range(20, 23))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], 'ab', strict=True)))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(type(r).__name__, list(r), list(r))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))

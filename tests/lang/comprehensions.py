# List, set, dict comprehensions and generator expressions.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print(sorted({x % 3 for x in range(10)}))
print({x: x ** 2 for x in range(4)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(list(zip(*[[1, 2], [3, 4]])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in 'hey' if c != 'e'])
print({c: i for i, c in enumerate('banana')})
print([i for i in range(3) for i in 'ab'])
print(list(x for x in [3, 1, 2] if x > 1))
print([(lambda y: y + 1)(x) for x in range(3)])
print(dict((k, len(k)) for k in ['aa', 'b']))
nested = [[1, [2]], [3, [4, 5]]]
print([z for a, b in nested for z in [a, *b]])
print([x for x in range(20) if x > 3 if x < 8 if x != 5])
print(max(len(w) for w in 'the quick brown fox'.split()))
try:
    print([1/x for x in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('lazy', type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

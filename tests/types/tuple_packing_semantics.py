# Tuple packing and unpacking semantics: commas make tuples, parentheses group.
t = 1, 2
print(t, type(t).__name__)
single = 1,
print(single, (1), (1,), ())
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
x = (yield_value := 5),
print(x)
for item in 1, 2, 3:
    print(item, end=' ')
print()
print(len((1, 2, 3)), (1, 2) * 2, (1,) + (2,), 3 in (1, 2, 3))
if (1, 2):
    print('non-empty tuple is true')
d = {(1, 2): 'tuple key'}
print(d[1, 2])
def args(*a):
    return a
print(args(1, 2), args((1, 2)), args(*(1, 2)))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), (1, 2, 3)[::-1])

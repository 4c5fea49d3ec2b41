# Every unpacking form: tuples, lists, starred, nested, in for loops, errors.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *rest = range(5)
print(h, rest)
*init, last = [1, 2, 3]
print(init, last)
first, *mid, end = 'abcdef'
print(first, mid, end)
x, *y = [1]
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for *ab, z in [(1, 2, 3), (4, 5)]:
    print(ab, z)
m = n = o = []
m.append(1)
print(n, o is m)
t = 1, 2, 3
print(t, type(t))
u, = [42]
print(u)
d = {'k1': 1, 'k2': 2}
k1, k2 = d
print(k1, k2)
(v1, v2), = [(7, 8)]
print(v1, v2)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print(obj.a, obj.b)
for bad in [(1, 2, 3), (1,), 5, [1, 2, 3, 4]]:
    try:
        q1, q2 = bad
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    s1, s2, *s3 = [1]
except ValueError as exc:
    print(type(exc).__name__, exc)
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
print(*[1, 2], *'ab', sep='-')
print([*range(2), *(3, 4)], {*'aa', *'b'} == {'a', 'b'})
print({**{'x': 1}, **{'x': 2, 'y': 3}})
def f2(*a, **k):
    return a, k
print(f2(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
try:
    f2(**{'a': 1}, **{'a': 2})
except TypeError as exc:
    print(type(exc).__name__, exc)

# tuples: construction, immutability, methods, comparison, hashing.
t = (1, 'a', 2.5, None, (1, 2))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index('a'))
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index('zz')
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
lt = ([1], 2)
lt[0].append(3)
print(lt)
a, *b = (1, 2, 3)
print(a, b, type(b).__name__)
print(tuple(x * 2 for x in range(3)), max((3, 1, 2)), sorted((3, 1, 2)))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
p = Pt(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Pt._fields, isinstance(p, tuple))
x, y = p
print(x + y, p == (1, 2))
print(repr((1,)), repr(('a',)), str((1, 'b')))

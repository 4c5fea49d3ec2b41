# list slice reads, slice assignment and deletion, extended slices.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:-1], l[::3], l[::-2], l[8:2:-2], l[100:], l[-100:2], l[5:2])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[1:1] = ['ins', 'erted']
print(m)
m[:] = 'xyz'
print(m)
n = list(range(10))
n[::2] = [0] * 5
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
n[::-3] = 'ABCD'
print(n)
del n[::2]
print(n)
del n[1:3]
print(n)
n[len(n):] = [99]
print(n)
p = [1, 2, 3]
p[5:10] = [4]
print(p)
p[-100:1] = [0]
print(p)
q = [1, 2, 3, 4]
q[1:3] = q
print(q)
r = [1, 2, 3]
try:
    r[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
r[0:1] = range(3)
print(r)
s = slice(1, 3)
print(r[s], s.start, s.stop, s.step)
try:
    r[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print(r[Idx()], r[Idx():], r[:Idx()])

# list equality with nested/mutated contents, in-place ops, and methods returning None.
a = [1, [2, 3], {'k': (4,)}]
b = [1, [2, 3], {'k': (4,)}]
print(a == b, a is b, a != b)
b[1].append(9)
print(a == b, a < b)
print([1, 2].sort(), [3].append(1), [1].extend([]), [1].reverse(), [1].clear(), [1].insert(0, 0))
x = [3, 1, 2]
y = sorted(x)
x.sort()
print(x == y, x is y)
l = [1, 2, 3]
l[:] = l[::-1]
print(l)
l.extend(l)
print(l)
l[len(l):] = l[:2]
print(l)
r = [0]
r *= 3
r[1:2] = []
print(r, r * -1, [] * 5)
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
nested = [[]] * 3
nested[0].append(1)
print(nested, nested.count([1]))
print([1, 2, 3].__iadd__([4]), list.__add__([1], [2]))

# Aliasing and copying: shallow vs deep copies, list multiplication, default aliasing.
import copy
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = copy.copy(a)
f = copy.deepcopy(a)
a[0].append('x')
a.append('new')
print(b, c, d, e, f, sep='\n')
print(c[0] is a[0], f[0] is a[0])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [5]
print(x, y)
nested = {'k': [1, {'inner': [2]}]}
deep = copy.deepcopy(nested)
deep['k'][1]['inner'].append(3)
print(nested, deep)
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is r)
class P:
    def __init__(self): self.items = []
p1 = P()
p2 = copy.copy(p1)
p3 = copy.deepcopy(p1)
p1.items.append(1)
print(p2.items, p3.items)
class Custom:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deepcopy'
print(copy.copy(Custom()), copy.deepcopy(Custom()))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))

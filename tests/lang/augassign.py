# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 1; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
class C:
    def __init__(self):
        self.n = 1
c = C()
c.n += 41
print(c.n)
d = {'k': [1]}
d['k'] += [2]
d['k'][0] -= 10
print(d)
calls = []
def idx():
    calls.append('idx')
    return 0
lst = [5]
lst[idx()] += 1
print(lst, calls)
tt = ([1],)
try:
    tt[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tt)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __add__(self, o):
        return 'plain add'
acc = Acc()
acc2 = acc
acc += 1
acc += 2
print(acc.v, acc is acc2)
class NoIadd:
    def __add__(self, o):
        return 'add used'
n = NoIadd()
n += 1
print(n)
z = 'x'
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[1:2] += ['a']
print(m)
m *= 2
print(m)

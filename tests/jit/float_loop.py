# Float-heavy hot loops: accumulation, special values, int/float mixing.
x = 0.0
for i in range(10000):
    x += 0.1
print(x, repr(x))
y = 1.0
for i in range(1100):
    y *= 2.0
print(y)
z = 1.0
for i in range(1100):
    z /= 2.0
print(z)
s = 0
for i in range(1, 2000):
    s += 1 / i
print(s)
m = 0.0
for i in range(500):
    m = m * 0.5 + (i % 7) - 3
print(m)
vals = []
for i in range(300):
    v = (i - 150) / 7
    vals.append(v // 1 + v % 1)
print(vals[:3], vals[-3:], sum(vals))
nan_count = 0
inf = float('inf')
for i in range(400):
    v = inf - inf if i % 100 == 0 else i * 1.0
    if v != v:
        nan_count += 1
print(nan_count)
import math
acc = 0.0
for i in range(1000):
    acc += math.sqrt(i) * math.sin(i)
print(round(acc, 6))
print(sum(i * 0.5 for i in range(1000)), -0.0 * 1, 0.0 * -1)

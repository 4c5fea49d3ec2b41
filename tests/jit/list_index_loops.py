# Indexing hot loops with negative indices, out-of-range at the end, and list resizing.
a = list(range(100))
s = 0
for i in range(-100, 100):
    s += a[i]
print(s)
try:
    for i in range(1000):
        s += a[i]
except IndexError as e:
    print('IndexError at', i, e)
b = []
for i in range(500):
    b.append(i)
    if len(b) > 50:
        del b[0]
print(len(b), b[0], b[-1])
c = [0] * 10
for i in range(1000):
    c[i % 10] += i
    c[-(i % 10) - 1] -= 1
print(c)
m = [[0] * 5 for _ in range(5)]
for i in range(500):
    m[i % 5][(i * 3) % 5] += 1
print(m)
t = tuple(range(50))
acc = 0
for i in range(2000):
    acc += t[i % 50] * t[-1 - i % 50]
print(acc)
st = 'abcdefghij'
cnt = 0
for i in range(1000):
    if st[i % 10] in 'aeiou':
        cnt += 1
print(cnt)

# Exceptions raised and caught inside hot loops, and escaping them.
count = 0
for i in range(1000):
    try:
        if i % 97 == 0:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        count -= int(str(e)) % 3
print(count)
def risky(i):
    return 100 // (i - 700)
total = 0
try:
    for i in range(1000):
        total += risky(i)
except ZeroDivisionError as e:
    print('escaped at', i, type(e).__name__, total)
d = {}
misses = 0
for i in range(800):
    try:
        d[i % 50] += 1
    except KeyError:
        d[i % 50] = 1
        misses += 1
print(misses, d[0], sum(d.values()))
def gen_fail():
    for i in range(500):
        yield i
    raise RuntimeError('end of gen')
s = 0
try:
    for v in gen_fail():
        s += v
except RuntimeError as e:
    print(s, e)
res = []
for i in range(300):
    try:
        res.append([1, 2, 3][i % 5])
    except IndexError:
        res.append(None)
    finally:
        pass
print(res[:6], res.count(None))

# Values that change type on only a few iterations deep inside a hot trace.
def f(x):
    if x % 250 == 249:
        return str(x)
    return x
acc = 0
strs = []
for i in range(1000):
    v = f(i)
    if isinstance(v, str):
        strs.append(v)
    else:
        acc += v
print(acc, strs)
data = list(range(1000))
data[600] = 600.5
data[700] = 2**80
data[800] = -1
s = 0
for v in data:
    s += v
print(s)
lst = [1, 2, 3]
cnt = 0
for i in range(900):
    if i == 450:
        lst = (1, 2, 3, 4)
    if i == 600:
        lst = 'abcde'
    cnt += len(lst)
print(cnt)
attr_obj = type('O', (), {})()
attr_obj.v = 0
for i in range(600):
    if i == 300:
        attr_obj.v = 0.0
    attr_obj.v += 1
print(attr_obj.v)

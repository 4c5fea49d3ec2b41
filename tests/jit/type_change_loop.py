# Loop variables whose types change after the loop is hot (guards must fail and recover).
vals = [1] * 300 + [1.5] * 5 + ['s'] * 3 + [2**70] * 2 + [True, None]
out = []
for v in vals:
    if v is None:
        out.append('none')
    elif isinstance(v, str):
        out.append(v * 2)
    else:
        out.append(v + v)
print(out[0], out[299], out[300:305], out[305:308], out[308:310], out[310:])
acc = 0
for i in range(500):
    acc = acc + (i if i < 400 else i * 0.5)
print(acc)
s = 0
for i, x in enumerate([1, 2.0, 3] * 200):
    s += x
print(s, type(s).__name__)
def poly(a, b):
    return a + b
res = []
for i in range(400):
    res.append(poly(i, i))
res.append(poly('a', 'b'))
res.append(poly([1], [2]))
res.append(poly(1.25, 2))
print(res[-5:], len(res))

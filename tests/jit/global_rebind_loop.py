# Globals and builtins rebound while a loop is hot.
factor = 2
def scale(x):
    return x * factor
out = []
for i in range(600):
    if i == 300:
        factor = 10
    if i == 500:
        globals()['factor'] = -1
    out.append(scale(i))
print(out[299], out[300], out[499], out[500], sum(out))
total = 0
for i in range(400):
    if i == 200:
        len = lambda x: 100
    total += len([1, 2])
del len
print(total, len([1, 2]))
import builtins
orig_abs = builtins.abs
acc = 0
for i in range(-200, 200):
    if i == 0:
        builtins.abs = lambda x: 0
    acc += abs(i)
builtins.abs = orig_abs
print(acc, abs(-3))

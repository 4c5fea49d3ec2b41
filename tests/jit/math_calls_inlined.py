# math functions called from functions a loop inlines, raising now and
# then, with ints, floats and bools, and with objects that have __float__.
import math

def f(x):
    return math.sqrt(x) + math.floor(x / 3)

out = []
for i in range(600):
    x = 500 - i
    try:
        out.append(f(x))
    except ValueError as e:
        if x == -1 or x == -99:
            out.append(str(e))
print(len(out), out[0], out[498], out[499], out[500], out[-1])

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        calls.append(self.v)
        return float(self.v)

calls = []
acc = 0.0
for i in range(400):
    arg = F(i) if i % 100 == 7 else (i if i % 2 else float(i))
    acc += math.fabs(arg) + math.copysign(1, True)
print(acc, calls)

# A loop with a compiled tree of its own, reached again inside an inlined
# call while a recording unrolls it: the interpreter must run it (to be
# recorded), not its tree, and Python code its operators call must not
# end the recording early.


class V:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return V(self.x - o.x)


def closest(points, p):
    best = None
    for q in points:
        d = (q - p).x
        if d < 0:
            d = -d
        if best is None or d < best:
            best = d
    return best


pts = [V(k * k * 1.0) for k in range(1, 9)]
warm = 0.0
for i in range(300):
    warm += closest(pts, V(i * 0.25))   # closest's loop gets its tree first


def scan(n):
    total = 0.0
    best = None
    for i in range(n):
        d = closest(pts, V(i * 0.5))
        total += d
        if best is None or d > best:
            best = d
    return total, best


print(warm)
print(scan(500))
print(scan(7))

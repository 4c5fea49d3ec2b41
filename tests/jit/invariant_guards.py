# Loops whose invariant guards (a global's dict version, a class's version,
# an invariant object's class and layout, an iterator's list) are checked
# once before the loop: the values they guard change between runs of the
# loop, between iterations of an outer loop whose bridge links back into
# the inner loop, and while the loop runs (from a call the trace cannot
# inline, so the guards stay in the loop).
import math

scale = 2


def scaled(n):
    tot = 0
    for i in range(n):
        tot += i * scale
    return tot


print(scaled(300))
scale = 3
print(scaled(300))
scale = 2.5
print(scaled(300))
del scale
try:
    scaled(300)
except NameError as e:
    print("NameError", e)
scale = 1


step = 1


def outer(rounds):
    # The outer iteration, a bridge from the inner loop's exit, changes
    # the global (and so the dict's version) the inner loop reads, then
    # links back into the inner loop, whose hoisted guard fails.
    global step
    tot = 0
    for r in range(rounds):
        for i in range(150):
            tot += step + i
        if r % 4 == 3:
            step = step + 1
        if r == 25:
            step = 0.5
    return tot


print(outer(40), step)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x, y):
        self.y = y
        self.x = x


def dist(p, pts):
    tot = 0.0
    for q in pts:
        dx = p.x - q.x
        dy = p.y - q.y
        tot += math.sqrt(dx * dx + dy * dy)
    return tot


pts = [P(float(i), float(i % 7)) for i in range(200)]
origin = P(1.0, 2.0)
print("%.6f" % dist(origin, pts))
origin.z = 3.0
print("%.6f" % dist(origin, pts))
origin.__class__ = Q
print("%.6f" % dist(origin, pts))
origin = Q(1.0, 2.0)
print("%.6f" % dist(origin, pts))
math.sqrt = lambda v: v
print("%.6f" % dist(origin, pts))


def walk(rows):
    tot = 0
    for row in rows:
        for v in row:
            tot += v
        row.append(1)
    return tot


rows = [list(range(60)) for _ in range(12)]
print(walk(rows), walk(rows))


def spin(flags):
    n = 0
    while flags[0] < 200:
        flags[0] += 1
        n += 1
    return n


print(spin([0]), spin([150]))

# A loop whose guards on a global's dict version, a class's version and
# an invariant object's layout run once, before LOOP (ir.Hoist).
class Point:
    def __init__(self, x):
        self.x = x


scale = 3
p = Point(2)


def f(n):
    s = 0
    for i in range(n):
        s += p.x * scale + i
    return s


print(f(50))

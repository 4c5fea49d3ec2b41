# bench: quick=5000 full=500000
"""Float: many small objects with __slots__ and math functions.

Creates sys.argv[1] points on a twisted curve (math.sin, math.cos,
math.sqrt), normalizes them, rotates them, and reduces them to a component
maximum and a centroid. Results are printed with "%.6f", coarse enough that
last-bit differences between libm implementations do not show.
"""
import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    @classmethod
    def on_curve(cls, i):
        t = i * 0.001
        x = math.sin(t) * (1.0 + 0.5 * math.cos(3.0 * t))
        return cls(x, math.cos(t) * 3.0, x * x / 2.0 + math.sin(5.0 * t))

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        n = self.norm()
        self.x /= n
        self.y /= n
        self.z /= n

    def rotate_z(self, cos_a, sin_a):
        x, y = self.x, self.y
        self.x = x * cos_a - y * sin_a
        self.y = x * sin_a + y * cos_a

    def maximize(self, other):
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self


def main():
    n = int(sys.argv[1])
    points = [Point.on_curve(i) for i in range(n)]
    cos_a = math.cos(0.25)
    sin_a = math.sin(0.25)
    for p in points:
        p.normalize()
        p.rotate_z(cos_a, sin_a)
    top = Point(-math.inf, -math.inf, -math.inf)
    center = Point(0.0, 0.0, 0.0)
    for p in points:
        top.maximize(p)
        center.x += p.x
        center.y += p.y
        center.z += p.z
    print("max %.6f %.6f %.6f" % (top.x, top.y, top.z))
    print("mean %.6f %.6f %.6f" % (center.x / n, center.y / n, center.z / n))
    print("spread %.6f" % Point(top.x - center.x / n, top.y - center.y / n,
                                top.z - center.z / n).norm())


main()

# bench: quick=8000 full=400000
"""Chaos game: random iteration of affine maps draws an IFS fractal.

Points are a small Vector class with operator overloading; each step picks
one of the Barnsley-fern maps with a seeded random.random() and applies it.
The visited points are binned on a grid. sys.argv[1] is the number of
iterations. Only + and * are used on floats, so every Python with IEEE
doubles computes the same points. Prints grid statistics.
"""
import random
import sys

GRID = 64


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__


class AffineMap:
    """p -> column_x * p.x + column_y * p.y + shift."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.column_x = Vector(a, c)
        self.column_y = Vector(b, d)
        self.shift = Vector(e, f)
        self.weight = weight

    def __call__(self, p):
        return self.column_x * p.x + p.y * self.column_y + self.shift


FERN = [
    AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


class ChaosGame:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = random.Random(seed)
        self.thresholds = []
        total = 0.0
        for m in maps:
            total += m.weight
            self.thresholds.append(total)

    def pick(self):
        r = self.rng.random() * self.thresholds[-1]
        for m, t in zip(self.maps, self.thresholds):
            if r < t:
                return m
        return self.maps[-1]

    def run(self, steps, low, high):
        span = high - low
        counts = {}
        p = Vector(0.0, 0.0)
        for _ in range(steps):
            p = self.pick()(p)
            q = p - low
            cell = (int(q.x / span.x * GRID), int(q.y / span.y * GRID))
            counts[cell] = counts.get(cell, 0) + 1
        return counts, p


def main():
    steps = int(sys.argv[1])
    game = ChaosGame(FERN, 1234)
    counts, last = game.run(steps, Vector(-2.75, 0.0), Vector(2.75, 10.0))
    cells = sorted(counts.items())
    weighted = 0
    for (cx, cy), n in cells:
        weighted += (cx * GRID + cy) * n
    busiest = max(cells, key=lambda item: (item[1], item[0]))
    print("cells %d weighted %d" % (len(cells), weighted))
    print("busiest %s %d" % (busiest[0], busiest[1]))
    print("last %.6f %.6f" % (last.x, last.y))


main()

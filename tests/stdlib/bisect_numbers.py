# bisect on lists of ints and of floats (searched without running Python
# comparisons), and on lists mixing them with other numbers, NaN, and
# objects whose __lt__ runs Python code; lo and hi bounds; insort.
import bisect
from fractions import Fraction

floats = [i * 0.25 for i in range(-20, 21)]
ints = list(range(-50, 50, 3))
for xs, probes in ((floats, [-6.0, -5.0, -0.1, 0.0, 0.25, 0.3, 4.99, 5.0, 9.0, float("inf"), float("-inf")]),
                   (ints, [-100, -50, -49, 0, 1, 2, 46, 47, 48, 100, 2**70, -2**70])):
    for x in probes:
        print(x, bisect.bisect_left(xs, x), bisect.bisect_right(xs, x),
              bisect.bisect(xs, x, 3), bisect.bisect_left(xs, x, 2, 10), bisect.bisect_right(xs, x, hi=5))

# Mixed kinds: the general comparison takes over where the fast one stops.
mixed = [-3, -2.5, 0, Fraction(1, 3), 0.5, 1, True, 2.0, 3, 10**20]
for x in (-3, -2.75, 0, 0.0, Fraction(1, 3), 0.4, 1, 1.0, 2, 2.5, 10**20, 1e30):
    print(x, bisect.bisect_left(mixed, x), bisect.bisect_right(mixed, x))
print(bisect.bisect_left(floats, 1), bisect.bisect_right(floats, 1), bisect.bisect_left(ints, 4.5))

nan = float("nan")
print(bisect.bisect_left(floats, nan), bisect.bisect_right(floats, nan))
withnan = [0.0, 1.0, nan, 3.0, 4.0]
print(bisect.bisect_left(withnan, 3.5), bisect.bisect_right(withnan, 0.5), bisect.bisect_right(withnan, nan))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        o = other.v if isinstance(other, Loud) else other
        print("lt", self.v, o)
        return self.v < o

    def __gt__(self, other):
        print("gt", self.v, other)
        return self.v > other


objs = [1.0, 2.0, Loud(3.0), 4.0, 5.0, 6.0, 7.0]
print(bisect.bisect_right(objs, 2.5), bisect.bisect_left(objs, 6.5))

xs = []
for v in (5, 1, 4, 1.0, 3, 2.5, -1, 1):
    bisect.insort(xs, v)
print(xs)
bisect.insort_left(xs, 1.0)
print(xs, [type(v).__name__ for v in xs])
try:
    bisect.bisect(floats, "a")
except TypeError as e:
    print("TypeError", e)
try:
    bisect.bisect(floats, 1.0, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect(floats, 1.0, 0, 100)
except IndexError as e:
    print("IndexError", e)
print(bisect.bisect(floats, 1.0, 0, 30), bisect.bisect_left(ints, 3, 40, 10))
print(bisect.bisect(floats, 1.0, key=lambda v: -v), bisect.bisect([(1, 2), (3, 4)], (3,)))

# namedtuple and typing.NamedTuple behaviour.
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple('Point', ['x', 'y'], defaults=[0])
p = Point(1)
print(p, p.x, p.y, p._fields, p._field_defaults, Point._make([3, 4]), p._replace(y=9))
print(p + (5,), p * 2, len(p), list(p), p == (1, 0), hash(p) == hash((1, 0)))
x, y = p
print(x, y, Point(*range(2)), Point(y=2, x=1))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', ['a', 'a'])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', ['class'])
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple('R', 'a b class', rename=True)
print(R._fields)
class Emp(NamedTuple):
    name: str
    salary: int = 100
    def raise_(self, n):
        return self._replace(salary=self.salary + n)
e = Emp('ann')
print(e, e.raise_(5), Emp._fields, Emp.__annotations__, isinstance(e, tuple))
class P3(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm(), P3(3, 4))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))

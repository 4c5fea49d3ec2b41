# Rich comparison dunders, reflection, total_ordering.
import functools
class C:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'C({self.v})'
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return self.v < o.v if isinstance(o, C) else NotImplemented
    __hash__ = None
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2), C(2) > C(1))
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(C(1) == 5, 5 == C(1))
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1), sorted([T(3), T(1)], key=lambda t: t.v)[0].v)
class Sub(C):
    def __eq__(self, o):
        print('Sub eq first')
        return 'sub result'
print(C(1) == Sub(1))
class Default: pass
d = Default()
print(d == d, d != d, d == Default())
try:
    d < d
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() != 5, OnlyEq() == 'anything')
class Weird:
    def __eq__(self, o): return 'truthy string'
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1])
print(max([C(3), C(7), C(5)], key=lambda c: c.v), min(T(5), T(2)).v)

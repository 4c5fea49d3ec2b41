# __hash__/__eq__ rules: defining __eq__ disables hashing, explicit __hash__, dict/set use.
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p}, Plain.__hash__ is object.__hash__)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'P({self.x},{self.y})'
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): 'origin'}[Point(0, 0)])
class Inherit(Point): pass
print(hash(Inherit(1, 2)) == hash(Point(1, 2)))
class EqOverride(Point):
    def __eq__(self, o): return False
try:
    hash(EqOverride(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
d = {Collide(i): i for i in range(50)}
print(len(d), d[Collide(33)])
class Always:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a = Always()
print(a in [1, 2], [1, 2].count(a), [1, 2].index(a))
class Mut:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
m = Mut()
st = {m}
m.h = 2
print(m in st, len(st))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5) == hash(0.5))

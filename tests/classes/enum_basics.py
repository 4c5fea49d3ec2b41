# enum.Enum, IntEnum, Flag, auto, iteration and lookup.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED), sorted(Color.__members__))
class Prio(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio(1), int(Prio.HIGH), sorted([Prio.HIGH, Prio.LOW]))
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, Perm.R.value, Perm.X.value, bool(Perm(0)))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto])
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def g(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.value)
@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Sh(str, enum.Enum):
    X = 'x'
print(Sh.X == 'x', Sh.X.upper(), f'{Sh.X.value}')

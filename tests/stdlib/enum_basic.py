# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, the
# functional API, reprs and errors.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|")
print(list(Color), len(Color), list(Color.__members__), list(reversed(Color)))
print(Color.CRIMSON is Color.RED, Color(1), Color["GREEN"], Color.RED.describe(), Color.favourite())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), repr(Color))
print(Color.RED.name, Color.RED.value, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color.__members__.items())[:2])
show(Color, 7)
show(lambda: Color["NOPE"])
show(lambda: Color.RED < Color.BLUE)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bigger(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto))


class Lower(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(list(Lower), Lower.ALPHA == "alpha", str(Lower.ALPHA), f"{Lower.BETA}", Lower("b"))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(repr(Num.ONE), str(Num.ONE), format(Num.TWO), f"{Num.TWO:03d}", Num.ONE + 1, Num.TWO * 2, Num.ONE < Num.TWO)
print(Num(2), Num.ONE == 1, sorted([Num.TWO, Num.ONE]), int(Num.TWO), [1, 2, 3][Num.ONE])


class Mixed(int, Enum):
    X = 5


print(repr(Mixed.X), str(Mixed.X), f"{Mixed.X}", Mixed.X + 1)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.label, Coord(1), Coord.PX.value)


class WithMissing(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
        return None


print(WithMissing("A"))
show(WithMissing, "b")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)


class Order(Enum):
    _order_ = "X Y"
    X = 1
    Y = 2


try:
    class BadOrder(Enum):
        _order_ = "Y X"
        X = 1
        Y = 2
except TypeError as e:
    print("TypeError", e)


class Ign(Enum):
    _ignore_ = "tmp"
    tmp = 5
    A = 1


print(list(Ign))

# functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__)
print(list(Enum("Pairs", [("a", 5), ("b", 6)])), list(Enum("Map", {"q": "z"})))
print(list(Enum("Comma", "X, Y", start=10)), list(IntEnum("Nums", "ONE TWO")))
print(list(Enum("Str", ["p", "q"])), Enum("Q", "a b", qualname="Outer.Q").__qualname__)

# Flag and IntFlag


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), len(rw), bool(Perm.NONE), Perm.R in rw, Perm.X in rw)
print(repr(Perm(0)), str(Perm(0)), repr(Perm.RWX), list(Perm), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(6)), Perm(6) is rw, repr(Perm.NONE), list(Perm.__members__))
show(Perm, 8)
show(lambda: Perm.R | 1)


class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()


print(list(AutoFlag), repr(AutoFlag.A | AutoFlag.C))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(repr(Bits.A | Bits.B), str(Bits.A | Bits.B), repr(Bits.A | 8), repr(Bits(8)), repr(~Bits.A))
print(Bits.A + 1, Bits.A | 2, repr(Bits.C & 5), isinstance(Bits.A | 2, Bits), repr(Bits(-1)), f"{Bits.B}")


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 4


print(repr(Conform(7)), repr(~Conform.A))


class Keep(Flag, boundary=enum.KEEP):
    A = 1


print(repr(Keep(5)), str(Keep(5)))
print(repr(enum.STRICT), enum.FlagBoundary.KEEP, type(enum.EnumMeta).__name__, enum.EnumType is enum.EnumMeta)
print(enum.show_flag_values(13), repr(enum.auto()))

# members may be named name and value


class Fields(Enum):
    name = 1
    value = 2


print(Fields.name, Fields.value, Fields.name.name, Fields.value.value)


class Pt(Enum):
    A = 1
    B = 2

    @enum.property
    def doubled(self):
        return self.value * 2


print(Pt.B.doubled)
show(lambda: Pt.doubled)

print(enum.verify(enum.UNIQUE)(Animal) is Animal)
try:
    @enum.verify(enum.CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError", e)
print(enum.member(3).value, enum.nonmember(4).value)


class MemberOpts(Enum):
    A = 1
    B = enum.nonmember(2)

    @enum.member
    def C(self):
        pass


print(list(MemberOpts.__members__), MemberOpts.B)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)

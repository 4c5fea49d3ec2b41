# dataclasses: generated methods, every decorator option, field(), helpers
# and errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=5))
show(Point)
show(Point, 1, 2, 3, 4)
show(Point, 1, z=2)
match p:
    case Point(a, b):
        print("matched", a, b)
f0 = fields(Point)[0]
print(f0.name, f0.type, f0.default is dataclasses.MISSING, f0.init, f0.repr, f0.hash, f0.compare, f0.kw_only, dict(f0.metadata))
print(repr(fields(Point)[2].default_factory), dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")))
try:
    v1.major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print(type(e).__name__, e)
show(lambda: v1 < (1, 2))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Hashy(1)) == hash((1,)), Hashy(1) == Hashy(1))


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass(init=False, repr=False)
class Manual:
    a: int = 1

    def __init__(self):
        self.a = 42


print(Manual().a, "Manual object" in repr(Manual()))


@dataclass
class Post:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


print(Post(3), Post(3, 10), [f.name for f in fields(Post)], replace(Post(1), a=4, scale=3))
show(replace, Post(1), b=3)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW.__match_args__)
show(KW, 1)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(kw_only=False, default=5)


print(Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__init__.__name__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError")


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(tree, dict_factory=lambda items: sorted(items)))

loop = Node(0)
loop.children.append(loop)
print(loop)

# errors at class creation
for body in [
    "@dataclass\nclass A:\n    a: list = []",
    "@dataclass\nclass A:\n    a: int = 1\n    b: int",
    "@dataclass\nclass A:\n    a = field()",
    "@dataclass(order=True, eq=False)\nclass A:\n    a: int",
    "@dataclass(order=True)\nclass A:\n    a: int\n    def __lt__(self, o): return True",
    "@dataclass(unsafe_hash=True)\nclass A:\n    a: int\n    def __hash__(self): return 1",
    "@dataclass(frozen=True)\nclass A:\n    a: int\n@dataclass\nclass B(A):\n    b: int = 0",
    "@dataclass\nclass A:\n    a: int\n@dataclass(frozen=True)\nclass B(A):\n    b: int = 0",
    "field(default=1, default_factory=list)",
    "@dataclass(weakref_slot=True)\nclass A:\n    a: int",
]:
    try:
        exec(body, {"dataclass": dataclass, "field": field})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(fields, 3)
show(asdict, Point)
show(astuple, 3)
show(replace, 3)

# make_dataclass
C = dataclasses.make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))],
                               namespace={"total": lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(c, c.total(), C.__name__, [f.type for f in fields(C)])
show(dataclasses.make_dataclass, "D", ["a", "a"])
show(dataclasses.make_dataclass, "D", ["class"])
show(dataclasses.make_dataclass, "D", [("a", int, 1, 2)])
F = dataclasses.make_dataclass("F", [("x", int)], frozen=True, order=True)
print(F(1) < F(2), hash(F(1)) == hash((1,)))

print(repr(dataclasses.InitVar[int]), repr(dataclasses.InitVar[list]))
fld = field(default=3, metadata={"unit": "m"}, repr=False)
print(fld.metadata["unit"], fld.repr, fld.default)


@dataclass
class WithClassVar:
    a: int
    count: "dataclasses.InitVar[int]" = 0


print([f.name for f in fields(WithClassVar)], WithClassVar(1, 5))


@dataclass
class SelfField:
    self: int


print(SelfField(3))

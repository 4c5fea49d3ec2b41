# dataclass features: defaults, field options, inheritance, slots, kw_only, comparisons.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, is_dataclass
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    tags: list = field(default_factory=list, repr=False, compare=False)
c = Child(1, 2)
print(c, c == Child(1, 2, tags=['t']), [f.name for f in fields(c)], is_dataclass(c), is_dataclass(Child))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
print(Mixed(1, b=2))
@dataclass(slots=True)
class S:
    v: int
s = S(1)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(S.__slots__)
@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
print(WithInitVar(3, 4))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), {H(1), H(1)} == {H(1)})
@dataclass
class Mutable:
    a: list = field(default_factory=lambda: [1])
print(Mutable().a is not Mutable().a)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(order=True)
class O:
    p: int
    q: str = field(compare=False, default='')
print(sorted([O(2, 'b'), O(1, 'z'), O(2, 'a')]))

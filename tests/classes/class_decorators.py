# Class decorators and dataclasses.
def add_greet(cls):
    cls.greet = lambda self: f'hi from {type(self).__name__}'
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
@add_greet
class A: pass
print(A().greet(), reg)
def replace(cls):
    return 'replaced'
@replace
class B: pass
print(B)
from dataclasses import dataclass, field, asdict, astuple, replace as dc_replace, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, n): return self.price * n
i = Item('pen', 1.5)
print(i, i.total(4), i == Item('pen', 1.5), asdict(i), astuple(i), dc_replace(i, price=2))
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1)) == hash(Ver(1)))
try:
    Ver(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
import functools
@functools.total_ordering
@dataclass
class Both:
    v: int
    def __lt__(self, o): return self.v < o.v
print(Both(1) >= Both(0))

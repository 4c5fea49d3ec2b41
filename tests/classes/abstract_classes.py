# abc.ABC, abstractmethod, register, __subclasshook__.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name} with area {self.area()}'
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
class Virtual: pass
Shape.register(Virtual)
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape))
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('x', HasLen))
import collections.abc as cabc
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), list(m.keys()), list(m.items()), 'a' in m, m == {'a': 1, 'b': 2})
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return 'xyz'[i]
    def __len__(self): return 3
s = MySeq()
print(list(s), s.index('y'), s.count('z'), list(reversed(s)), 'x' in s)

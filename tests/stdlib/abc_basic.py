# abc: ABC, abstractmethod, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    def g(self): return 1
print(Base.__abstractmethods__)
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def f(self): return 2
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))
class Other: pass
print(isinstance(Other(), Base)); Base.register(Other); print(isinstance(Other(), Base), issubclass(Other, Base))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), isinstance(1, Hooked), type(Base), Base.__subclasses__())

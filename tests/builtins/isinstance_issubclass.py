# isinstance/issubclass with tuples, unions, ABCs, __instancecheck__.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance(1, int | str), isinstance(None, type(None) | int), isinstance([], list | None))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
for bad in [lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, [int]), lambda: isinstance(1, (int, 5))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(str, Magic), issubclass(int, Magic))
import collections.abc as abc
print(isinstance([], abc.Iterable), isinstance(5, abc.Iterable), isinstance({}, abc.MutableMapping), issubclass(tuple, abc.Hashable), issubclass(list, abc.Hashable))
print(isinstance(len, type(print)), isinstance(int, type), type(int) is type)
print(isinstance(1.0, float), isinstance(1, float), isinstance(1j, complex), isinstance(b'', bytes), isinstance(bytearray(), bytes))
print(type(1) == int, type(True) == int, type(True) is bool)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), B.__subclasscheck__(B) if hasattr(B, '__subclasscheck__') else 'n/a')
import typing
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], typing.List))

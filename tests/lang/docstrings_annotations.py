# Docstrings and annotations.
"""Module docstring."""
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    """Function docstring."""
    return True
print(__doc__)
print(f.__doc__, sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
class C:
    """Class docstring."""
    attr: int
    other: str = 'set'
    def m(self):
        'method doc'
print(C.__doc__, C.m.__doc__, C.__annotations__, C.other, hasattr(C, 'attr'))
def nodoc():
    x = 'not a docstring'
    return x
print(nodoc.__doc__)
x: int = 5
y: list
print(x, __annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
def g():
    z: int = 3
    w: str
    return z
print(g(), g.__annotations__)
import typing
print(typing.get_type_hints(f)['a'])
f.__doc__ = 'changed'
print(f.__doc__)

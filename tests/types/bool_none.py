# bool and None, NotImplemented, Ellipsis singletons.
print(True, False, bool(), bool(1), bool('x'), bool([]), True is bool(5))
print(type(True).__mro__[1].__name__, True + 1, str(True), repr(False), int(False))
print(True and 'x', False or 'y', True & True, True | False, True ^ False)
print(isinstance(False, int), issubclass(bool, int), bool.__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(None, repr(None), type(None).__name__, bool(None), None is None)
NoneType = type(None)
print(NoneType() is None)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, repr(Ellipsis), ..., ... is Ellipsis)
print(type(...).__name__, type(...)() is ...)
print((1).__add__('a'), (1).__eq__('a'), 'a'.__lt__(1))
print(True.real, True.imag, (True).bit_length(), -True, ~False)
print(hash(True), hash(False), hash(None) == hash(None))
print(sorted([True, False, 2, -1, 0.5]))
print(f'{True:d}', f'{True}', format(False, '^7'), '%s %d' % (True, True))
x = None
print(x or 'default', x if x is not None else 'none', [None] * 2)

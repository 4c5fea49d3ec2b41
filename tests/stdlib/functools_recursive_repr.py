# functools.recursive_repr and the names CPython's functools imports.
import functools
from types import GenericAlias
from _thread import RLock
print(functools.recursive_repr.__name__)
class L(list):
    @functools.recursive_repr()
    def __repr__(self): return '<' + '|'.join(map(repr, self)) + '>'
x = L([1]); x.append(x); print(repr(x))
class M(list):
    @functools.recursive_repr('!!')
    def __repr__(self):
        """doc"""
        return 'M(' + ', '.join(map(repr, self)) + ')'
y = M([1]); y.append(y); print(repr(y), M.__repr__.__name__, M.__repr__.__doc__, M.__repr__.__qualname__)
print(functools.GenericAlias is GenericAlias, functools.RLock is RLock)
# Recursion is tracked per object and thread: other objects still repr.
a, b = L([1]), L([2])
a.append(b)
b.append(a)
print(repr(a), repr(b))

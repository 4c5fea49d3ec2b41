"""Shallow and deep copy operations.

copy(x) and deepcopy(x, memo) handle the atomic and container built-ins
directly (deepcopy's walk of the containers is Go, in _copy) and
everything else through __copy__/__deepcopy__, the copyreg dispatch
table, or the __reduce_ex__(4) protocol. deepcopy's memo maps
id(original) to its copy, so shared and cyclic structures are preserved.
"""

from copyreg import dispatch_table, __newobj__ as _newobj
from _copy import make_deepcopy as _make_deepcopy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatibility



class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
del _Probe

# Types whose instances are immutable and hold no mutable parts: both
# copies return the object itself.
_atomic = {type(None), int, float, bool, complex, str, bytes, type(Ellipsis),
           type(NotImplemented), range, _BuiltinFunctionType, _FunctionType,
           property, type}
# Immutable containers: a shallow copy is the object itself.
_immutable = _atomic | {tuple, frozenset, slice}
_shallow_copiers = {list: list.copy, dict: dict.copy, set: set.copy,
                    bytearray: bytearray.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable:
        return x
    copier = _shallow_copiers.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {_MethodType: _deepcopy_method}


# deepcopy(x, memo=None), _reduce(x) and _reconstruct(x, memo, *rv) are
# Go (_copy). deepcopy: an atomic object is its own copy and never in the
# memo (CPython 3.13 tests for these before the memo too); otherwise the
# memo is consulted, then list, tuple, dict, set and frozenset are copied
# natively; anything else by its copier in _deep_copiers, as itself when a
# class, by __deepcopy__, or rebuilt by _reconstruct from _reduce(x):
# copyreg's dispatch table, then __reduce_ex__(4), then __reduce__ (Error
# when there is none). _reconstruct is CPython's, except that it calls
# cls.__new__(cls, *args) itself for copyreg.__newobj__.
deepcopy, _reduce, _reconstruct = _make_deepcopy(
    _atomic, dispatch_table, _deep_copiers, _newobj, Error)

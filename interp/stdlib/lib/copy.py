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


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    # The usual args, (cls,), is its own copy.
    if deep and args and not (type(args) is tuple and len(args) == 1 and type(args[0]) in _atomic):
        # Each argument is copied, not args itself (which may be any
        # iterable); a loop, as a comprehension makes a function per call.
        copied = []
        for a in args:
            copied.append(deepcopy(a, memo))
        args = copied
    if func is _newobj and args:
        # What copyreg.__newobj__ does, without its call (when it is still
        # the function __reduce_ex__ returns: copyreg's own).
        y = args[0].__new__(*args)
    else:
        y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# deepcopy(x, memo=None) and _reduce(x) are Go (_copy). deepcopy: an
# atomic object is its own copy and never in the memo (CPython 3.13 tests
# for these before the memo too); otherwise the memo is consulted, then
# list, tuple, dict, set and frozenset are copied natively; anything else
# by its copier in _deep_copiers, as itself when a class, by __deepcopy__,
# or rebuilt by _reconstruct from _reduce(x): copyreg's dispatch table,
# then __reduce_ex__(4), then __reduce__ (Error when there is none).
deepcopy, _reduce = _make_deepcopy(_atomic, dispatch_table, _deep_copiers,
                                   _reconstruct, Error)

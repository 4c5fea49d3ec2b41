"""Shallow and deep copy operations.

copy(x) and deepcopy(x, memo) handle the atomic and container built-ins
directly and everything else through __copy__/__deepcopy__, the copyreg
dispatch table, or the __reduce_ex__(4) protocol. deepcopy's memo maps
id(original) to its copy, so shared and cyclic structures are preserved.
"""

from copyreg import dispatch_table, __newobj__ as _newobj

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
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(shallow)copyable object of type %s" % cls)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        # Never in memo: an atomic object is its own copy (CPython 3.13
        # tests for these before the memo too).
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # Keep x alive as long as memo (ids may be reused once x dies);
        # inline, as this runs for every copied object.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    # The atomic test inline saves a call of deepcopy per atomic item.
    for a in x:
        append(a if type(a) in _atomic else deepcopy(a, memo))
    return y


def _deepcopy_items(x, memo):
    """A list of deep copies of the items of x (a loop, not a
    comprehension, which would make a function object per call)."""
    y = []
    for a in x:
        y.append(a if type(a) in _atomic else deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, _nil=[]):
    y = _deepcopy_items(x, memo)
    # A cycle through x may have copied it already.
    z = memo.get(id(x), _nil)
    if z is not _nil:
        return z
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        # The value first, as y[deepcopy(key)] = deepcopy(value) runs.
        if type(value) not in _atomic:
            value = deepcopy(value, memo)
        y[key if type(key) in _atomic else deepcopy(key, memo)] = value
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {list: _deepcopy_list, tuple: _deepcopy_tuple,
                 dict: _deepcopy_dict, _MethodType: _deepcopy_method}


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    # The usual args, (cls,), is its own copy.
    if deep and args and not (type(args) is tuple and len(args) == 1 and type(args[0]) in _atomic):
        args = tuple(_deepcopy_items(args, memo))
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

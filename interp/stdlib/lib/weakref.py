"""Weak references and the tools built on them.

ref, getweakrefcount and getweakrefs come from _weakref (Go). This module
adds proxy (ProxyType, CallableProxyType), WeakMethod, finalize and the
weak containers WeakValueDictionary, WeakKeyDictionary and WeakSet.

Adder has no reference counts: an object is collected, and its callbacks
run, at gc.collect() (or a later collection) rather than at `del x`. The
containers drop dead entries whenever they are used, so after
gc.collect() they look as CPython's do after the del.
"""

import sys
import itertools
import atexit as _atexit
import operator as _operator
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# _forget: functions that take the referent delete their local names for it
# before returning. Adder reuses a returned frame's slots without clearing
# them until a later call overwrites them, so a local would keep the
# referent alive past del x; gc.collect().


def _referent(p):
    o = object.__getattribute__(p, "_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap(x):
    if isinstance(x, ProxyTypes):
        return _referent(x)
    return x


class ProxyType:
    """A proxy: it forwards every operation to its referent while that
    lives, and raises ReferenceError after."""

    __slots__ = ("_ref", "__weakref__")

    def __new__(cls, *args, **kw):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()  # None once dead, as CPython shows
        return f"<weakproxy at {id(self):#x}; to '{type(o).__name__}' at {id(o):#x}>"

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        o = _referent(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError(f"Weakref proxy referenced a non-iterator '{type(o).__name__}' object")
        return next(o)

    def __reversed__(self):
        return reversed(_referent(self))

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __contains__(self, item):
        return item in _referent(self)

    def __index__(self):
        return _operator.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))


def _forward(op, reflected=False):
    if reflected:
        return lambda self, other: op(_unwrap(other), _referent(self))
    return lambda self, other: op(_referent(self), _unwrap(other))


for _name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
              "pow", "lshift", "rshift", "and", "or", "xor"):
    _op = getattr(_operator, _name + "_" if _name in ("and", "or") else _name)
    setattr(ProxyType, f"__{_name}__", _forward(_op))
    setattr(ProxyType, f"__r{_name}__", _forward(_op, True))
    setattr(ProxyType, f"__i{_name}__", _forward(getattr(_operator, "i" + _name)))
for _name in ("lt", "le", "eq", "ne", "gt", "ge"):
    setattr(ProxyType, f"__{_name}__", _forward(getattr(_operator, _name)))
setattr(ProxyType, "__divmod__", _forward(divmod))
setattr(ProxyType, "__rdivmod__", _forward(divmod, True))
for _name, _fn in (("neg", _operator.neg), ("pos", _operator.pos), ("abs", abs),
                   ("invert", _operator.invert)):
    setattr(ProxyType, f"__{_name}__", lambda self, _fn=_fn: _fn(_referent(self)))
del _name, _op, _fn


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kw):
        return _referent(self)(*args, **kw)


ProxyTypes = (ProxyType, CallableProxyType)


_new_instance = object.__new__
_set_slot = object.__setattr__


def proxy(object, callback=None, /):
    """Return a proxy to object; callback(proxy) is called when object
    is collected, if the proxy still lives."""
    p = _new_instance(CallableProxyType if callable(object) else ProxyType)
    if callback is None:
        r = ref(object)
    else:
        pref = ref(p)

        def call_back(_, pref=pref, callback=callback):
            q = pref()
            if q is not None:
                callback(q)

        r = ref(object, call_back)
    _set_slot(p, "_ref", r)
    del object  # see _forget
    return p


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the object
    or the function does, and calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def call_back(_):
            s = self_ref()
            if s is not None and s._alive:
                s._alive = False
                if callback is not None:
                    callback(s)

        self = ref.__new__(cls, obj, call_back)
        self_ref = ref(self)
        self._func_ref = ref(func, call_back)
        self._meth_type = type(meth)
        self._alive = True
        del meth, obj, func  # see _forget
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref with a key attribute (used by weak value mappings)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class finalize:
    """finalize(obj, func, /, *args, **kwargs) calls func(*args, **kwargs)
    once: when obj is collected, when the finalize object is called, or at
    exit if it is still alive and its atexit attribute is true."""

    __slots__ = ()
    _registry = {}
    _index = itertools.count()
    _exit_registered = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_registered:
            _atexit.register(finalize._exitfunc)
            finalize._exit_registered = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(finalize._index)
        finalize._registry[self] = info
        del obj  # see _forget

    def __call__(self, _=None):
        """Call the function if the finalizer is alive; return its result."""
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kill the finalizer; return (obj, func, args, kwargs) if it was
        alive and obj lives, else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs) if alive, else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @staticmethod
    def _exitfunc():
        pending = sorted(((info.index, f) for f, info in finalize._registry.items() if info.atexit),
                         reverse=True)
        for _, f in pending:
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())


class WeakValueDictionary:
    """Mapping whose values are held through weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        self._purge()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter(list(self.data))

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return list(self)

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        return [(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None]

    def pop(self, key, *default):
        self._purge()
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())


class WeakKeyDictionary:
    """Mapping whose keys are held through weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter([k for k in (r() for r in list(self.data)) if k is not None])

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        self._purge()
        return list(self.data.values())

    def items(self):
        return [(k, v) for k, v in ((r(), v) for r, v in list(self.data.items())) if k is not None]

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())


class WeakSet:
    """Set whose elements are held through weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _purge(self):
        self.data = {r for r in self.data if r() is not None}

    def __iter__(self):
        self._purge()
        return iter([x for x in (r() for r in list(self.data)) if x is not None])

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"{self.__class__.__name__}({set(self)!r})"

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            item = self.data.pop()()
            if item is not None:
                return item

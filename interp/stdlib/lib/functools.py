"""Tools for working with functions and callable objects.

reduce, partial, cmp_to_key and the lru_cache wrapper are implemented in Go
(_functools); the decorators and descriptors built on them live here.
"""

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from _thread import RLock
from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge
    the updated dicts, and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- total_ordering ----

# For each root comparison, how the three others derive from it:
# (name, combine) where combine is 'not' (negate), 'or' (r or equal) and
# 'and' (not r and not equal).
_ORDER_RULES = {
    '__lt__': [('__gt__', 'and'), ('__le__', 'or'), ('__ge__', 'not')],
    '__le__': [('__ge__', 'flipeq'), ('__lt__', 'lteq'), ('__gt__', 'not')],
    '__gt__': [('__lt__', 'and'), ('__ge__', 'or'), ('__le__', 'not')],
    '__ge__': [('__le__', 'flipeq'), ('__gt__', 'lteq'), ('__lt__', 'not')],
}


def _make_ordering(name, root, how):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if how == 'not':
            return not r
        if how == 'or':
            return r or self == other
        if how == 'and':
            return not r and self != other
        if how == 'flipeq':
            return not r or self == other
        return r and self != other  # 'lteq'
    method.__name__ = name
    method.__qualname__ = name
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = {op for op in _ORDER_RULES
               if getattr(cls, op, None) is not getattr(object, op, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, how in _ORDER_RULES[root]:
        if name not in defined:
            setattr(cls, name, _make_ordering(name, root, how))
    return cls


# ---- lru_cache ----

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    With maxsize None the cache grows without bound. With typed true,
    arguments of different types are cached separately. The wrapper has
    cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _decorate(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- partialmethod ----

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords; supports wrapping existing descriptors."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({})".format(type(self).__module__, type(self).__qualname__,
                                  ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        return cls


# ---- singledispatch ----

def _find_impl(cls, registry):
    """Return the implementation registered for the nearest class in the
    MRO of cls (abstract base classes that cls is registered with count
    after the real bases they follow)."""
    for base in _dispatch_mro(cls, registry):
        if base in registry:
            return registry[base]
    return None


def _dispatch_mro(cls, registry):
    mro = list(cls.__mro__)
    # Abstract classes among the registered types that cls is a virtual
    # subclass of go right before object, most specific first.
    extra = [t for t in registry
             if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    extra.sort(key=lambda t: -len(t.__mro__))
    if extra and mro and mro[-1] is object:
        return mro[:-1] + extra + [object]
    return mro + extra


def singledispatch(func):
    """Single-dispatch generic function decorator: calls dispatch on the
    type of the first argument; register more implementations with
    register(cls, func), @register(cls) or @register with annotations."""
    registry = {object: func}
    cache = {}
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            token = get_cache_token()
            if cache_token != token:
                cache.clear()
                cache_token = token
        try:
            return cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            cache[cls] = impl
            return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")
        registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingView(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class _MappingView:
    """A read-only view of a dict (types.MappingProxyType stand-in)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def items(self):
        return self._mapping.items()

    def values(self):
        return self._mapping.values()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of
    the first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        return cls

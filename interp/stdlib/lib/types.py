"""Names for the built-in types that have no builtins name (FunctionType,
GeneratorType, ...), found from live objects, and the dynamic class
creation helpers new_class, prepare_class and resolve_bases."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'get_original_bases', 'DynamicClassAttribute',
           'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()  # no "never awaited" warning
del _coroutine_object


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _C:
    def _method(self):
        pass

    __slots__ = ('_slot',)


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
SimpleNamespace = type(sys.implementation)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_C._slot)
_alias = list[int]
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
UnionType = type(int | str)

del sys, _function, _cell_factory, _generator, _coroutine, _async_generator, _C


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


if type(_alias) is not type:
    GenericAlias = type(_alias)
else:
    class GenericAlias:
        """Represent a parameterized generic type such as list[int]:
        __origin__ is the class, __args__ the parameters given."""

        def __init__(self, origin, args, /):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            params = []
            for arg in args:
                for p in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ():
                    if p not in params:
                        params.append(p)
                if hasattr(arg, '__typing_subst__') and arg not in params:
                    params.append(arg)
            self.__parameters__ = tuple(params)

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except Exception:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __repr__(self):
            if not self.__args__:
                args = '()'
            else:
                args = ', '.join(_type_repr(a) for a in self.__args__)
            return f'{_type_repr(self.__origin__)}[{args}]'

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return (self.__origin__ == other.__origin__
                    and self.__args__ == other.__args__)

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __getitem__(self, items):
            if not isinstance(items, tuple):
                items = (items,)
            params = self.__parameters__
            if len(items) != len(params):
                raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'}"
                                f" arguments for {self!r}")
            subst = dict(zip(params, items))
            args = tuple(subst.get(a, a) for a in self.__args__)
            return GenericAlias(self.__origin__, args)

        def __instancecheck__(self, obj):
            raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

        def __subclasscheck__(self, cls):
            raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

        def __reduce__(self):
            return GenericAlias, (self.__origin__, self.__args__)

    GenericAlias.__module__ = 'types'
del _alias


def resolve_bases(bases):
    """Resolve the bases of a class as the class statement does (PEP 560):
    a base that is not a class but has __mro_entries__ is replaced by what
    that method returns."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass of meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class statement with these
    bases and keywords: the metaclass keyword (or the most derived one of
    the bases), the namespace its __prepare__ makes, and the remaining
    keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: exec_body(ns) fills the
    namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    # type() takes __module__ from its caller's globals: this module.
    ns.setdefault('__module__', __name__)
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """Return the bases of cls as written in its class statement, before
    __mro_entries__ replaced any (cls.__orig_bases__ when set)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not "
                        f"{type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """An attribute that resolves to the class's __getattr__ when looked up
    on the class, and behaves as a property on instances (Enum's name and
    value use it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, **changes):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(changes)
        result = type(self)(**parts)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        result = self._copy(fget=fget)
        if self.overwrite_doc:
            result.__doc__ = getattr(fget, '__doc__', None)
        return result

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)


class _AwaitableGenerator:
    """Makes a generator returned by a types.coroutine function awaitable
    while keeping its generator interface."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Turn a generator function into one whose generators can be awaited
    (an old-style, generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and func.__code__.co_flags & 0x180:
        return func  # already a coroutine function (or iterable coroutine)

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType:
            return result
        if result.__class__ is GeneratorType or (
                not hasattr(result, '__await__') and hasattr(result, 'send')
                and hasattr(result, '__next__')):
            return _AwaitableGenerator(result)
        return result
    return wrapped

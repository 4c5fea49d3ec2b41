"""unittest.mock: mock objects that record how they are used, and patchers
that swap them in for real objects for the length of a test.

A Mock answers every attribute with a child Mock (created once, then
kept) and every call with its return_value (itself a child Mock unless
set), after running its side_effect. Each call is recorded on the mock
(call_args, call_args_list, mock_calls) and on its parents (method_calls,
mock_calls) as _Call tuples, which compare equal to the `call` objects a
test builds. MagicMock also answers the magic methods, with CPython's
defaults (len() is 0, iter() is empty, bool() is True, ...).

Invariants: every mock instance has a class of its own (a subclass of the
class asked for), because magic methods are looked up on the type and
setting one on a mock must not change its siblings. The records live in
the instance __dict__ under _mock_* names; the public names are properties
that read them, or, for an autospecced function, the function wrapping the
mock (its "delegate").

Assertion messages, reprs and call formatting are CPython 3.11's.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import functools
import inspect
import io
import pprint
import sys
from types import FunctionType, MethodType, ModuleType

from .util import safe_repr

__unittest = True

FILTER_DIR = True

# The types create_autospec treats as functions (CPython exports the name).
FunctionTypes = (FunctionType, MethodType)


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# -- sentinels ---------------------------------------------------------------

class _SentinelObject:
    """A unique named object: sentinel.NAME."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Gives one _SentinelObject per attribute name, the same each time."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -- small predicates ----------------------------------------------------------

def _is_instance_mock(obj):
    # type(), not isinstance: a mock with a spec lies about its __class__.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of obj (a class) or obj itself can be called."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(base.__dict__.get('__call__') is not None
               for base in obj.__mro__)


def _is_async_func(obj):
    if getattr(obj, '__code__', None) is None:
        return False
    return inspect.iscoroutinefunction(obj)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _try_iter(obj):
    """A side_effect that is neither callable nor an exception is consumed
    as an iterator."""
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _signature_of(spec, as_instance, eat_self):
    """The signature a call to spec must fit, or None when it has none.
    A class is called through __init__, an instance through __call__;
    eat_self drops the first parameter (self of a method)."""
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        eat_self = True
    elif isinstance(spec, (classmethod, staticmethod)):
        if isinstance(spec, classmethod):
            eat_self = True
        func = spec.__func__
    elif not isinstance(spec, FunctionTypes):
        func = getattr(spec, '__call__', None)
        if func is None:
            return None
    else:
        func = spec
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self and not isinstance(func, MethodType):
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY,
                                         params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return func, sig


# -- call records ----------------------------------------------------------------

def _split_call(value):
    """(name, args, kwargs) of a call given in any of the tuple forms a
    _Call compares with: (), (name,), (args,), (kwargs,), (name, args),
    (name, kwargs), (args, kwargs), (name, args, kwargs); None when value
    has another length."""
    n = len(value)
    if n == 0:
        return '', (), {}
    if n == 3:
        return value
    if n == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    if n == 1:
        only, = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return '', only, {}
        return '', (), only
    return None


class _Call(tuple):
    """One recorded call, as (args, kwargs) (call_args, call_args_list) or
    (name, args, kwargs) (mock_calls, method_calls). `call` builds them:
    call(1, a=2), call.method(3), call().method(). A _Call with no name
    matches a call of any name; missing args or kwargs compare as empty."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        split = _split_call(value)
        if split is None:
            split = (name, (), {})
        call_name, args, kwargs = split
        if len(value) < 3 and not (len(value) >= 1 and isinstance(value[0], str)):
            call_name = name
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (call_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_split = _split_call(other)
        except TypeError:
            return NotImplemented
        if other_split is None:
            return False
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        self_parent = getattr(self, '_mock_parent', None)
        other_parent = getattr(other, '_mock_parent', None)
        if self_parent and other_parent and self_parent != other_parent:
            return False
        other_name, other_args, other_kwargs = other_split
        if self_name and other_name != self_name:
            return False
        # The other side's values first, so that ANY among the expected
        # values compares with its own __eq__.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        # A call's attributes are calls: call.count(1), call.index(2).
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first:
        call(1).method(2).call_list() is [call(1), call(1).method(2)]."""
        calls = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                calls.append(link)
            link = link._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous
    run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return pprint.pformat(list(self))


def _any_matches(expected, calls):
    # The recorded call on the left puts the expected values first in
    # _Call.__eq__, so that ANY decides.
    return any(c == expected for c in calls)


# -- parent links ----------------------------------------------------------------

def _extract_mock(obj):
    """The mock behind an autospecced function, else obj."""
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value (a mock without a name or parent) as parent's child, so
    that its calls are recorded on parent too. False when value is not
    adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or
            value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:  # adopting would make a loop
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _SpecState:
    """An attribute of an autospecced object, autospecced when first
    read."""

    def __init__(self, spec, spec_set=False, parent=None, name=None,
                 ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


# Names set on a mock that are not children.
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


def _record_property(name):
    """The property for a call record: the mock's _mock_<name>, or the
    delegate's <name> for an autospecced function."""
    _allowed_names.add(name)
    private = '_mock_' + name

    def get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, private)
        return getattr(delegate, name)

    def set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(get, set)


# -- the mocks -----------------------------------------------------------------

class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called. See Mock for the arguments."""

    def __new__(cls, /, *args, **kwargs):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kwargs.get('spec_set', kwargs.get('spec'))
            if spec is None and args:
                spec = args[0]
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        own_class = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach mock as attribute of this one, replacing its name and
        parent; its calls are then recorded in method_calls and
        mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (an object or a
        list of names); with spec_set, setting others fails too."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_of(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            names = dir(spec)
            for attr in names:
                if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                    asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = asyncs

    def _get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc="The value returned by a call of the mock.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _record_property('called')
    call_count = _record_property('call_count')
    call_args = _record_property('call_args')
    call_args_list = _record_property('call_args_list')
    mock_calls = _record_property('mock_calls')

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and
                not _is_exception(effect)):
            effect = _try_iter(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect,
                           doc="Raised, iterated or called by a call.")

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget the calls of this mock and its children (and, if asked,
        the return values and side effects)."""
        if visited is None:
            visited = set()
        if id(self) in visited:
            return
        visited.add(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keywords; dotted names reach children:
        configure_mock(**{'method.return_value': 3})."""
        for arg, value in sorted(kwargs.items(),
                                 key=lambda item: item[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or
                                      name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec '
                    f'for the mock if {name!r} is meant to be an attribute.')
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set,
                                         result.instance, result.parent,
                                         result.name)
            except InvalidSpecError:
                target = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {name!r} from target '
                    f'{target!r} as it has already been mocked out. '
                    f'[target={self!r}, attr={result.spec!r}]')
            children[name] = result
        return result

    def _extract_mock_name(self):
        """The dotted name of the mock from its root: mock.a().b."""
        names = [self._mock_new_name]
        dot = '' if self._mock_new_name == '()' else '.'
        root = self
        parent = self._mock_new_parent
        while parent is not None:
            root = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = root._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = ''
        if name not in ('mock', 'mock.'):
            name_part = ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            word = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (word, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part,
                                     spec_part, id(self))

    def __dir__(self):
        """Filter the names of a mock's class and instance: public names,
        the spec's names and the children made so far."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__
                     if not e.startswith('_') or _is_magic(e)]
        children = [n for n, v in self._mock_children.items()
                    if v is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and
                name not in self._mock_methods and
                name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _as_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # A mock set on the type is called without self.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            self._spec_class = None
            self._spec_signature = None
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(
                f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, self._format_mock_call_signature(args, kwargs),
            self._format_mock_call_signature(*self.call_args))

    def _signature_for_call(self, name):
        """The spec signature of the child a call named name was made on:
        'a.b()' -> children a, b."""
        if not name:
            return self._spec_signature
        signature = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            signature = child._spec_signature
        return signature

    def _call_matcher(self, _call):
        """The key calls are compared by: with a spec signature, the call's
        arguments bound to it (so f(1, b=2) matches f(1, 2)); the
        TypeError when they do not bind."""
        if isinstance(_call, tuple) and len(_call) > 2:
            signature = self._signature_for_call(_call[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {safe_repr(self.mock_calls)}.'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call was made with these arguments."""
        if self.call_args is None:
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: not called.'
                % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these
        arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls: as a contiguous run, or with
        any_order in any order and place."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\n'
                               'Errors: {}').format(
                        [e if isinstance(e, Exception) else None
                         for e in expected])
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}'
                ) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), remaining)
            ) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the last) had these
        arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not _any_matches(expected, actual):
            raise AssertionError(
                '%s call not found' %
                self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """A new child: of the mock's own class for attributes, a
        synchronous MagicMock for the magic methods of an AsyncMock, an
        AsyncMock for async methods of the spec."""
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if (new_name in _all_sync_magics or
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # An autospecced mock replaces this with its spec's check.
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        """Record the call here and on every ancestor: method_calls along
        attribute parents, mock_calls along all parents, each under the
        name the call has from that ancestor."""
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        name_is_call = call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if record_method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = parent._mock_parent is not None
                if record_method:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if name_is_call else '.'
                name_is_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A flexible mock object.

    Mock(spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
         name=None, spec_set=None, unsafe=False, **kwargs)

    spec: an object or list of names; other attributes raise
    AttributeError, and isinstance() sees the spec's class. spec_set also
    forbids setting other attributes. side_effect: an exception to raise,
    an iterable whose items are returned (or raised) one per call, or a
    function called with the arguments whose result is returned unless it
    is DEFAULT. return_value: what a call returns (a child Mock by
    default). wraps: an object the calls and attributes pass through to.
    name: used in the repr. Other keywords set attributes
    (configure_mock).
    """


# -- magic methods ---------------------------------------------------------------

def _as_method(name, func):
    """A function to put on a class for a non-mock magic method value."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# The magic methods MagicMock configures, as CPython's public strings of
# names without underscores: magic_methods (note its trailing space),
# numerics, and their in-place and reflected forms.
magic_methods = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
    'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
    'index round trunc floor ceil bool next fspath aiter '
)
numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
inplace = ' '.join('i' + n for n in numerics.split())
right = ' '.join('r' + n for n in numerics.split())

_magics = {'__%s__' % n for n in
           ' '.join([magic_methods, numerics, inplace, right]).split()}

# Supported but not configured by default.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}

_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_async_magics = _async_method_magics | {'__aiter__'}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

_fixed_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}

_computed_return_values = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: (f'{type(self).__name__}/'
                                f'{self._extract_mock_name()}/{id(self)}'),
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _aiter_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effects = {
    '__eq__': _eq_effect, '__ne__': _ne_effect,
    '__iter__': _iter_effect, '__aiter__': _aiter_effect,
}


def _configure_magic(mock, method, name):
    """Give the magic method mock method of mock its default behaviour."""
    fixed = _fixed_return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _computed_return_values.get(name)
    if compute is not None:
        method.return_value = compute(mock)
        return
    effect = _side_effects.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class MagicProxy(Base):
    """Stands on a MagicMock's class for a magic method until first used;
    then makes the method's mock and puts it in its place."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name = self.name
        parent = self.parent
        method = parent._get_child_mock(name=name, _new_name=name,
                                        _new_parent=parent)
        setattr(parent, name, method)
        _configure_magic(parent, method, name)
        return method

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()  # for magic methods set by keywords
        super().__init__(*args, **kw)
        self._mock_set_magics()  # the spec is known now

    def _mock_set_magics(self):
        magics = _magics | _async_method_magics
        own = type(self)
        methods = getattr(self, '_mock_methods', None)
        if methods is not None:
            wanted = magics.intersection(methods)
            for name in magics - wanted:
                if name in own.__dict__:
                    delattr(self, name)
            magics = wanted
        for name in magics - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with default implementations of the magic methods (only
    those of the spec when there is one). Its children and return values
    are MagicMocks."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls
    it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# -- async ---------------------------------------------------------------------

class _AsyncIterator:
    """Wraps an iterator for async for."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = _record_property('await_count')
    await_args = _record_property('await_args')
    await_args_list = _record_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited."""
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited once."
                f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these
        arguments."""
        self.assert_awaited_once()
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or not _any_matches(expected, actual):
            raise AssertionError(
                '%s await not found' %
                self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds calls: as a contiguous run, or
        with any_order in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c)
                               for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\n'
                               'Errors: {}').format(
                        [e if isinstance(e, Exception) else None
                         for e in expected])
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}'
                ) from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r not all found in await list' % (tuple(not_found),)
            ) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to not have been awaited."
                f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose call returns a coroutine: awaiting it runs the
    side effect and gives the return value, and is recorded in
    await_count, await_args and await_args_list."""


# -- autospec --------------------------------------------------------------------

def _check_signature(spec, mock, skipfirst, instance=False):
    """Make calls of mock check their arguments against spec's
    signature."""
    found = _signature_of(spec, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


def _autospec_function(mock, original, instance=False):
    """A function standing for mock: it checks its arguments against
    original's signature, calls the mock, and carries the mock's
    assertion methods and call records."""
    skipfirst = isinstance(original, type)
    found = _signature_of(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def funcopy(*args, **kwargs):
        sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)
    _copy_func_details(func, funcopy)
    name = getattr(original, '__name__', 'funcopy')
    if not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = funcopy.__qualname__ = name
    funcopy.__signature__ = sig

    funcopy.mock = mock
    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for method in ('assert_called_with', 'assert_called_once_with',
                   'assert_has_calls', 'assert_any_call', 'assert_called',
                   'assert_not_called', 'assert_called_once'):
        setattr(funcopy, method, getattr(mock, method))

    def reset_mock(*args, **kwargs):
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock(*args, **kwargs)
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy
    return funcopy


def _must_skip(spec, entry, is_type):
    """Whether attribute entry of spec is called without its first
    parameter (a method looked up on an instance or a classmethod)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False  # an instance attribute holding a function
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, FunctionTypes):
            # Mocks do not bind: self is skipped on the class's mock and
            # on its instances' alike.
            return is_type
        return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like spec: its attributes are those of spec,
    autospecced in turn when first read, and calls of it and its methods
    must fit their signatures (TypeError otherwise). A class gives a mock
    whose return value is an autospecced instance (instance=True asks for
    the instance directly); a function gives a function."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    own_kwargs = {'spec': spec}
    if spec_set:
        own_kwargs = {'spec_set': spec}
    elif spec is None:
        own_kwargs = {}
    if own_kwargs and instance:
        own_kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    own_kwargs.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        own_kwargs = {}  # what a descriptor returns is unknown
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_async_func:
        klass = AsyncMock

    name = own_kwargs.pop('name', _name)
    new_name = name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name,
                 name=name, **own_kwargs)
    if isinstance(spec, FunctionTypes):
        mock = _autospec_function(mock, spec)
    else:
        _check_signature(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, FunctionTypes):
            mock._mock_children[entry] = _SpecState(
                original, spec_set, mock, entry, instance=instance)
            continue
        parent = mock
        if isinstance(spec, FunctionTypes):
            parent = mock.mock
        skipfirst = _must_skip(spec, entry, is_type)
        child_klass = (AsyncMock if inspect.iscoroutinefunction(original)
                       else MagicMock)
        new = child_klass(parent=parent, name=entry, _new_name=entry,
                          _new_parent=parent, spec=original,
                          _eat_self=skipfirst)
        mock._mock_children[entry] = new
        new.return_value = child_klass()
        _check_signature(original, new, skipfirst=skipfirst)
    return mock


# -- seal ------------------------------------------------------------------------

def seal(mock):
    """Forbid new attributes on mock and its children: reading one that
    does not exist yet raises AttributeError."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not _is_instance_mock(child):
            continue
        if isinstance(child._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# -- patch -----------------------------------------------------------------------

def _dot_lookup(thing, part, import_path):
    try:
        return getattr(thing, part)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, part)


def _importer(target):
    """The object a dotted name names: the longest importable module
    prefix, then attributes (importing submodules on the way)."""
    parts = target.split('.')
    path = parts.pop(0)
    thing = __import__(path)
    for part in parts:
        path += '.' + part
        thing = _dot_lookup(thing, part, path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _importer(target)), attribute


class _patch:
    """One patch: replaces an attribute of a target while active, as a
    decorator, a context manager or by start() and stop()."""

    attribute_name = None  # set by patch.multiple: pass the mock by keyword
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec '
                f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set '
                f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy()
                                       for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if not hasattr(value, '__call__'):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                arg = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            yield args + tuple(extra_args), keywargs

    def decorate_callable(self, func):
        # Stacked patch decorators share one wrapper, entered innermost
        # first, so that the mocks come in the order of the decorators
        # from the bottom up.
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (
                    newargs, newkeywargs):
                return func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (
                    newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(
                '%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        """The mock to patch in when none was given."""
        spec, spec_set = self.spec, self.spec_set
        kwargs = self.kwargs
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True  # the class's instances are specced too
        if spec is None and _is_async_obj(original):
            klass = AsyncMock
        else:
            klass = MagicMock
        new_kwargs = {}
        this_spec = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            klass = self.new_callable
        elif this_spec is not None:
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_func(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            new_kwargs['spec'] = spec
        if spec_set is not None:
            new_kwargs['spec_set'] = spec_set
        if (isinstance(klass, type) and issubclass(klass, NonCallableMock)
                and self.attribute):
            new_kwargs['name'] = self.attribute
        new_kwargs.update(kwargs)
        new = klass(**new_kwargs)
        if inherit and _is_instance_mock(new):
            if (not _is_list(this_spec) and
                    not _instance_callable(this_spec)):
                klass = NonCallableMagicMock
            new_kwargs.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()',
                                     **new_kwargs)
        return new

    def __enter__(self):
        """Patch in the new object; returns it (or, for patch.multiple, a
        dict of the mocks made)."""
        new, autospec = self.new, self.autospec
        self.target = self.getter()
        if self.spec is False:
            self.spec = None
        if self.spec_set is False:
            self.spec_set = None
        if autospec is False:
            autospec = None
        if self.spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((self.spec is not None or autospec is not None) and
                self.spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            new = self._make_new(original)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{self.target!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=bool(self.spec_set),
                                  _name=self.attribute, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = self._exit_stack.enter_context(patching)
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Put the original back."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in (
                                        '__doc__', '__module__', '__defaults__',
                                        '__annotations__', '__kwdefaults__')):
                # The attribute came from a class: put it on the target.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Activate the patch; stop() (or patch.stopall()) undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch activated by start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None  # not started
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch the attribute of an
    object given itself rather than by a dotted name."""
    if type(target) is str:
        raise TypeError(
            f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=new, ...): patch several attributes at
    once. Mocks made for DEFAULT values are passed to a decorated
    function by keyword, and returned by the context manager in a dict."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        patcher = _patch(getter, attribute, new, spec, create, spec_set,
                         autospec, new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    patchers[0].additional_patchers = patchers[1:]
    return patchers[0]


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Patch the object named by target ('package.module.Name') with new
    (a MagicMock, or an AsyncMock for an async function, by default) while
    a decorated function or class's test methods run, inside a with block,
    or between start() and stop().

    spec, spec_set, autospec (True: the original) shape the mock;
    new_callable makes it; create allows a missing attribute; other
    keywords configure it. As a decorator with no new, the mock is passed
    as an extra positional argument.
    """
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set keys of a
    dictionary (or a dotted name of one) while active, then restore its
    whole content."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _update_dict(self.in_dict, self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate the patch; stop() undoes it."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Restore the dictionary."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _update_dict(in_dict, values):
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


def _patch_stopall():
    """Stop every patch started with start(), the last started first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# -- mock_open -------------------------------------------------------------------

# Attribute names of a file and of open, found on first use.
file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock standing for the built-in open: the handle it returns reads
    read_data (str or bytes) through read, readline, readlines and
    iteration, works as a context manager, and records writes. Each call
    of open starts reading from the beginning again."""
    global file_spec, open_spec
    if file_spec is None:
        file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
        open_spec = dir(io.open)
    stream = [_to_stream(read_data)]

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return stream[0].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return stream[0].readlines(*args, **kwargs)

    def lines():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        yield from stream[0]

    def readline_gen(*args, **kwargs):
        yield from lines()
        while True:
            yield stream[0].readline(*args, **kwargs)

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(stream[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read
    readline_state = [readline_gen()]
    handle.readline.side_effect = readline_state[0]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line

    def reset_data(*args, **kwargs):
        stream[0] = _to_stream(read_data)
        if handle.readline.side_effect == readline_state[0]:
            readline_state[0] = readline_gen()
            handle.readline.side_effect = readline_state[0]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock

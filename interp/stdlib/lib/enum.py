"""Enumerations: classes whose attributes are a fixed set of named,
singleton members (Enum, IntEnum, StrEnum, Flag, IntFlag), with the
behaviour and reprs of CPython 3.11.

How it works: EnumType.__prepare__ gives the class body an _EnumDict,
which records every plain assignment as a member (values of auto() are
generated when assigned). EnumType.__new__ removes the members from the
namespace, creates the class, then creates each member once (through the
class's own __new__ when it defines one, else object.__new__ or the mixed-in
type's) and records it in _member_map_ (name -> member) and
_value2member_map_ (value -> member); a value seen before makes an alias.
Calling the class looks a member up by value; Flag classes make composite
members for combinations of bits on demand and cache them.
"""

import builtins
import sys
from types import DynamicClassAttribute, MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member',
    'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
    'pickle_by_enum_name', 'show_flag_values',
]

# Set once Enum, Flag and ReprEnum exist; EnumType.__new__ checks them to
# know whether it is building one of those base classes.
Enum = Flag = ReprEnum = EJECT = None


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_lsb(num):
    """The single-bit values set in num, lowest first."""
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_bits_lsb(value))


def bin(num, max_bits=None):
    """Like built-in bin(), but negative numbers are shown in two's
    complement, and the sign bit is set apart: bin(5, 4) == '0b0 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        text = builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value that _generate_next_value_ chooses."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an attribute of an enum class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """A property for enum members that, looked up on the class, finds the
    member of the same name instead (so members may be called 'name' or
    'value')."""

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r'
                                 % (type(instance), self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fdel(instance)


class _EnumDict(dict):
    """The class-body namespace of an enum: tracks member names and values
    in definition order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # name -> None, in definition order
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_',
                           '_missing_', '_ignore_', '_iter_member_',
                           '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._next_value(key)
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) if isinstance(v, auto) else v
                         for v in value)
        return value

    def _next_value(self, key):
        self._auto_called = True
        return self._generate_next_value(key, 1, len(self._member_names),
                                         self._last_values[:])


class EnumType(type):
    """Metaclass of Enum: makes the members and gives the class its
    container-like behaviour (iteration, len, in, [name], call by value)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = _EnumDict()
            converted._cls_name = cls
            for k, v in classdict.items():
                converted[k] = v
            classdict = converted
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.pop('_ignore_', [])
        for key in ignore:
            classdict.pop(key, None)
        member_names = [n for n in classdict._member_names if n not in ignore]
        members = {name: classdict[name] for name in member_names}
        for name in member_names:
            dict.__delitem__(classdict, name)
        invalid = {'mro', ''} & set(members)
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(n) for n in sorted(invalid)))
        order = classdict.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        body = dict(classdict)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if save_new:
            body['__new_member__'] = body['__new__']
        if Flag is not None and first_enum is not None and issubclass(first_enum, Flag):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        if '__reduce_ex__' not in body and member_type is not object:
            methods = ('__getnewargs_ex__', '__getnewargs__', '__reduce_ex__', '__reduce__')
            if not any(m in member_type.__dict__ for m in methods):
                body['__reduce_ex__'] = _reduce_ex_by_global_name
        body.setdefault('__module__', _caller_module())
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # The mixed-in type's repr and friends must not hide Enum's.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(member_type, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        # Calling the class looks members up; __new_member__ makes them.
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        for name in member_names:
            enum_class._add_member_(name, members[name])

        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._finish_flag_()

        if order is not None and Enum is not None:
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        # Keep repr/str/format of the mixed-in data type for ReprEnum.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__

                def __str__(self, method=method):
                    return method(self)
                enum_class.__str__ = __str__
        return enum_class

    def _add_member_(cls, name, value):
        """Create (or alias) the member name with the given value."""
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to '
                                        'create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)

        if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

        # An earlier member with an equal value makes this name an alias.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._unhashable_values_:
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other_name in cls._member_names_:
                other = cls._member_map_[other_name]
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            if (Flag is None or not issubclass(cls, Flag)
                    or not isinstance(value, int) or _is_single_bit(value)):
                cls._member_names_.append(name)
            else:
                # A multi-bit flag member is named but not iterated.
                enum_member._multi_bit_ = True
        attr = None
        for base in cls.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is not None:
                break
        if isinstance(attr, (property, DynamicClassAttribute)):
            pass  # the enum property finds the member in _member_map_
        else:
            type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(enum_member)

    def _finish_flag_(cls):
        single_bits = multi_bits = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int):
                if _is_single_bit(m._value_):
                    single_bits |= m._value_
                else:
                    multi_bits |= m._value_
        boundary = cls._boundary_
        if boundary is not KEEP and multi_bits & ~single_bits:
            missed = list(_bits_lsb(multi_bits & ~single_bits))
            if boundary is STRICT:
                raise ValueError('invalid Flag %r -- missing values: %s'
                                 % (cls, ', '.join(str(i) for i in missed)))
        cls._flag_mask_ = single_bits | multi_bits
        cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will "
                "return True or\nFalse depending on whether the value is a "
                "member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (builtins.type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        # Reached when a DynamicClassAttribute refuses a class lookup.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Every member name (aliases included) mapped to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module(2)
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type mixed in (object if none) and the last enum base."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members, whether the class body's __new__
        must be kept as __new_member__, and whether __new__ takes the
        member's value as arguments."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        if isinstance(new, staticmethod):
            new = new.__func__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


def _caller_module(depth=2):
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None


def _reduce_ex_by_global_name(self, proto):
    return self.name


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    class Color(Enum):
        RED = 1
        GREEN = 2

    Color.RED is a member: Color(1) and Color['RED'] find it, list(Color)
    lists the members (aliases left out), Color.RED.name is 'RED' and
    Color.RED.value is 1.
    """

    def __new__(cls, value):
        # Lookup of an existing member by value (members themselves are
        # made in EnumType.__new__).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None '
                                'or a valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value, or start."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the lower-cased member name."""
        return name.lower()


IntEnum._value_repr_ = int.__repr__
StrEnum._value_repr_ = str.__repr__


def _reduce_ex_by_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name
pickle_by_enum_name = _reduce_ex_by_name


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits outside its members:
    STRICT raises ValueError, CONFORM drops them, EJECT returns a plain
    int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Support for bit flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two above the highest value."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are all in value, in definition
        order."""
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, max_bits),
                                    bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(known)]
        if names and known & ~singles_mask:
            # A named multi-bit value keeps its own name.
            for m in cls._member_map_.values():
                if m._value_ == known:
                    names = [m._name_]
                    break
        if names and unknown:
            names.append(cls._numeric_repr_(unknown))
        pseudo._name_ = '|'.join(names) or None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._canonical_members())

    def _canonical_members(self):
        return [m for m in self.__class__._iter_member_(self._value_)
                if _is_single_bit(m._value_)]

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        cls = self.__class__
        if self._inverted_ is None:
            if cls._boundary_ in (EJECT, KEEP):
                inverted = cls(~self._value_)
            else:
                inverted = cls(cls._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._inverted_ = None
Flag._boundary_ = STRICT
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based bit flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator for enumerations: raise ValueError when a value has
    more than one name."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Properties that verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks the given EnumCheck properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % (alias, name)
                                        for alias, name in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if Flag is not None and issubclass(enumeration, Flag):
                    missing = [2 ** i for i in range(low.bit_length() - 1, high.bit_length())
                               if 2 ** i not in values]
                    kind = 'flag'
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                    kind = 'enum'
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind, cls_name, ', '.join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                member_values = 0
                for m in enumeration:
                    member_values |= m._value_
                missing = []
                aliases = []
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_:
                        continue
                    value = alias._value_
                    if value & ~member_values:
                        aliases.append(name)
                        missing.extend(_bits_lsb(value & ~member_values))
                if missing:
                    raise ValueError('invalid Flag %r: aliases %s are missing combined '
                                     'values of 0x%x [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, ', '.join(aliases),
                                                       sum(set(missing))))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator that makes the members module globals and their repr
    module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls

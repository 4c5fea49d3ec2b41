"""Set handlers for asynchronous events (Adder: the _signal module does the
work; this module gives its numbers the Signals, Handlers and Sigmasks
int-enum types, as CPython's signal module does)."""

import _signal
from _signal import *


def _name(self):
    return type(self)._value2name_[int(self)]


def _value(self):
    return int(self)


def _repr(self):
    return "<%s.%s: %d>" % (type(self).__name__, _name(self), int(self))


def _str(self):
    return int.__repr__(self)


def _format(self, spec):
    return format(int(self), spec)


def _reduce_ex(self, proto):
    return type(self), (int(self),)


class _IntEnumType(type):
    """A small int enum: members are instances of the class, looked up by
    value (the first name given to a value wins, later ones are aliases)."""

    def __new__(meta, name, members):
        ns = {"__module__": "signal", "__slots__": (), "name": property(_name), "value": property(_value),
              "__repr__": _repr, "__str__": _str, "__format__": _format, "__reduce_ex__": _reduce_ex}
        cls = super().__new__(meta, name, (int,), ns)
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._value2name_ = {}
        for key, value in members:
            member = cls._value2member_map_.get(value)
            if member is None:
                member = int.__new__(cls, value)
                cls._value2member_map_[value] = member
                cls._value2name_[value] = key
            cls._member_map_[key] = member
            type.__setattr__(cls, key, member)
        return cls

    def __init__(cls, name, members):
        pass

    def __call__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__)) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._value2member_map_.values())

    def __len__(cls):
        return len(cls._value2member_map_)

    def __contains__(cls, member):
        return isinstance(member, cls)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


Signals = _IntEnumType("Signals", [
    (name, value) for name, value in sorted(vars(_signal).items(), key=lambda kv: kv[0] in ("SIGIOT", "SIGCLD", "SIGPOLL"))
    if name.isupper() and (name.startswith("SIG") and not name.startswith("SIG_"))
])
Handlers = _IntEnumType("Handlers", [("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN)])
Sigmasks = _IntEnumType("Sigmasks", [("SIG_BLOCK", SIG_BLOCK), ("SIG_UNBLOCK", SIG_UNBLOCK), ("SIG_SETMASK", SIG_SETMASK)])

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """Convert a numeric value to an IntEnum member; other values (handler
    functions) are returned as they are."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


getsignal.__doc__ = _signal.getsignal.__doc__


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


valid_signals.__doc__ = _signal.valid_signals.__doc__


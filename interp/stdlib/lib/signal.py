"""Set handlers for asynchronous events (Adder: the _signal module does the
work; this module gives its numbers the Signals, Handlers and Sigmasks
IntEnum types, as CPython's signal module does)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(pred):
    # Aliases (SIGIOT, SIGCLD, SIGPOLL) come after the names they alias, so
    # a value's canonical name is the one CPython shows.
    names = [n for n in vars(_signal) if pred(n)]
    names.sort(key=lambda n: n in ("SIGIOT", "SIGCLD", "SIGPOLL"))
    return [(n, getattr(_signal, n)) for n in names]


Signals = _IntEnum("Signals", _members(lambda n: n.startswith("SIG") and not n.startswith("SIG_")), module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN)], module=__name__)
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", SIG_BLOCK), ("SIG_UNBLOCK", SIG_UNBLOCK), ("SIG_SETMASK", SIG_SETMASK)], module=__name__)

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


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


sigpending.__doc__ = _signal.sigpending.__doc__

"""Decimal fixed and floating point arithmetic (the General Decimal
Arithmetic Specification), with the results, reprs and signals of
CPython 3.11's decimal module for the operations implemented here:
construction, str/repr/format, + - * / // % divmod, ** with integral
exponents, sqrt, quantize, rounding to integers, comparisons, hashing and
conversions, under a Context (precision, rounding, exponent limits,
clamping, flags and traps).

A Decimal is (sign, coefficient, exponent): an int coefficient >= 0 and
an int exponent, or a special value whose exponent is 'F' (infinity),
'n' (quiet NaN) or 'N' (signaling NaN), the coefficient holding a NaN's
payload. Every result is computed exactly and then rounded once (_fix).
"""

import math
import numbers
import sys
from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation has no sensible result (the result is NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string is not a valid number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """A context setting is invalid."""


class Rounded(DecimalException):
    """Digits (possibly zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or comparison)."""


# The order in which a Context's repr lists flags and traps (the signals
# that conditions such as ConversionSyntax report under).
_SIGNAL_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
                 FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _digits(n):
    return len(str(n))


# ---- contexts ----

class Context(object):
    """Arithmetic settings: prec (significant digits), rounding, Emin and
    Emax (exponent limits), capitals (E or e in output), clamp, and the
    flags set by operations and traps that raise."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        default = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (default.prec if default else 28)
        self.rounding = rounding if rounding is not None else (
            default.rounding if default else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (default.Emin if default else -999999)
        self.Emax = Emax if Emax is not None else (default.Emax if default else 999999)
        self.capitals = capitals if capitals is not None else (default.capitals if default else 1)
        self.clamp = clamp if clamp is not None else (default.clamp if default else 0)
        self.flags = _signal_dict(flags)
        if traps is None:
            traps = dict(default.traps) if default else \
                [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        elif name == 'Emin':
            _check_int(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            _check_int(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            _check_int(value, 0, 1, "valid values for %s are 0 or 1" % name)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ('flags', 'traps'):
            pass
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("%s cannot be deleted" % name)

    def __reduce__(self):
        flags = [sig for sig, v in self.flags.items() if v]
        traps = [sig for sig, v in self.traps.items() if v]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, flags, traps))

    def __repr__(self):
        def names(d):
            return ', '.join(s.__name__ for s in _SIGNAL_ORDER if d.get(s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, names(self.flags),
                                             names(self.traps)))

    def clear_flags(self):
        """Reset every flag."""
        for flag in self.flags:
            self.flags[flag] = False

    def clear_traps(self):
        """Reset every trap."""
        for trap in self.traps:
            self.traps[trap] = False

    def copy(self):
        """A copy of the context (flags and traps included)."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent of a full-precision result: Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def _signal(self, condition):
        """Record condition; raise it when its signal is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def create_decimal(self, num='0'):
        """Decimal(num) rounded to this context."""
        if isinstance(num, str) and num != num.strip():
            self._signal(ConversionSyntax)
            return _NaN
        d = Decimal(num, context=self)
        if d._is_special() and d._exp in 'nN' and _digits(d._int) > self.prec - self.clamp:
            self._signal(ConversionSyntax)
            return _NaN
        return d._fix(self)

    def create_decimal_from_float(self, f):
        """Decimal.from_float(f) rounded to this context."""
        return Decimal.from_float(f)._fix(self)

    def _apply(name):
        def method(self, a, *args):
            a = _convert_other(a, raiseit=True)
            return getattr(a, name)(*args, context=self)
        method.__name__ = name
        return method

    abs = _apply('__abs__')
    plus = _apply('__pos__')
    minus = _apply('__neg__')
    sqrt = _apply('sqrt')
    to_integral_value = _apply('to_integral_value')
    to_integral_exact = _apply('to_integral_exact')
    to_integral = to_integral_value
    normalize = _apply('normalize')
    quantize = _apply('quantize')
    compare = _apply('compare')
    max = _apply('max')
    min = _apply('min')

    def _binary(name):
        def method(self, a, b):
            a = _convert_other(a, raiseit=True)
            r = getattr(a, name)(b, context=self)
            if r is NotImplemented:
                raise TypeError("Unable to convert %s to Decimal" % type(b).__name__)
            return r
        method.__name__ = name
        return method

    add = _binary('__add__')
    subtract = _binary('__sub__')
    multiply = _binary('__mul__')
    divide = _binary('__truediv__')
    divide_int = _binary('__floordiv__')
    remainder = _binary('__mod__')
    divmod = _binary('__divmod__')
    del _apply, _binary

    def power(self, a, b, modulo=None):
        a = _convert_other(a, raiseit=True)
        return a.__pow__(b, modulo, context=self)

    def to_sci_string(self, a):
        return _convert_other(a, raiseit=True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_other(a, raiseit=True).to_eng_string(context=self)


def _check_int(value, lo, hi, message):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not lo <= value <= hi:
        raise ValueError(message)


def _signal_dict(given):
    result = {s: False for s in _SIGNAL_ORDER}
    if given is None:
        return result
    if isinstance(given, dict):
        for s, v in given.items():
            result[s] = bool(v)
    else:
        for s in given:
            result[s] = True
    return result


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import threading as _threading
    _local = _threading.local()
except ImportError:
    class _Local:
        pass
    _local = _Local()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    try:
        return _local.context
    except AttributeError:
        context = DefaultContext.copy()
        context.clear_flags()
        _local.context = context
        return context


def setcontext(context):
    """Make context the current thread's context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _local.context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block under a copy of ctx (default:
    the current context) with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# ---- parsing ----

def _parse(text):
    """(sign, coefficient, exponent) of a decimal string, or None.
    Surrounding white space is ignored and underscores are dropped
    wherever they are, as CPython's C implementation does."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or '0'), code
    mantissa, _, exponent = low.partition('e')
    if _ and not exponent:
        return None
    intpart, dot, frac = mantissa.partition('.')
    if not (intpart or frac):
        return None
    for part in (intpart, frac):
        if part and not part.isdigit():
            return None
    exp = 0
    if exponent:
        digits = exponent[1:] if exponent[0] in '+-' else exponent
        if not digits.isdigit():
            return None
        exp = int(exponent)
    digits = _ascii_digits(intpart + frac)
    return sign, int(digits or '0'), exp - len(frac)


def _ascii_digits(s):
    if s.isascii():
        return s
    return ''.join(str(int(ch)) for ch in s)


# ---- the Decimal type ----

class Decimal(object):
    """An exact decimal number, or Infinity or NaN: Decimal('3.14'),
    Decimal(314), Decimal(3.14) (the float's exact value),
    Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._signal(ConversionSyntax)
                self._sign, self._int, self._exp = 0, 0, 'n'
                return self
            self._sign, self._int, self._exp = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == 'F':
                self._sign, self._int, self._exp = sign, 0, 'F'
                return self
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            if exp in ('n', 'N'):
                self._sign, self._int, self._exp = sign, coeff, exp
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            self._sign, self._int, self._exp = sign, coeff, exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if math.isinf(f):
            return cls._make(1 if f < 0 else 0, 0, 'F', cls)
        if math.isnan(f):
            return cls._make(0, 0, 'n', cls)
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is a power of two
        return cls._make(sign, n * 5 ** k, -k, cls)

    @staticmethod
    def _make(sign, coeff, exp, cls=None):
        self = object.__new__(cls or Decimal)
        self._sign, self._int, self._exp = sign, coeff, exp
        return self

    # -- classification --

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N') if self._is_special() else False

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special()

    def is_zero(self):
        return not self._is_special() and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special() or not self._int:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special() or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special():
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._is_special()) else ()
        if self._exp == 'F':
            digits = (0,)
        elif self._exp in ('n', 'N') and not self._int:
            digits = ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._is_special():
            raise ValueError("cannot convert NaN to integer ratio")
        if not self._int:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- rounding --

    def _fix(self, context):
        """self rounded to context (precision, exponent limits, clamping),
        signalling what happened."""
        if self._is_special():
            if self._exp in 'nN':
                limit = context.prec - context.clamp
                if _digits(self._int) > limit:
                    return Decimal._make(self._sign, int(str(self._int)[-limit:]), self._exp)
            return self
        etiny = context.Etiny()
        etop = context.Etop()
        if not self._int:
            exp_max = context.Emax if not context.clamp else etop
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._signal(Clamped)
                return Decimal._make(self._sign, 0, new_exp)
            return self
        ndigits = _digits(self._int)
        exp_min = ndigits + self._exp - context.prec
        if exp_min > etop:
            return self._overflow(context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            drop = exp_min - self._exp
            coeff, inexact = _round_coeff(self._int, drop, self._sign, context.rounding)
            if _digits(coeff) > context.prec and coeff:
                coeff //= 10
                exp_min += 1
                if exp_min > etop:
                    return self._overflow(context)
            result = Decimal._make(self._sign, coeff, exp_min)
            if inexact and subnormal:
                context._signal(Underflow)
            if subnormal:
                context._signal(Subnormal)
            if inexact:
                context._signal(Inexact)
            context._signal(Rounded)
            if not coeff and subnormal and inexact:
                context._signal(Clamped)
            return result
        if subnormal:
            context._signal(Subnormal)
        if context.clamp == 1 and self._exp > etop:
            context._signal(Clamped)
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - etop), etop)
        return self

    def _overflow(self, context):
        context._signal(Overflow)
        context._signal(Inexact)
        context._signal(Rounded)
        r = context.rounding
        if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (r == ROUND_CEILING and not self._sign) or (r == ROUND_FLOOR and self._sign)):
            return Decimal._make(self._sign, 0, 'F')
        return Decimal._make(self._sign, 10 ** context.prec - 1, context.Etop())

    def _rescale(self, exp, rounding):
        """self with exponent exp (digits dropped by rounding, or zeros
        added), and whether non-zero digits were dropped."""
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        coeff, inexact = _round_coeff(self._int, exp - self._exp, self._sign, rounding)
        return Decimal._make(self._sign, coeff, exp), inexact

    # -- NaN handling --

    def _check_nans(self, other, context):
        """The NaN result of an operation on self and other, or None."""
        for x in (self, other):
            if x is not None and x._exp == 'N':
                context._signal(InvalidOperation)
                return Decimal._make(x._sign, x._int, 'n')._fix(context)
        for x in (self, other):
            if x is not None and x._exp == 'n':
                return x._fix(context)
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._signal(condition)
        return _NaN

    # -- arithmetic --

    def __add__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('+', self, other, False)
        other = converted
        context = context or getcontext()
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return self._invalid(context)
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total:
            sign = 1 if total < 0 else 0
        elif self._sign and other._sign:
            sign = 1
        elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return Decimal._make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('+', self, other, True)
        return self.__add__(converted, context=context)

    def __sub__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('-', self, other, False)
        other = converted
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context=context)

    def __rsub__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('-', self, other, True)
        other = converted
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('*', self, other, False)
        other = converted
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
            if (self._exp == 'F' and other.is_zero()) or (other._exp == 'F' and self.is_zero()):
                return self._invalid(context)
            return Decimal._make(sign, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('*', self, other, True)
        return self.__mul__(converted, context=context)

    def __truediv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('/', self, other, False)
        other = converted
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and other._exp == 'F':
                return self._invalid(context)
            if self._exp == 'F':
                return Decimal._make(sign, 0, 'F')
            context._signal(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return self._invalid(context, DivisionUndefined)
            context._signal(DivisionByZero)
            return Decimal._make(sign, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return Decimal._make(sign, 0, ideal)._fix(context)
        # Enough quotient digits for the precision plus one for rounding;
        # a non-zero remainder is folded in as a final odd digit.
        shift = _digits(other._int) - _digits(self._int) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('/', self, other, True)
        other = converted
        return other.__truediv__(self, context=context)

    def _divide_int(self, other, context):
        """(integer quotient, remainder) of finite self and other, or a
        result (NaN or infinity) for both."""
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan, nan
            if self._exp == 'F':
                if other._exp == 'F':
                    nan = self._invalid(context)
                    return nan, nan
                nan = self._invalid(context)
                return Decimal._make(sign, 0, 'F'), nan
            return Decimal._make(sign, 0, 0), Decimal(self)._fix(context)
        if not other._int:
            if not self._int:
                nan = self._invalid(context, DivisionUndefined)
                return nan, nan
            context._signal(DivisionByZero)
            return Decimal._make(sign, 0, 'F'), self._invalid(context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            nan = self._invalid(context, DivisionImpossible)
            return nan, nan
        return (Decimal._make(sign, q, 0),
                Decimal._make(self._sign, r, exp)._fix(context))

    def __floordiv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('//', self, other, False)
        other = converted
        context = context or getcontext()
        if not self._is_special() and not other._is_special() and not other._int and self._int:
            context._signal(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 'F')
        return self._divide_int(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('//', self, other, True)
        other = converted
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('%', self, other, False)
        other = converted
        context = context or getcontext()
        if not self._is_special() and not other._is_special() and not other._int:
            if not self._int:
                return self._invalid(context, DivisionUndefined)
            return self._invalid(context)
        return self._divide_int(other, context)[1]

    def __rmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('%', self, other, True)
        other = converted
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('divmod()', self, other, False)
        other = converted
        context = context or getcontext()
        return self._divide_int(other, context)

    def __rdivmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('divmod()', self, other, True)
        other = converted
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('** or pow()', self, other, False)
        other = converted
        context = context or getcontext()
        if modulo is not None:
            return self._pow_modulo(other, _convert_other(modulo, raiseit=True), context)
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
        if not other._is_special() and other._int and other._exp < 0 and \
                other._int % 10 ** -other._exp:
            raise NotImplementedError("decimal: ** with a non-integral exponent is not "
                                      "supported by Adder's decimal module")
        if other._exp == 'F':
            return self._pow_infinite(other._sign, context)
        n = int(other)
        sign = self._sign if n % 2 else 0
        if self._exp == 'F':
            if n == 0:
                return Decimal._make(0, 1, 0)
            return Decimal._make(sign, 0, 'F') if n > 0 else Decimal._make(sign, 0, 0)
        if not self._int:
            if n == 0:
                return self._invalid(context)
            if n > 0:
                return Decimal._make(sign, 0, 0)
            return Decimal._make(sign, 0, 'F')
        if n == 0:
            return Decimal._make(0, 1, 0)
        power = Decimal._make(0, self._int ** abs(n), self._exp * abs(n))
        # CPython (libmpdec) works at a few more digits than the context
        # and truncates there: a result below 10**(Etiny-5) becomes zero.
        limit = context.Etiny() - 5
        if n > 0:
            tiny = power.adjusted() < limit
        else:
            tiny = _exceeds_power_of_ten(power, -limit)
        if tiny:
            for condition in (Underflow, Subnormal, Inexact, Rounded, Clamped):
                context._signal(condition)
            return Decimal._make(sign, 0, context.Etiny())
        if n > 0:
            return Decimal._make(sign, power._int, power._exp)._fix(context)
        return Decimal._make(sign, 1, 0).__truediv__(power, context=context)

    def _pow_infinite(self, negative, context):
        """self ** Infinity (or ** -Infinity when negative)."""
        if self._exp == 'F':
            big = True
            magnitude = 1
        elif not self._int:
            return Decimal._make(0, 0, 'F') if negative else Decimal._make(0, 0, 0)
        else:
            n, d = Decimal._make(0, self._int, self._exp).as_integer_ratio()
            magnitude = (n > d) - (n < d)
        if self._sign:
            return self._invalid(context)
        if magnitude == 0:
            context._signal(Inexact)
            context._signal(Rounded)
            return Decimal._make(0, 10 ** (context.prec - 1), 1 - context.prec)
        if (magnitude > 0) != bool(negative):
            return Decimal._make(0, 0, 'F')
        return Decimal._make(0, 0, 0)

    def _pow_modulo(self, other, modulo, context):
        for x in (self, other, modulo):
            if x._is_special():
                nan = self._check_nans(other, context) or modulo._check_nans(None, context)
                if nan is not None:
                    return nan
                return self._invalid(context)
        if not (self._is_integral() and other._is_integral() and modulo._is_integral()):
            return self._invalid(context)
        if other._sign or not modulo._int or _digits(modulo._int) + max(modulo._exp, 0) > context.prec:
            return self._invalid(context)
        if not self._int and not other._int:
            return self._invalid(context)
        m = int(modulo)
        result = pow(int(self), int(other), abs(m))
        sign = self._sign if int(other) % 2 else 0
        return Decimal._make(sign, abs(result) if not sign else abs(result), 0)

    def _is_integral(self):
        if self._is_special():
            return False
        return self._exp >= 0 or self._int % 10 ** -self._exp == 0

    def __rpow__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _no_operand('** or pow()', self, other, True)
        other = converted
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
        if not self._is_special() and not self._int and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return Decimal._make(1 - self._sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
        sign = self._sign
        if not self._is_special() and not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return Decimal._make(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
        return Decimal._make(0, self._int, self._exp)._fix(context)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return Decimal._make(other._sign, self._int, self._exp)

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even)."""
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            if not self._sign:
                return Decimal(self)
        if not self._is_special() and not self._int:
            return Decimal._make(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign:
            return self._invalid(context)
        prec = context.prec
        # Scale the coefficient to about 2*prec+2 digits with an even
        # exponent, take the integer root, and remember inexactness.
        shift = 2 * prec + 2 - _digits(self._int)
        if (self._exp - shift) % 2:
            shift += 1
        if shift >= 0:
            c = self._int * 10 ** shift
            exact = True
        else:
            c, rem = divmod(self._int, 10 ** -shift)
            exact = not rem
        root = math.isqrt(c)
        exact = exact and root * root == c
        exp = (self._exp - shift) // 2
        if exact:
            ideal = self._exp // 2
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1
        rounding_context = context.copy()
        rounding_context.rounding = ROUND_HALF_EVEN
        rounding_context.flags = context.flags
        result = Decimal._make(0, root, exp)._fix(rounding_context)
        return result

    def normalize(self, context=None):
        """Rounded to the context, with trailing zeros removed."""
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
        d = self._fix(context)
        if d._is_special():
            return d
        if not d._int:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        exp_max = context.Emax if not context.clamp else context.Etop()
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        exp = _convert_other(exp, raiseit=True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special() or exp._is_special():
            nan = self._check_nans(exp, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return Decimal(self)
            return self._invalid(context)
        if not context.Etiny() <= exp._exp <= context.Emax:
            return self._invalid(context)
        if not self._int:
            return Decimal._make(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return self._invalid(context)
        if self.adjusted() - exp._exp + 1 > context.prec:
            return self._invalid(context)
        result, inexact = self._rescale(exp._exp, rounding)
        if result.adjusted() > context.Emax or _digits(result._int) > context.prec:
            return self._invalid(context)
        if result._int and result.adjusted() < context.Emin:
            context._signal(Subnormal)
        if result._exp > self._exp:
            if inexact:
                context._signal(Inexact)
            context._signal(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0), without flags."""
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or context.rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounded to an integer, flagging Inexact and Rounded."""
        context = context or getcontext()
        if self._is_special():
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self._int:
            return Decimal._make(self._sign, 0, 0)
        result, inexact = self._rescale(0, rounding or context.rounding)
        if inexact:
            context._signal(Inexact)
        context._signal(Rounded)
        return result

    # -- comparison --

    def _cmp(self, other):
        """-1, 0 or 1 for finite or infinite self and other."""
        if self._is_special() or other._is_special():
            a = 0 if not self._is_special() else (-1 if self._sign else 1)
            b = 0 if not other._is_special() else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a and b:
                    return (a > b) - (a < b)
                if a:
                    return a
                return -b
        if not self._int:
            if not other._int:
                return 0
            return -1 if not other._sign else 1
        if not other._int:
            return 1 if not self._sign else -1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        result = (a > b) - (a < b)
        return -result if self._sign else result

    def _cmp_ratio(self, ratio):
        """-1, 0 or 1 comparing finite or infinite self with n/d."""
        if self._exp == 'F':
            return -1 if self._sign else 1
        a, b = self.as_integer_ratio()
        n, d = ratio
        c = a * d - n * b
        return (c > 0) - (c < 0)

    def __eq__(self, other, context=None):
        other = _convert_for_compare(self, other, equality=True)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            return not self.is_nan() and self._cmp_ratio(other) == 0
        if self.is_nan() or other.is_nan():
            if self._exp == 'N' or other._exp == 'N':
                (context or getcontext())._signal(InvalidOperation)
            return False
        return self._cmp(other) == 0

    def _order(self, other, op):
        other = _convert_for_compare(self, other, equality=False)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            if self.is_nan():
                getcontext()._signal(InvalidOperation)
                return False
            return op(self._cmp_ratio(other), 0)
        if self.is_nan() or other.is_nan():
            getcontext()._signal(InvalidOperation)
            return False
        return op(self._cmp(other), 0)

    def __lt__(self, other, context=None):
        return self._order(other, lambda c, z: c < z)

    def __le__(self, other, context=None):
        return self._order(other, lambda c, z: c <= z)

    def __gt__(self, other, context=None):
        return self._order(other, lambda c, z: c > z)

    def __ge__(self, other, context=None):
        return self._order(other, lambda c, z: c >= z)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN for a NaN operand."""
        other = _convert_other(other, raiseit=True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context)
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp)) * (-1 if self._sign else 1)
        return (self if c >= 0 else other)._fix(context)

    def min(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp)) * (-1 if self._sign else 1)
        return (self if c <= 0 else other)._fix(context)

    def __hash__(self):
        if self._is_special():
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -sys.hash_info.inf if self._sign else sys.hash_info.inf
        modulus = sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, -1, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        result = -h if self._sign else h
        return -2 if result == -1 else result

    def __bool__(self):
        return self._is_special() or self._int != 0

    # -- conversions --

    def __int__(self):
        if self._is_special():
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._is_special():
            return int(self)
        return int(self._rescale(0, ROUND_FLOOR)[0])

    def __ceil__(self):
        if self._is_special():
            return int(self)
        return int(self._rescale(0, ROUND_CEILING)[0])

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._is_special():
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN)[0])

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- text --

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special():
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        """The string form with an exponent that is a multiple of 3."""
        return self.__str__(eng=True, context=context)

    def __format__(self, specifier, context=None):
        context = context or getcontext()
        spec = _parse_format_spec(specifier)
        typ = spec['type']
        if typ is None:
            typ = 'G' if context.capitals else 'g'
        if self._is_special():
            body = str(Decimal._make(0, self._int, self._exp))
            if typ == '%':
                body += '%'
            if spec['zero'] and spec['fill'] == '0':
                spec['fill'], spec['align'] = ' ', '>'
            return _pad(spec, self._sign, body, '')
        value = self
        if typ == '%':
            value = Decimal._make(value._sign, value._int, value._exp + 2)
        precision = spec['precision']
        rounding = context.rounding
        if precision is not None:
            if typ in 'eE':
                value = _round_significant(value, precision + 1, rounding, pad=True)
            elif typ in 'fF%':
                value = value._rescale(-precision, rounding)[0]
            elif typ in 'gG' and _digits(value._int) > max(precision, 1):
                value = _round_significant(value, max(precision, 1), rounding)
        if not value._int and value._exp > 0 and typ in 'fF%':
            value = Decimal._make(value._sign, 0, 0)
        digits = str(value._int)
        leftdigits = value._exp + len(digits)
        if typ in 'eE':
            dotplace = 1 - precision if (not value._int and precision is not None) else 1
        elif typ in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if (value._exp <= 0 and leftdigits > -6) else 1
        if dotplace < 0:
            intpart, fracpart = '0', '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
        exp = leftdigits - dotplace
        tail = '.' + fracpart if fracpart else ''
        if exp != 0 or typ in 'eE':
            tail += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ] + '%+d' % exp
        if typ == '%':
            tail += '%'
        return _pad(spec, value._sign, intpart, tail)


_NaN = Decimal._make(0, 0, 'n')
numbers.Number.register(Decimal)


def _exceeds_power_of_ten(d, k):
    """Whether the finite positive d is greater than 10**k."""
    if d._exp + _digits(d._int) - 1 != k:
        return d._exp + _digits(d._int) - 1 > k
    return d._int * 10 ** max(d._exp - k, 0) > 10 ** max(k - d._exp, 0)


def _round_coeff(coeff, drop, sign, rounding):
    """coeff with its last drop digits removed by rounding, and whether
    any of them was non-zero."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    scale = 10 ** drop
    q, r = divmod(coeff, scale)
    if not r:
        return q, False
    half = scale // 2 if scale > 1 else 0
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only when the last kept digit is 0 or 5
        up = q % 5 == 0
    return q + up, True


def _round_significant(value, ndigits, rounding, pad=False):
    """value rounded to ndigits significant digits (zeros appended to
    reach ndigits when pad)."""
    if not value._int:
        return value
    drop = _digits(value._int) - ndigits
    if drop <= 0:
        if pad and drop < 0:
            return Decimal._make(value._sign, value._int * 10 ** -drop, value._exp + drop)
        return value
    coeff, _ = _round_coeff(value._int, drop, value._sign, rounding)
    exp = value._exp + drop
    if _digits(coeff) > ndigits:
        coeff //= 10
        exp += 1
    return Decimal._make(value._sign, coeff, exp)


def _parse_format_spec(spec):
    result = {'fill': ' ', 'align': None, 'sign': '-', 'zero': False,
              'width': 0, 'thousands': '', 'precision': None, 'type': None}
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        result['fill'], result['align'] = spec[0], spec[1]
        i = 2
    elif spec[:1] and spec[0] in '<>=^':
        result['align'] = spec[0]
        i = 1
    if spec[i:i + 1] and spec[i] in '+- ':
        result['sign'] = spec[i]
        i += 1
    if spec[i:i + 1] == '0':
        result['zero'] = True
        if result['align'] is None:
            result['fill'], result['align'] = '0', '='
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    if i > start:
        result['width'] = int(spec[start:i])
    if spec[i:i + 1] == ',':
        result['thousands'] = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        result['precision'] = int(spec[start:i])
    if i < len(spec):
        result['type'] = spec[i]
        i += 1
    if i != len(spec) or (result['type'] is not None and result['type'] not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if result['type'] == 'n':
        result['type'] = 'g'
    return result


def _pad(spec, sign, intpart, tail):
    """Sign, integer digits (grouped by thousands when asked; zero-padded
    to the width for the '0' flag) and tail, aligned in the width."""
    if sign:
        prefix = '-'
    elif spec['sign'] in '+ ':
        prefix = spec['sign']
    else:
        prefix = ''
    width = spec['width']
    zeropad = spec['zero'] and spec['align'] == '=' and spec['fill'] == '0'
    if zeropad and intpart.isdigit():
        min_width = width - len(tail) - len(prefix)
        intpart = _grouped(intpart, spec['thousands'], min_width)
    elif spec['thousands'] and intpart.isdigit():
        intpart = _grouped(intpart, spec['thousands'], 0)
    body = intpart + tail
    text = prefix + body
    if len(text) >= width:
        return text
    pad = width - len(text)
    align = spec['align'] or '>'
    fill = spec['fill']
    if align == '<':
        return text + fill * pad
    if align == '>':
        return fill * pad + text
    if align == '=':
        return prefix + fill * pad + body
    left = pad // 2
    return fill * left + text + fill * (pad - left)


def _grouped(digits, sep, min_width):
    """digits with sep every three from the right, left-padded with zeros
    (separators included) to at least min_width characters."""
    if not sep:
        return digits.rjust(max(min_width, len(digits)), '0')
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    while len(sep.join(groups)) < min_width:
        if len(groups[0]) < 3:
            groups[0] = '0' + groups[0]
        else:
            groups.insert(0, '0')
    return sep.join(groups)


def _no_operand(symbol, self, other, reflected):
    """NotImplemented, or for the built-in numbers a Decimal does not mix
    with (whose own methods decline too) the TypeError CPython raises,
    which names the type 'decimal.Decimal'."""
    if isinstance(other, (float, complex)) or (isinstance(other, numbers.Rational)
                                               and type(other).__module__ == 'fractions'):
        names = ["'decimal.Decimal'", "'%s'" % type(other).__name__]
        if reflected:
            names.reverse()
        raise TypeError('unsupported operand type(s) for %s: %s and %s'
                        % (symbol, names[0], names[1]))
    return NotImplemented


def _convert_other(other, raiseit=False):
    """other as a Decimal (ints convert), else NotImplemented or
    TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % type(other).__name__)
    return NotImplemented


def _convert_for_compare(self, other, equality):
    """other converted for a comparison with self: ints, Rationals (by
    scaling self), and floats (flagging FloatOperation; trapped only for
    ordering)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        context = getcontext()
        context.flags[FloatOperation] = True
        if not equality and context.traps.get(FloatOperation):
            raise FloatOperation([FloatOperation])
        return Decimal.from_float(other)
    if isinstance(other, complex) and equality and other.imag == 0:
        return _convert_for_compare(self, other.real, equality)
    if isinstance(other, numbers.Rational):
        return (other.numerator, other.denominator)
    return NotImplemented



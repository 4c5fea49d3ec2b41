"""Dates, times, durations and fixed-offset time zones.

Adder's own implementation of CPython 3.11's datetime module: the types
date, time, datetime, timedelta, tzinfo and timezone with their arithmetic,
comparisons, reprs, ISO 8601 formatting and parsing, strftime and strptime.
Values are immutable; every constructor validates its fields and raises
ValueError (or OverflowError for timedelta) with CPython's messages.
Days are counted as proleptic Gregorian ordinals (0001-01-01 is day 1).
"""

import time as _time
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ord2ymd(n):
    # Split the ordinal into 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _qualname(obj):
    cls = type(obj)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _cmperror(a, b):
    raise TypeError("'<' not supported between instances of '%s' and '%s'"
                    % (type(a).__name__, type(b).__name__))


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % offset)


def _format_offset(off, sep=":"):
    # +HH:MM, with :SS and .ffffff only when nonzero.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    # Expand %f, %z and %Z here; time.strftime does the rest.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        exact = 0
        approx = 0.0
        for value, scale in ((days, 86400000000), (seconds, 1000000),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                whole = int(value)
                exact += whole * scale
                approx += (value - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_COMPONENT[scale], type(value).__name__))
        if approx:
            exact += round(approx)
        return cls._from_us(exact)

    @classmethod
    def _from_us(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_qualname(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_COMPONENT = {86400000000: "days", 1000000: "seconds", 1: "microseconds",
              1000: "milliseconds", 60000000: "minutes",
              3600000000: "hours", 604800000000: "weeks"}


def _divide_round(a, b):
    # a / b rounded half to even, exactly.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple date.isocalendar returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ("%s(year=%d, week=%d, weekday=%d)"
                % (_qualname(self), self[0], self[1], self[2]))


IsoCalendarDate.__module__ = "datetime"


def _iso_week1_monday(year):
    # Ordinal of the Monday of ISO week 1: the week holding January 4th.
    first = _ymd2ord(year, 1, 1)
    wday = (first + 6) % 7
    monday = first - wday
    if wday > 3:
        monday += 7
    return monday


def _bad_iso(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD.
    year = _digits(s, 0, 4)
    pos = 4
    extended = s[pos:pos + 1] == "-"
    if extended:
        pos += 1
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if extended:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError
        return _from_iso_calendar(year, week, day)
    month = _digits(s, pos, 2)
    pos += 2
    if extended:
        if s[pos:pos + 1] != "-":
            raise ValueError
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError
    return year, month, day


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        weeks53 = False
        if week == 53:
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            weeks53 = first == 3 or (first == 2 and _is_leap(year))
        if not weeks53:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff...]]] or the basic forms, then an optional offset.
    tz = None
    for mark in ("Z", "+", "-"):
        k = s.find(mark)
        if k >= 0:
            tzpart = s[k + 1:]
            s = s[:k]
            if mark == "Z":
                if tzpart:
                    raise ValueError
                tz = timezone.utc
            else:
                h, m, sec, us = _parse_hms(tzpart)
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                if mark == "-":
                    off = -off
                tz = timezone.utc if not off else timezone(off)
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    fields = [0, 0, 0]
    pos = 0
    n = len(s)
    extended = n > 2 and s[2] == ":"
    for k in range(3):
        fields[k] = _digits(s, pos, 2)
        pos += 2
        if pos == n:
            return fields[0], fields[1], fields[2], 0
        if k == 2:
            break
        if extended:
            if s[pos] != ":":
                raise ValueError
            pos += 1
        elif s[pos] in ".,":
            raise ValueError
    if s[pos] not in ".,":
        raise ValueError
    frac = s[pos + 1:]
    if not frac or not frac.isdigit() or not frac.isascii():
        raise ValueError
    us = int((frac + "00000")[:6])
    return fields[0], fields[1], fields[2], us


class date:
    """A calendar date in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        try:
            return cls(*_parse_iso_date(date_string))
        except ValueError:
            raise _bad_iso(date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_qualname(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
            self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) \
            and not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % offset)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_qualname(self), self._offset)
        return "%s(%r, %r)" % (_qualname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance "
                        "or None")

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname() argument must be a datetime instance "
                            "or None")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance "
                            "or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _call_offset(tz, name, dt):
    if tz is None:
        return None
    off = getattr(tz, name)(dt)
    _check_offset(name, off)
    return off


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


class time:
    """A time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            h, m, sec, us, tz = _parse_iso_time(s)
            return cls(h, m, sec, us, tz)
        except ValueError:
            raise _bad_iso(time_string) from None

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def _tail_repr(self):
        s = ""
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        return "%s(%s%s)" % (_qualname(self), s, self._tail_repr())

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        tt = _build_struct_time(1900, 1, 1, self._hour, self._minute,
                                self._second, -1)
        return _wrap_strftime(self, format, tt)

    __format__ = date.__format__

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) \
            * 1000000 + self._microsecond

    def _cmpkey(self, other):
        # Microseconds since midnight, shifted to UTC when both are aware.
        if self._tzinfo is other._tzinfo:
            return self._us(), other._us()
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            return None
        a = self._us() - (a._to_us() if a is not None else 0)
        b = other._us() - (b._to_us() if b is not None else 0)
        return a, b

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        k = self._cmpkey(other)
        return k is not None and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if not isinstance(other, time):
            return None
        k = self._cmpkey(other)
        if k is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(k[0], k[1])

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                self._hashcode = hash(t._us() - off._to_us())
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_US_PER_DAY = 86400000000


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us(cls, us, tz, fold=0):
        # us counts microseconds from the start of ordinal day 0.
        days, us = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        s, us = divmod(us, 1000000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        y, mo, d = _ord2ymd(days)
        return cls(y, mo, d, h, m, s, us, tz, fold=fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            a, b = t.as_integer_ratio()
            whole, us = divmod(_divide_round(a * 1000000, b), 1000000)
        else:
            whole, us = _index(t), 0
        fields = (_time.gmtime if utc else _time.localtime)(whole)
        y, m, d, hh, mm, ss = fields[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            if s[4] == "-":
                n = 10
                if s[5] == "W":
                    n = 10 if len(s) > 8 and s[8] == "-" else 8
            elif s[4] == "W":
                n = 8 if len(s) > 7 and s[7].isdigit() else 7
            else:
                n = 8
            y, m, d = _parse_iso_date(s[:n])
            h = mi = sec = us = 0
            tz = None
            if len(s) > n:
                h, mi, sec, us, tz = _parse_iso_time(s[n + 1:])
            return cls(y, m, d, h, mi, sec, us, tz)
        except ValueError:
            raise _bad_iso(date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _build_struct_time(t._year, t._month, t._day, t._hour,
                                  t._minute, t._second, 0)

    def _local_us(self):
        return (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _utc_us(self):
        # None when naive.
        off = self.utcoffset()
        if off is None:
            return None
        return self._local_us() - off._to_us()

    def timestamp(self):
        us = self._utc_us()
        if us is None:
            secs = _time.mktime((self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (us - _EPOCH_US) / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        us = self._utc_us()
        if us is None:
            us = self._local_us() - _local_timezone(self).utcoffset(None)._to_us()
        elif self._tzinfo is tz:
            return self
        utc = datetime._from_us(us, tz)
        result = tz.fromutc(utc)
        if type(result) is not type(self) and type(self) is not datetime:
            return type(self)._from_us(result._local_us(), tz)
        return result

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec),
            _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = ", ".join(map(str, fields))
        return "%s(%s%s)" % (_qualname(self), s, time._tail_repr(self))

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() + other._to_us(),
                                       self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._to_us(),
                                       self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return timedelta._from_us(self._local_us() - other._local_us())
        a = self._utc_us()
        b = other._utc_us()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        if a is None:
            return timedelta._from_us(self._local_us() - other._local_us())
        return timedelta._from_us(a - b)

    def _order(self, other, equality):
        # (a, b) microsecond keys to compare, or None when naive meets aware.
        if self._tzinfo is other._tzinfo:
            return self._local_us(), other._local_us()
        a = self._utc_us()
        b = other._utc_us()
        if (a is None) != (b is None):
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if a is None:
            return self._local_us(), other._local_us()
        return a, b

    def _compare(self, other, equality):
        if isinstance(other, datetime):
            return self._order(other, equality)
        if isinstance(other, date) and not equality:
            raise TypeError("can't compare %s to %s"
                            % (_qualname(self), _qualname(other)))
        return NotImplemented

    def __eq__(self, other):
        k = self._compare(other, True)
        if k is NotImplemented:
            return False if isinstance(other, date) else NotImplemented
        return k is not None and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        k = self._compare(other, False)
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._compare(other, False)
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._compare(other, False)
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._compare(other, False)
        return k if k is NotImplemented else k[0] >= k[1]

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            us = t._utc_us()
            if us is None:
                us = t._local_us()
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_date_class = date
_time_class = time
_EPOCH_US = _ymd2ord(1970, 1, 1) * _US_PER_DAY

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _local_timezone(dt):
    # The system's fixed offset at dt (naive dt is read as local time).
    us = dt._utc_us()
    if us is None:
        ts = int(_time.mktime((dt._year, dt._month, dt._day, dt._hour,
                               dt._minute, dt._second, -1, -1, -1)))
    else:
        ts = (us - _EPOCH_US) // 1000000
    local = _time.localtime(ts)
    utc = _time.gmtime(ts)
    off = (datetime(*local[:6]) - datetime(*utc[:6]))
    name = getattr(local, "tm_zone", None)
    return timezone(off, name) if name else timezone(off)


_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday")
_NUMERIC = {"Y": (4, 4), "m": (1, 2), "d": (1, 2), "H": (1, 2), "I": (1, 2),
            "M": (1, 2), "S": (1, 2), "f": (1, 6), "y": (2, 2), "j": (1, 3)}


def _strptime(text, format):
    # The C-locale subset of strptime directives datetime needs; returns the
    # datetime constructor's positional arguments.
    if not isinstance(text, str) or not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s"
                        % type(text if not isinstance(text, str) else format)
                        .__name__)
    mismatch = ValueError("time data %r does not match format %r"
                          % (text, format))
    got = {}
    tz = None
    pos = 0
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            continue
        if ch != "%":
            if text[pos:pos + 1].lower() != ch.lower():
                raise mismatch
            pos += 1
            continue
        if i == n:
            raise ValueError("stray %% in format %r" % format)
        d = format[i]
        i += 1
        if d == "%":
            if text[pos:pos + 1] != "%":
                raise mismatch
            pos += 1
        elif d in _NUMERIC:
            lo, hi = _NUMERIC[d]
            k = pos
            while k < len(text) and k - pos < hi and "0" <= text[k] <= "9":
                k += 1
            if k - pos < lo:
                raise mismatch
            if d == "f":
                got[d] = int((text[pos:k] + "00000")[:6])
            else:
                got[d] = int(text[pos:k])
            pos = k
        elif d in "bBaA":
            names = _FULL_MONTHS if d in "bB" else _FULL_DAYS
            rest = text[pos:].lower()
            for idx, name in enumerate(names):
                if d in "BA" and rest.startswith(name):
                    got[d] = idx
                    pos += len(name)
                    break
                if d in "ba" and rest.startswith(name[:3]):
                    got[d] = idx
                    pos += 3
                    break
            else:
                raise mismatch
        elif d == "p":
            word = text[pos:pos + 2].lower()
            if word not in ("am", "pm"):
                raise mismatch
            got[d] = word
            pos += 2
        elif d == "z":
            if text[pos:pos + 1] == "Z":
                tz = timezone.utc
                pos += 1
            else:
                k = pos + 1
                while k < len(text) and (text[k].isdigit() or text[k] in ":."):
                    k += 1
                sign = text[pos:pos + 1]
                try:
                    if sign not in ("+", "-"):
                        raise ValueError
                    body = text[pos + 1:k].replace(":", "")
                    hh, mm, ss, us = _parse_hms(body)
                except ValueError:
                    raise mismatch from None
                off = timedelta(hours=hh, minutes=mm, seconds=ss,
                                microseconds=us)
                tz = timezone(-off if sign == "-" else off)
                pos = k
        elif d == "Z":
            k = pos
            while k < len(text) and text[k].isalpha():
                k += 1
            if k == pos:
                raise mismatch
            pos = k
        else:
            raise ValueError("%r is a bad directive in format %r"
                             % (d, "%" + d))
    if pos != len(text):
        raise ValueError("unconverted data remains: %s" % text[pos:])
    year = got.get("Y", 1900)
    if "y" in got:
        year = got["y"] + (2000 if got["y"] < 69 else 1900)
    month = got.get("m", got.get("B", got.get("b", 0) if "b" in got else None))
    if month is None:
        month = 1
    elif "m" not in got:
        month += 1
    day = got.get("d", 1)
    if "j" in got:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + got["j"] - 1)
    hour = got.get("H", 0)
    if "I" in got:
        hour = got["I"] % 12
        if got.get("p") == "pm":
            hour += 12
    return (year, month, day, hour, got.get("M", 0), got.get("S", 0),
            got.get("f", 0), tz)

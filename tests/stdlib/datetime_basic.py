# datetime: timedelta, date, time, datetime and timezone with fixed values.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

td = timedelta(days=1, hours=1)
print(repr(td), td, repr(timedelta()), timedelta(0))
for t in (timedelta(microseconds=-1), timedelta(days=-2, seconds=5),
          timedelta(weeks=1.5, minutes=0.25), timedelta(hours=-25),
          timedelta(milliseconds=1.5), timedelta(seconds=0.5e-6)):
    print(repr(t), str(t), t.total_seconds())
print(td * 2, td * 0.5, 3 * td, td / 2, td / 3.0, td / timedelta(hours=1))
print(td // timedelta(minutes=7), td // 7, td % timedelta(minutes=7))
print(divmod(td, timedelta(minutes=7)), -td, abs(-td), +td)
print(td == timedelta(seconds=90000), td < timedelta(days=2), bool(timedelta()))
print(hash(td) == hash(timedelta(seconds=90000)))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print("OverflowError:", e)

d = date(2024, 1, 15)
print(repr(d), d, d.isoformat(), d.ctime(), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(date(2021, 1, 1).isocalendar()))
print(d.toordinal(), date.fromordinal(738900), date.fromordinal(1), date.max)
print(d + timedelta(days=50), d - timedelta(days=20), d - date(2000, 2, 29))
print(d.replace(month=2, day=29), d.timetuple())
print(d.strftime("%Y/%m/%d %a %A %b %B %j"), f"{d:%d.%m.%Y}", format(d, ""))
print(date.fromisoformat("2024-03-01"), date.fromisoformat("20240301"),
      date.fromisoformat("2024-W09-5"), date.fromisocalendar(2020, 53, 7))
print(d == date(2024, 1, 15), d < date(2024, 1, 16), d == datetime(2024, 1, 15))
for bad in ((2024, 13, 1), (2023, 2, 29), (0, 1, 1)):
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("2024-1-15", "2024-01-15T00", ""):
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)

t = time(12, 30)
print(repr(t), t, repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4))
print(t.isoformat("hours"), t.isoformat("milliseconds"), t.strftime("%H %M %S %f %p"))
print(time.fromisoformat("04:05:06.789+05:30"), time.fromisoformat("T0405"))
print(time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
print(repr(utc), str(utc), repr(est), est, timezone(timedelta(hours=5, minutes=30)))
print(repr(timezone(timedelta(minutes=90))), timezone.min, timezone.max)

x = datetime(2024, 1, 15, 3, 4, 5, 123)
print(repr(x), x, x.isoformat(), x.isoformat(" ", "seconds"), x.ctime())
print(repr(datetime(2024, 1, 15)), repr(datetime(2024, 1, 15, 3, 0, 7)))
a = x.replace(tzinfo=utc)
print(repr(a), a, a.utcoffset(), a.tzname(), a.timestamp())
print(a.astimezone(est), repr(a.astimezone(est)), a.astimezone(est) == a)
print(a - datetime(2024, 1, 1, tzinfo=est), x - datetime(2023, 12, 25))
print(x + timedelta(days=400, microseconds=999877), x.date(), x.time(), a.timetz())
print(datetime.combine(d, time(8, 15, tzinfo=est)), x.timetuple(), a.utctimetuple())
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f%z%Z"), a.strftime("%z|%Z"), f"{a:%H:%M %Z}")
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.25, est))
print(datetime.utcfromtimestamp(86400.5))
for s in ("2024-01-15", "2024-01-15T03:04", "2024-01-15 03:04:05.5Z",
          "20240115T030405,25-0230", "2024-W03-1T10", "2024W031 10:00+01"):
    print(repr(datetime.fromisoformat(s)))
print(repr(datetime.strptime("2024-01-15 03:04:05.12 +0130", "%Y-%m-%d %H:%M:%S.%f %z")))
print(repr(datetime.strptime("15 January 2024 3PM", "%d %B %Y %I%p")))
print(repr(datetime.strptime("99/7/4", "%y/%m/%d")), datetime.strptime("2024 032", "%Y %j"))
for args in (("2024-01-15", "%Y-%m"), ("x", "%Y")):
    try:
        datetime.strptime(*args)
    except ValueError as e:
        print("ValueError:", e)
print(x == a, x != a, a == a.astimezone(est), x == x.date(), x.date() == x)
for op in (lambda: x < a, lambda: x < x.date(), lambda: x - a):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(hash(a) == hash(a.astimezone(est)), sorted([x, datetime(2000, 1, 1), datetime.min]))
print(dt.MINYEAR, dt.MAXYEAR, datetime.max, datetime.resolution, date.resolution)
print(isinstance(x, date), issubclass(timezone, dt.tzinfo))

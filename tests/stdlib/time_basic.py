# time: struct_time, gmtime, strftime, strptime, asctime and clocks
# (deterministic parts only).
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t[0], t.tm_zone, t.tm_gmtoff, len(t), type(t).__name__, isinstance(t, tuple))
print(time.gmtime(0), time.gmtime(-1).tm_year, time.gmtime(1e9 + 0.9).tm_sec)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d %j %U %W %w %y %p %I", "%c|%x|%X|%%|%e|%D|%T|%F|%G-%V-%u|%C", "%z %Z"]:
    print(time.strftime(fmt, t))
print(time.asctime(t), time.asctime((2024, 2, 29, 23, 59, 60, 3, 60, 0)))
print(time.strftime("%Y %m %d", (2000, 1, 1, 0, 0, 0, 0, 0, 0)))
for s, f in [("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"), ("5 Mar 99", "%d %b %y"), ("Tuesday  July 4 1776", "%A %B %d %Y"),
             ("12:30 PM", "%I:%M %p"), ("100 2020", "%j %Y"), ("2021-06-01T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"),
             ("Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y")]:
    print(time.strptime(s, f))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
a = time.monotonic(); b = time.monotonic()
print(b >= a, time.perf_counter_ns() > 0, time.process_time() >= 0, isinstance(time.time_ns(), int))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
time.sleep(0.001)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, time.get_clock_info("time").implementation)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)

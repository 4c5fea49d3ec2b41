# time.clock_settime and clock_settime_ns: only calls that must fail (a
# clock set before boot, an unsettable clock, bad arguments), so the test
# never moves the system clock, privileged or not.
import errno
import os
import time


def show(f, *args, **kw):
    try:
        f(*args, **kw)
    except PermissionError as e:
        # Unprivileged: CPython's PermissionError [Errno 1].
        print(f.__name__, "PermissionError", e.errno == errno.EPERM, str(e) == "[Errno 1] Operation not permitted")
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, "returned")


def realtime_refused(f, value):
    # With CAP_SYS_TIME the kernel refuses a wall clock before boot
    # (EINVAL); without it, EPERM. Either way the clock is not set.
    try:
        f(time.CLOCK_REALTIME, value)
    except OSError as e:
        print(f.__name__, e.errno in (errno.EPERM, errno.EINVAL),
              isinstance(e, PermissionError) == (e.errno == errno.EPERM),
              str(e) == "[Errno %d] %s" % (e.errno, os.strerror(e.errno)))
    else:
        print(f.__name__, "set the clock!")


realtime_refused(time.clock_settime, 0)
realtime_refused(time.clock_settime, 0.5)
realtime_refused(time.clock_settime_ns, 0)
realtime_refused(time.clock_settime_ns, True)

R = time.CLOCK_REALTIME
for args in [(R, -1), (R, -1.5), (R, -1e-10), (R, -2**33), (time.CLOCK_MONOTONIC, 5.0),
             (time.CLOCK_MONOTONIC, -5), (99999, -1), (R, float("nan")), (R, -1e300),
             (R, -float("inf")), (R, -1e10), (R, -2**62), (R, -2**80), (R, "x"), (R, None),
             (R, []), ("a", -1), (1.5, -1), (2**40, -1), (-2**40, -1), (2**70, -1), (R,), (R, -1, 2), ()]:
    show(time.clock_settime, *args)
show(time.clock_settime, clk_id=R, time=-1)

for args in [(R, -1), (R, -2**63), (R, -2**63 - 1), (R, -2**80), (time.CLOCK_MONOTONIC, 5),
             (99999, -1), (R, -1.5), (R, "x"), ("a", -1), (1.5, -1), (-2**40, -1), (R,)]:
    show(time.clock_settime_ns, *args)

show(time.clock_settime_ns, clk_id=R, time=-1)
print(time.clock_settime.__doc__ is not None, time.clock_settime_ns.__name__)

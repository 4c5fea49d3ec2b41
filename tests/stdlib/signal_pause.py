# signal.pause: it returns once a signal's Python handler has run (or
# raises what the handler raised); and signal.sigpending.
import signal
import time

got = []


def handler(n, frame):
    got.append(signal.Signals(n).name)


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
print(signal.pause(), got, time.monotonic() - t0 >= 0.04)


def boom(n, frame):
    raise RuntimeError('from handler')


signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    signal.pause()
except RuntimeError as e:
    print('raised', e)

try:
    signal.pause(1)
except TypeError as e:
    print(e)
print(signal.sigpending(), signal.sigpending.__doc__.splitlines()[0])

# SIGINT's default handler raises KeyboardInterrupt out of pause.
signal.signal(signal.SIGALRM, signal.default_int_handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    signal.pause()
except KeyboardInterrupt:
    print('KeyboardInterrupt')

# pidfd_send_signal (signal 0 only checks that the process exists).
import os
fd = os.pidfd_open(os.getpid())
print(signal.pidfd_send_signal(fd, 0), signal.pidfd_send_signal(fd, 0, None, 0))
os.close(fd)
for args, kw in [((-1, 0), {}), ((0, 0, 1), {}), ((0, 0), {'flags': 0}), ((0,), {}), ((0, 'x'), {})]:
    try:
        signal.pidfd_send_signal(*args, **kw)
    except (OSError, TypeError) as e:
        print(repr(e))

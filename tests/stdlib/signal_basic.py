# signal: handlers, getsignal, raise_signal, the enums, strsignal,
# valid_signals, timers and errors.
import signal
import time

print(repr(signal.SIGINT), str(signal.SIGINT), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.SIGINT == 2, signal.SIGTERM + 0, signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), repr(signal.Signals(6)))
print(signal.Signals.SIGINT.name, signal.Signals.SIGINT.value, signal.Signals["SIGTERM"] if hasattr(signal.Signals, "__getitem__") else signal.Signals.SIGTERM)
print(repr(signal.Sigmasks.SIG_BLOCK), signal.SIG_UNBLOCK, signal.SIG_SETMASK, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(f"{signal.SIGINT}", "%d" % signal.SIGINT, isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError:", e)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGUSR1)))
print(signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")

got = []


def handler(signum, frame):
    got.append((signum, type(frame).__name__))


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(len(got), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))


def raiser(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError:", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# SIGINT through the default handler.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

# alarm and setitimer deliver SIGALRM to a Python handler.
alarms = []
signal.signal(signal.SIGALRM, lambda n, f: alarms.append(n))
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
deadline = time.time() + 5
while not alarms and time.time() < deadline:
    time.sleep(0.01)
print(alarms)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(100), signal.alarm(0))
signal.signal(signal.SIGALRM, signal.SIG_DFL)

for args in [(99, handler), (signal.SIGKILL, handler), (signal.SIGUSR1, 5), (signal.SIGUSR1, None), (0, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: signal.getsignal(99), lambda: signal.getsignal(0), lambda: signal.raise_signal(99),
          lambda: signal.strsignal(99), lambda: signal.setitimer(99, 1), lambda: signal.signal("x", handler)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([signal.strsignal(i) for i in range(1, 35)], signal.strsignal(64))
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), min(vs), max(vs), 32 in vs, repr(sorted(vs)[0]))
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1:])
print(sorted(n for n in dir(signal) if not n.startswith("_") and n not in (
    "pause", "pidfd_send_signal", "pthread_kill", "pthread_sigmask", "set_wakeup_fd",
    "siginterrupt", "sigpending", "sigtimedwait", "sigwait", "sigwaitinfo", "struct_siginfo")))

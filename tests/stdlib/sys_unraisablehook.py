# sys.unraisablehook: its default output, a custom hook, a failing hook,
# and the runtime's callers (weakref callbacks, atexit, threads).
import atexit
import gc
import sys
import threading
import weakref


class C:
    pass


class Callback:
    """A weakref callback with a stable repr."""

    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __call__(self, *args):
        self.fn()

    def __repr__(self):
        return '<callback %s>' % self.name


def raise_value_error():
    raise ValueError()


cb = Callback('cb', raise_value_error)


class E(Exception):
    def __str__(self):
        raise TypeError


def raise_chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise E from e


cb2 = Callback('cb2', raise_chained)


def collect(callback):
    c = C()
    r = weakref.ref(c, callback)
    del c
    gc.collect()


print(sys.unraisablehook is sys.__unraisablehook__)
collect(cb)
collect(cb2)

seen = []
sys.unraisablehook = seen.append
collect(cb)
a = seen.pop()
T = type(a)
print(T.__name__, T.__module__, len(a), T.n_fields)
print(a.exc_type, repr(a.exc_value), type(a.exc_traceback).__name__, a.err_msg, a.object is cb)
print(a[0] is a.exc_type, a.exc_value.__traceback__ is a.exc_traceback)


class BadHook:
    def __call__(self, args):
        raise KeyError('h')

    def __repr__(self):
        return '<bad hook>'


badhook = BadHook()


sys.unraisablehook = badhook
collect(cb)
sys.unraisablehook = None
collect(cb)
del sys.unraisablehook
collect(cb)
sys.unraisablehook = sys.__unraisablehook__

try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
hook = sys.__unraisablehook__
hook(T((ValueError, ValueError('v'), None, 'custom msg', 42)))
hook(T((ValueError, ValueError('v'), None, None, None)))
hook(T((ValueError, None, None, 'm', None)))
hook(T((E, E(), None, 'x', None)))
sys.stderr = None
hook(T((ValueError, ValueError('v'), None, None, None)))
sys.stderr = sys.__stderr__


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append('<flush>')


sys.stderr = out = Out()
hook(T((KeyError, KeyError('k'), None, None, C)))
sys.stderr = sys.__stderr__
print(''.join(out.parts))

sys.unraisablehook = seen.append
import _thread
done = threading.Event()


def fails():
    try:
        raise OSError('in thread')
    finally:
        done.set()


_thread.start_new_thread(fails, ())
done.wait()
while not seen:
    pass
a = seen.pop()
print(a.exc_type, a.err_msg, a.object is fails)
sys.unraisablehook = sys.__unraisablehook__


def at_exit():
    raise RuntimeError('at exit')


atexit.register(Callback('at exit', at_exit))
print('end')

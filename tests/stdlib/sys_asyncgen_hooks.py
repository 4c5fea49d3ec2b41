# sys.get/set_asyncgen_hooks (firstiter runs on an async generator's
# first iteration, per thread) and coroutine origin tracking (cr_origin).
import os
import sys
import threading

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, h.firstiter, h[1], len(h))
log = []


class Hook:
    def __init__(self, name):
        self.name = name

    def __call__(self, g):
        log.append((self.name, g.__name__))

    def __repr__(self):
        return '<hook %s>' % self.name


first, fin = Hook('first'), Hook('fin')
try:
    sys.set_asyncgen_hooks(firstiter=1, finalizer=fin)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())  # the finalizer was set before the error
try:
    sys.set_asyncgen_hooks(fin, 2)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(first)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks())
for args, kw in [((), {'foo': 1}), ((1, 2, 3), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
    except TypeError as e:
        print(e)
sys.set_asyncgen_hooks(first, fin)


async def agen():
    yield 1
    yield 2


g = agen()
print(log)
a = g.__anext__()
print(log)
try:
    a.send(None)
except StopIteration as e:
    print('got', e.value)
g.asend(None)
g.athrow(ValueError)
g.aclose()
print(log)
keep = []  # a collected unfinished generator would call the finalizer
for method in ['asend', 'athrow', 'aclose']:
    log.clear()
    g = agen()
    keep.append(g)
    getattr(g, method)(*([None] if method != 'aclose' else []))
    print(method, log)


def boom(g):
    raise ValueError('first failed')


sys.set_asyncgen_hooks(firstiter=boom)
g2 = agen()
try:
    g2.__anext__()
except ValueError as e:
    print('anext', e)
print(type(g2.__anext__()).__name__)  # firstiter runs once only

sys.set_asyncgen_hooks(None, None)


async def main():
    async for x in agen():
        print(x)

sys.set_asyncgen_hooks(first)
log.clear()
coro = main()
try:
    coro.send(None)
except StopIteration:
    pass
print(log)
sys.set_asyncgen_hooks(first, fin)
t = threading.Thread(target=lambda: print('thread', sys.get_asyncgen_hooks()))
t.start()
t.join()
sys.set_asyncgen_hooks(None, None)

# Coroutine origin tracking.


async def co():
    return 1


def outer():
    return inner()


def inner():
    return co()


def show(origin):
    if origin is None:
        return None
    return [(os.path.basename(f), line, name) for f, line, name in origin]


print(sys.get_coroutine_origin_tracking_depth())
c = co()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print(show(c.cr_origin))
c.close()
sys.set_coroutine_origin_tracking_depth(100)
c = outer()
print(show(c.cr_origin))
c.close()
for bad in [-1, '1']:
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(depth=0)
c = outer()
print(c.cr_origin)
c.close()

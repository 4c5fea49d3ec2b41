# State seen through a chain of `yield from` / `await` while its innermost
# generator runs, and after it suspends: handled exceptions of delegators
# suspended inside except blocks, frames and their f_back, a delegate shared
# by two delegators, and a delegate resumed directly between resumptions.
import sys


def names(frame, n):
    out = []
    while frame is not None and len(out) < n:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def exc_name():
    e = sys.exc_info()[1]
    return None if e is None else "%s(%s)" % (type(e).__name__, e)


# Each delegator suspended in an except block makes its exception the one
# handled below it, unless a generator further down handles its own.
def leaf_reporting():
    yield exc_name()
    try:
        raise KeyError("leaf")
    except KeyError:
        yield exc_name()
    yield exc_name()
    return exc_name()


def in_except(tag, inner):
    try:
        raise ValueError(tag)
    except ValueError:
        r = yield from inner
        yield "after " + str(r) + " " + str(exc_name())
    yield "out " + str(exc_name())


def plain(inner):
    return (yield from inner)


g = plain(in_except("outer", plain(in_except("inner", leaf_reporting()))))
print(list(g))
g = in_except("a", plain(leaf_reporting()))
print(list(g))
try:
    raise TypeError("caller")
except TypeError:
    print(list(plain(plain(leaf_reporting()))))
    print(exc_name())
print(exc_name())


# An exception raised at the bottom gets the handled exception of the
# delegators as its context.
def raiser():
    yield 1
    raise IndexError("bottom")


g = in_except("ctx", plain(raiser()))
next(g)
try:
    next(g)
except IndexError as e:
    print("context", repr(e.__context__))


# Frames: while the innermost runs, every delegator's frame is below it;
# once suspended, a generator frame has no f_back.
def frames_leaf():
    yield names(sys._getframe(), 5)
    yield names(sys._getframe(), 5)


def frames_mid(inner):
    yield from inner


def frames_top(inner):
    yield from inner


leaf = frames_leaf()
mid = frames_mid(leaf)
top = frames_top(mid)


def driver():
    return next(top)


print(driver())
print([f.gi_frame.f_back for f in (top, mid, leaf)])
print(driver())
print([f.gi_running for f in (top, mid, leaf)])


# The innermost generator resumed directly, between resumptions through
# its delegators: each time, it sees whoever resumed it.
def reporter():
    while True:
        yield names(sys._getframe(), 4)


rep = reporter()
chain = frames_top(frames_mid(rep))
print(next(chain))
print(next(rep))
print(next(chain))


def direct():
    return next(rep)


print(direct())
print(next(chain))


# Two delegators on one generator: resuming either goes to it; while it
# runs through one, the other's resumption finds it running (and the
# ValueError ends that other delegator).
def shared_body(others):
    x = yield "s0"
    while True:
        try:
            for o in others:
                next(o)
        except ValueError as e:
            x = yield "ValueError %s (sent %s)" % (e, x)
        else:
            x = yield "no error (sent %s)" % x


others = []
s = shared_body(others)
d1 = plain(s)
d2 = plain(plain(s))
print(next(d1))
print(d2.send(None))
others.append(d2)
print(d1.send("one"))
print(d2.gi_frame, d1.gi_yieldfrom is s)
others[:] = [d1]
d3 = plain(plain(s))
print(d3.send(None))
print(d1.gi_frame, d3.gi_yieldfrom.gi_yieldfrom is s)


# gi_running of each generator on the chain, read from the innermost.
def running_probe(chain):
    while True:
        yield [g.gi_running for g in chain]


chain = []
p = running_probe(chain)
a = plain(p)
b = plain(a)
c = plain(b)
chain += [c, b, a, p]
print(next(c), next(b), next(a), next(p))
print([g.gi_running for g in chain])


# Coroutines: cr_await along a chain, and cr_running inside.
class Pause:
    def __await__(self):
        return (yield "paused")


async def bottom(seen):
    seen.append([co.cr_running for co in coros])
    got = await Pause()
    seen.append([co.cr_running for co in coros])
    return got * 2


async def upper(depth, seen):
    if depth == 0:
        return await bottom(seen)
    return 1 + await upper(depth - 1, seen)


seen = []
coros = []
c = upper(3, seen)
coros.append(c)
print(c.send(None))
awaited = []
x = c
while x is not None and not isinstance(x, type(Pause().__await__())):
    awaited.append(type(x).__name__)
    x = x.cr_await
print(awaited)
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value, seen)

# Resuming a chain of generators suspended in `yield from` / `await`:
# every generator on the way is running, its frame is on the stack, and
# returns, exceptions, sends and errors reach the right delegator.
import sys
import traceback


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def middle(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from middle(depth - 1, n)
    return (depth, r)


# Values sent go to the innermost generator; its return value comes back
# through each delegator.
g = middle(5, 3)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)


# Frames and running flags seen from the innermost generator.
def probe(outers):
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 6:
        names.append(f.f_code.co_name)
        f = f.f_back
    yield names
    yield [o.gi_running for o in outers]
    yield sys._getframe(3).f_lineno > 0


def wrap(inner):
    return (yield from inner)


outers = []
p = probe(outers)
w1 = wrap(p)
w2 = wrap(w1)
outers += [w1, w2]
print(next(w2))
print(next(w2))
print(next(w2))
print(w2.gi_yieldfrom is w1, w1.gi_yieldfrom is p, p.gi_yieldfrom)
print([x.gi_running for x in (w2, w1, p)])


# An exception in the innermost generator unwinds through each delegator
# with a traceback entry for each, and can be caught on the way.
def fail(after):
    yield after
    raise ValueError("deep %d" % after)


def catcher(inner):
    try:
        return (yield from inner)
    except ValueError as e:
        yield "caught " + str(e)
        return "after catch"


g = wrap(wrap(catcher(wrap(fail(1)))))
print(list(g))
g = wrap(wrap(wrap(fail(2))))
next(g)
try:
    next(g)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [t.name for t in tb])


# StopIteration raised inside becomes RuntimeError at that generator only.
def stopper():
    yield 1
    raise StopIteration("x")


def guard(inner):
    try:
        yield from inner
    except RuntimeError as e:
        print("guard got", e, type(e.__cause__).__name__)
        yield "guarded"


print(list(wrap(guard(wrap(stopper())))))


# A generator on the chain that is already running: ValueError raised at
# the delegator's SEND.
def reenter():
    yield 1
    yield next(outer_ref[0])


outer_ref = []
r = reenter()
o = wrap(wrap(r))
outer_ref.append(o)
print(next(o))
try:
    next(o)
except ValueError as e:
    print("ValueError", e)


# A delegate finished elsewhere, then resumed through its delegator.
def plain():
    yield "p1"
    yield "p2"
    return "p-done"


inner = plain()
outer = wrap(wrap(inner))
print(next(outer))
inner.close()
try:
    next(outer)
except StopIteration as e:
    print("stop", e.value)


# throw() and close() while suspended deep in a chain.
def noisy(tag):
    try:
        while True:
            yield tag
    except GeneratorExit:
        print("exit", tag)
        raise
    finally:
        print("finally", tag)


g = wrap(wrap(noisy("a")))
next(g)
next(g)
g.close()
g = wrap(catcher(noisy("b")))
next(g)
print(g.throw(ValueError("thrown")))
print(next(g, "end"))


# Non-generator delegates stop the chain: an iterator and a
# coroutine-like object at the bottom.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n


print(list(wrap(wrap(Countdown(3)))))


# Coroutines awaiting coroutines, driven with send().
class Switch:
    def __await__(self):
        return (yield "switch")


async def acc(depth):
    if depth == 0:
        got = await Switch()
        return [got]
    left = await acc(depth - 1)
    right = await acc(depth - 1)
    return left + right


c = acc(3)
out = [c.send(None)]
i = 0
try:
    while True:
        i += 1
        out.append(c.send(i))
except StopIteration as e:
    print(out, e.value)


# Deep chains reach the recursion limit as plain resumption does.
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
for n in (50, 500):
    try:
        print(n, list(deep(n)))
    except RecursionError as e:
        print(n, "RecursionError")
sys.setrecursionlimit(old)

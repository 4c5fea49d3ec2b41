# Deep `yield from` and `await` chains (12 levels): values, send(), throw()
# and close() through the whole chain, return values passed up, exceptions
# raised at depth, StopIteration raised at depth (PEP 479), gi_running of
# the generators on the chain while the innermost one runs, and the
# innermost one resumed again from inside itself.
import traceback

DEPTH = 12
log = []


def leaf():
    try:
        x = yield "first"
        while True:
            if x == "raise":
                raise ValueError("at the leaf")
            if x == "stop":
                raise StopIteration("leaf stop")
            if x == "done":
                return "leaf result"
            x = yield "leaf got %r" % (x,)
    except KeyError as e:
        log.append("leaf caught %r" % (e,))
        yield "after KeyError"
        return "leaf after KeyError"
    finally:
        log.append("leaf finally")


def chain(depth):
    if depth == 0:
        r = yield from leaf()
    else:
        r = yield from chain(depth - 1)
    return "%d(%s)" % (depth, r) if depth % 4 == 0 else r


def report(g, *how):
    try:
        if how[0] == "send":
            print(g.send(how[1]))
        elif how[0] == "throw":
            print(g.throw(how[1]))
        else:
            print(g.close())
    except StopIteration as e:
        print("StopIteration", e.value)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    print(" ", log)
    log.clear()


g = chain(DEPTH)
report(g, "send", None)
report(g, "send", 1)
report(g, "send", "two")
report(g, "send", "done")
report(g, "send", None)

g = chain(DEPTH)
next(g)
report(g, "throw", KeyError("k"))
report(g, "send", None)

g = chain(DEPTH)
next(g)
report(g, "send", "raise")
report(g, "send", None)

g = chain(DEPTH)
next(g)
report(g, "send", "stop")

g = chain(DEPTH)
next(g)
report(g, "close")
report(g, "send", None)

g = chain(DEPTH)
next(g)
report(g, "throw", IndexError("not caught"))


# A traceback from the leaf shows every level of the chain.
def failing_leaf():
    yield 1
    raise ZeroDivisionError("deep")


def failing_chain(depth):
    if depth == 0:
        yield from failing_leaf()
    else:
        yield from failing_chain(depth - 1)


g = failing_chain(DEPTH)
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print(len(names), names[:3], names[-2:])


# gi_running along the chain, and re-entering a generator on it.
gens = []


def watching_leaf():
    x = yield
    while True:
        print([g.gi_running for g in gens])
        try:
            next(gens[2])
        except ValueError as e:
            print("ValueError", e)
        x = yield x


def watching_chain(depth):
    g = watching_leaf() if depth == 0 else watching_chain(depth - 1)
    gens.insert(0, g)
    return (yield from g)


outer = watching_chain(3)
gens.insert(0, outer)
next(outer)
print(outer.send("a"), outer.send("b"))
print([g.gi_running for g in gens], outer.gi_yieldfrom is gens[1])


# Coroutine chains awaiting at depth, driven by send().
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def coro_leaf():
    got = await Suspend()
    if got == "boom":
        raise RuntimeError("coroutine leaf")
    return got


async def coro_chain(depth):
    if depth == 0:
        return await coro_leaf()
    return 1 + await coro_chain(depth - 1) if depth % 2 else await coro_chain(depth - 1)


for sent in (5, "boom"):
    c = coro_chain(DEPTH)
    print(c.send(None))
    try:
        c.send(sent)
    except StopIteration as e:
        print("StopIteration", e.value)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)

c = coro_chain(DEPTH)
c.send(None)
try:
    c.throw(OSError("thrown"))
except OSError as e:
    print("OSError", e)
c = coro_chain(DEPTH)
c.send(None)
print(c.close(), c.cr_frame)

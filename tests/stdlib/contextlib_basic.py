# contextlib: contextmanager, ExitStack, suppress, closing, nullcontext,
# redirect_stdout, ContextDecorator, async variants.
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass


with swallow():
    raise ZeroDivisionError
print("swallowed")


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration passes through", e)


@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2


print(decorated(3), decorated(4))
print(tag.__name__, decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass


class Thing:
    def close(self):
        print("closed")


with contextlib.closing(Thing()) as th:
    print(type(th).__name__)
with contextlib.nullcontext(5) as n:
    print("null", n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write("err\n")
print(repr(ebuf.getvalue()))

# ExitStack
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    names = [stack.enter_context(tag("s%d" % i)) for i in range(2)]
    print(names)


def exit_fn(*exc):
    print("exit_fn", exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError("suppressed by exit_fn")
print("continued")

with ExitStack() as stack:
    stack.callback(print, "not run")
    moved = stack.pop_all()
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError context:", repr(e.__context__))

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)


class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter CM")
        return self

    def __exit__(self, *exc):
        print("exit CM", exc[0])
        return False


@CM()
def f():
    print("in f")


f()
print(issubclass(CM, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))


# async (async generators, hence asynccontextmanager, are not tested here)
class agen:
    def __init__(self, x):
        self.x = x

    async def __aenter__(self):
        print("aenter", self.x)
        return self.x + 1

    async def __aexit__(self, *exc):
        print("aexit", self.x)


async def main():
    async with agen(1) as v:
        print("got", v)
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(agen(10))
        stack.callback(print, "sync cb")

        async def acb():
            print("async cb")
        stack.push_async_callback(acb)
        print("stack got", v)
    async with contextlib.nullcontext("n") as n:
        print(n)


coro = main()
try:
    coro.send(None)
except StopIteration:
    print("main done")

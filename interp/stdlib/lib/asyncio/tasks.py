"""Task: a coroutine driven by the event loop; sleep, gather, wait_for."""

import inspect
import types

from . import events
from .exceptions import CancelledError
from .futures import Future, isfuture

__all__ = ('Task', 'create_task', 'ensure_future', 'sleep', 'gather',
           'wait_for', 'run', 'iscoroutine', 'iscoroutinefunction',
           'current_task', 'all_tasks', 'shield')

_task_counter = 0


def iscoroutine(obj):
    return isinstance(obj, (types.CoroutineType, types.GeneratorType))


def iscoroutinefunction(func):
    return inspect.iscoroutinefunction(func)


class Task(Future):
    """Runs a coroutine: each step sends into it until it awaits a pending
    Future (the task wakes when that is done) or yields None (a bare yield,
    as sleep(0) does: the task runs again on the next loop iteration)."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        global _task_counter
        _task_counter += 1
        self._name = f'Task-{_task_counter}' if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._loop.call_soon(self._step)
        self._loop._tasks.add(self)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def __repr__(self):
        return f'<Task {self._state.lower()} name={self._name!r} coro={self._coro!r}>'

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self, msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if getattr(result, '_asyncio_future_blocking', None):
                result._asyncio_future_blocking = False
                if result is self:
                    loop.call_soon(self._step, RuntimeError(
                        f'Task cannot await on itself: {self!r}'))
                else:
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                loop.call_soon(self._step)
            else:
                loop.call_soon(self._step, RuntimeError(
                    f'Task got bad yield: {result!r}'))
        finally:
            loop._current_task = None
            if self.done():
                loop._tasks.discard(self)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future: the argument itself, a Task running a coroutine, or a
    Task awaiting another awaitable."""
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = events.get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if inspect.isawaitable(coro_or_future):
        async def _wrap(awaitable):
            return await awaitable
        return loop.create_task(_wrap(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                    'is required')


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in loop._tasks if not t.done()}


class _SleepZero:
    """Awaiting it yields None once: the task runs again on the next
    iteration of the loop."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Return result after delay seconds (after one loop iteration for 0)."""
    if delay <= 0:
        await _SleepZero()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """The future gather() returns; cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        return cancelled


def gather(*aws, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their
    results, in order. The first exception is raised unless
    return_exceptions, which puts exceptions in the list instead."""
    if not aws:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    for aw in aws:
        fut = ensure_future(aw, loop=loop)
        loop = fut.get_loop()
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    remaining = len(children)

    def child_done(fut):
        nonlocal remaining
        remaining -= 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                Future.set_exception(outer, fut._make_cancelled_error())
                return
            if fut.exception() is not None:
                Future.set_exception(outer, fut.exception())
                return
        if remaining == 0:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._make_cancelled_error())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            Future.set_result(outer, results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


def shield(arg):
    """Return a future with arg's outcome that cancelling does not pass on
    to arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(inner_done)
    return outer


async def wait_for(aw, timeout):
    """Await aw; after timeout seconds cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    waiter = loop.create_future()

    def release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    handle = loop.call_later(timeout, release) if timeout > 0 else None
    if handle is None:
        release()
    fut.add_done_callback(release)
    try:
        await waiter
    except CancelledError:
        fut.remove_done_callback(release)
        fut.cancel()
        raise
    finally:
        if handle is not None:
            handle.cancel()
    if fut.done():
        return fut.result()
    fut.remove_done_callback(release)
    fut.cancel()
    try:
        await fut
    except CancelledError:
        raise TimeoutError from None
    return fut.result()


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop and return its result;
    tasks still pending at the end are cancelled, and the loop is closed."""
    if events._get_running_loop() is not None:
        raise RuntimeError(
            'asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = events.new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    events.set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
        finally:
            events.set_event_loop(None)
            loop.close()

"""The event loop: a ready queue of callbacks and a heap of timers.

Each iteration moves the timers that are due to the ready queue and runs
the callbacks that were ready when it began; when nothing is ready it
sleeps (time.sleep) until the earliest timer.
"""

import heapq
import sys
import time
from collections import deque

__all__ = ('AbstractEventLoop', 'BaseEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')


class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
            })

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {self._callback!r}>'


class TimerHandle(Handle):
    """A callback scheduled to run at a time of the loop's clock."""

    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when


class AbstractEventLoop:
    """The base class of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """A single-threaded event loop without I/O."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._current_task = None
        self._tasks = set()

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, handle)
        return handle

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        global _running_loop
        self._running = True
        _running_loop = self
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)
        if not self._ready:
            if not scheduled:
                raise RuntimeError('Event loop has nothing to run: '
                                   'every task is waiting forever')
            delay = scheduled[0]._when - self.time()
            if delay > 0:
                time.sleep(delay)
        now = self.time()
        while scheduled and scheduled[0]._when <= now:
            handle = heapq.heappop(scheduled)
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def call_exception_handler(self, context):
        message = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        print(message, file=sys.stderr)
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__)

    async def shutdown_asyncgens(self):
        pass


def _stop_loop(fut):
    fut.get_loop().stop()


_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    """Return the running event loop; RuntimeError when there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """Return the running loop, else the current one (made on first use)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return BaseEventLoop()

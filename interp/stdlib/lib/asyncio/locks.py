"""Lock and Event for tasks of one event loop."""

from collections import deque

from . import events
from .exceptions import CancelledError

__all__ = ('Lock', 'Event')


class Lock:
    """A mutual-exclusion lock; waiters acquire it in FIFO order."""

    def __init__(self):
        self._locked = False
        self._waiters = deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            if fut.done() and not fut.cancelled() and not self._locked:
                self._wake_up_first()
            raise
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<asyncio.locks.Lock object [{state}, waiters:{len(self._waiters)}]>'


class Event:
    """A flag that tasks can wait to be set."""

    def __init__(self):
        self._value = False
        self._waiters = deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)

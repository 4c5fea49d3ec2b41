"""Queue: a FIFO queue for tasks of one event loop."""

from collections import deque

from . import events
from .exceptions import QueueEmpty, QueueFull
from .locks import Event

__all__ = ('Queue',)


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded. get() waits while it is
    empty, put() while it is full; join() waits until task_done() has been
    called for every item put."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = deque()
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return f'<Queue maxsize={self._maxsize!r} qsize={len(self._queue)}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    @staticmethod
    def _wakeup_next(waiters):
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    async def _wait(self, waiters):
        fut = events.get_running_loop().create_future()
        waiters.append(fut)
        try:
            await fut
        except BaseException:
            fut.cancel()
            try:
                waiters.remove(fut)
            except ValueError:
                pass
            raise

    async def put(self, item):
        while self.full():
            try:
                await self._wait(self._putters)
            except BaseException:
                if not self.full():
                    self._wakeup_next(self._putters)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            try:
                await self._wait(self._getters)
            except BaseException:
                if not self.empty():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.popleft()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

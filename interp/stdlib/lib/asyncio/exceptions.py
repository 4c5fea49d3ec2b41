"""The exceptions of asyncio."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError',
           'QueueEmpty', 'QueueFull')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""

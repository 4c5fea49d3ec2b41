"""Adder's asyncio: a small single-threaded event loop and the basics built on it.

The loop (events.py) runs callbacks from a ready queue and timers from a
heap, sleeping with time.sleep when nothing is ready. futures.py and
tasks.py give Future, Task, sleep, gather, wait_for and friends; locks.py
and queues.py give Lock, Event and Queue. There is no I/O support: no
sockets, subprocesses or executors.
"""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + locks.__all__ + queues.__all__)

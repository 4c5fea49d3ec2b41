"""IsolatedAsyncioTestCase: a TestCase whose test methods, asyncSetUp,
asyncTearDown and cleanups may be coroutine functions, all run on one
event loop made for the test and closed after it.

Adder has no contextvars, so unlike CPython the parts of a test do not
share a copied context; everything else (order of setUp, asyncSetUp,
the test, asyncTearDown, tearDown, cleanups; pending tasks cancelled at
the end) is CPython's.
"""

import asyncio
import inspect
import warnings

from .case import TestCase


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioLoop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Add a coroutine function to the cleanups, awaited in the test's
        loop."""
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm, add its __aexit__ to
        the cleanups and return what __aenter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioLoop is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._asyncioLoop.run_until_complete(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioLoop is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._asyncioLoop.run_until_complete(func(*args, **kwargs))
        return func(*args, **kwargs)

    def _setupAsyncioLoop(self):
        assert self._asyncioLoop is None, 'asyncio runner is already initialized'
        loop = asyncio.new_event_loop()
        loop.set_debug(True)
        asyncio.set_event_loop(loop)
        self._asyncioLoop = loop

    def _tearDownAsyncioLoop(self):
        loop = self._asyncioLoop
        self._asyncioLoop = None
        try:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(
                    asyncio.gather(*pending, return_exceptions=True))
        finally:
            asyncio.set_event_loop(None)
            loop.close()

    def run(self, result=None):
        self._setupAsyncioLoop()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioLoop()

    def debug(self):
        self._setupAsyncioLoop()
        try:
            super().debug()
        finally:
            self._tearDownAsyncioLoop()

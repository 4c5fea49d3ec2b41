# TestCase.assertLogs and assertNoLogs (records, output, levels, failure
# messages, restored handlers) and IsolatedAsyncioTestCase.
import asyncio
import io
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(label, fn):
    try:
        fn()
    except AssertionError as e:
        print('--', label, 'failed')
        print(e)
    else:
        print('--', label, 'passed')


def captured():
    with t.assertLogs() as cm:
        logging.getLogger('app').info('hello %s', 'world')
        logging.getLogger('app.sub').warning('careful')
        logging.debug('not captured')
    print(cm.output)
    print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])
    print(type(cm).__name__, cm._fields)


show('root info', captured)


def named():
    with t.assertLogs('app', level='WARNING') as cm:
        logging.getLogger('app').info('below')
        logging.getLogger('app.x').error('above')
    print(cm.output)


show('named logger with level', named)


def by_logger():
    logger = logging.getLogger('obj')
    with t.assertLogs(logger, logging.DEBUG) as cm:
        logger.debug('dbg')
    print(cm.output)


show('logger object', by_logger)


def nothing():
    with t.assertLogs('quiet'):
        pass


show('no logs', nothing)


def nothing_level():
    with t.assertLogs('quiet', 'ERROR'):
        logging.getLogger('quiet').warning('too low')


show('below level', nothing_level)


def msg_param():
    with t.assertLogs('quiet', msg='custom') as cm:
        pass


show('custom msg', lambda: t.assertLogs('q').__exit__(None, None, None) if False else nothing())


def no_logs_ok():
    with t.assertNoLogs('calm') as cm:
        logging.getLogger('calm').debug('debug is below INFO')
    print(cm)


show('assertNoLogs passes', no_logs_ok)


def no_logs_fail():
    with t.assertNoLogs('calm', level='DEBUG'):
        logging.getLogger('calm').debug('one')
        logging.getLogger('calm.kid').critical('two')


show('assertNoLogs fails', no_logs_fail)


def passes_exception():
    with t.assertLogs('exc'):
        raise KeyError('through')


try:
    passes_exception()
except KeyError as e:
    print('KeyError passed through', e)

# handlers, level and propagate are restored
stream = io.StringIO()
logger = logging.getLogger('restore')
handler = logging.StreamHandler(stream)
logger.addHandler(handler)
logger.setLevel(logging.ERROR)
with t.assertLogs('restore', 'DEBUG'):
    logger.debug('inside')
print(logger.handlers == [handler], logger.level, logger.propagate)
logger.error('after')
print(repr(stream.getvalue()))


class Logging(unittest.TestCase):
    def test_pass(self):
        with self.assertLogs('tc', 'INFO') as cm:
            logging.getLogger('tc').info('x')
        self.assertEqual(cm.output, ['INFO:tc:x'])

    def test_fail(self):
        with self.assertLogs('tc', 'INFO'):
            pass

    def test_no_logs_fail(self):
        with self.assertNoLogs('tc'):
            logging.getLogger('tc').warning('w')


events = []


class Async(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.loop = asyncio.get_running_loop()

    async def test_await(self):
        events.append('test_await')
        await asyncio.sleep(0)
        self.assertIs(asyncio.get_running_loop(), self.loop)
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        self.addCleanup(events.append, 'sync cleanup')

    async def test_fails(self):
        events.append('test_fails')
        self.assertEqual(await asyncio.sleep(0, 1), 2)

    def test_sync(self):
        events.append('test_sync')

    async def test_context(self):
        class CM:
            async def __aenter__(self):
                events.append('aenter')
                return 'entered'

            async def __aexit__(self, *exc):
                events.append('aexit')
        self.assertEqual(await self.enterAsyncContext(CM()), 'entered')
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))

    async def cleanup(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


for case in (Logging, Async):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    out = stream.getvalue()
    # The frames differ (asyncio is Adder's own, and Adder shows no source
    # lines for its embedded modules): keep the rest.
    lines = [line for line in out.splitlines()
             if not line.startswith(('Ran ', '  '))]
    print('\n'.join(lines))
    print(result.testsRun, len(result.failures), len(result.errors))
for event in events:
    print(event)
print(unittest.IsolatedAsyncioTestCase.__module__, 'IsolatedAsyncioTestCase' in dir(unittest))

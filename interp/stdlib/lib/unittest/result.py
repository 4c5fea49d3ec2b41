"""TestResult: what a test run records (failures, errors, skips, expected
failures, unexpected successes), with the tracebacks already formatted."""

import io
import sys
import traceback

from . import util
from functools import wraps

__unittest = True


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _in_unittest(tb):
    """Whether the frame of traceback entry tb runs code of a module that
    marks itself with a global __unittest (the framework's own frames)."""
    return '__unittest' in tb.tb_frame.f_globals


class TestResult(object):
    """Holder for test result information.

    failures and errors hold (test, formatted traceback) pairs, skipped
    (test, reason) pairs, expectedFailures (test, formatted traceback)
    pairs and unexpectedSuccesses tests; testsRun counts started tests."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for text, line, stream in ((sys.stdout.getvalue(), STDOUT_LINE, self._original_stdout),
                                       (sys.stderr.getvalue(), STDERR_LINE, self._original_stderr)):
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    stream.write(line % text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred; err is (type, value, traceback)."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Called when a failure has occurred; err is (type, value, traceback)."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; err is None if it succeeded."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        if issubclass(err[0], test.failureException):
            self.failures.append((subtest, self._exc_info_to_string(err, test)))
        else:
            self.errors.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return (len(self.failures) == len(self.errors) == 0
                and not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        while tb is not None and _in_unittest(tb):
            tb = tb.tb_next
        tb_e = traceback.TracebackException(exctype, value, tb,
                                            capture_locals=self.tb_locals,
                                            compact=True)
        self._clean_stacks(tb_e, test)
        lines = list(tb_e.format())
        if self.buffer:
            for text, line in ((sys.stdout.getvalue(), STDOUT_LINE),
                               (sys.stderr.getvalue(), STDERR_LINE)):
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    lines.append(line % text)
        return ''.join(lines)

    def _clean_stacks(self, tb_e, test):
        """Drop the framework's frames from every stack of the chain in
        tb_e: those before the first frame of user code, and for failures
        (the assert methods' exceptions) those from the first framework
        frame after user code on."""
        pending = [tb_e]
        while pending:
            te = pending.pop()
            tb = te._tb
            skip = 0
            while tb is not None and _in_unittest(tb):
                tb = tb.tb_next
                skip += 1
            keep = None
            if te.exc_type is test.failureException:
                keep = 0
                while tb is not None and not _in_unittest(tb):
                    tb = tb.tb_next
                    keep += 1
                if keep == 0:
                    keep = None
            if keep is not None:
                del te.stack[skip + keep:]
            if skip:
                del te.stack[:skip]
            for chained in (te.__cause__, te.__context__):
                if chained is not None:
                    pending.append(chained)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))

"""Run child processes: run() and the older call()/check_call()/
check_output() helpers over Popen, which starts a program with its
standard streams inherited, piped (PIPE), discarded (DEVNULL) or sent to
stdout (STDOUT), and waits for it or talks to it (communicate()).

Written for Adder over its _subprocess module (fork/exec, waiting and
pipe I/O in Go); POSIX only. preexec_fn, user, group, extra_groups, umask
and process_group are not supported (NotImplementedError).
"""

import io
import os
import signal
import sys
import time
import types
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _get_output(self):
    """Alias for output attribute, to match stderr"""
    return self.output


def _set_output(self, value):
    self.output = value


# The stdout property of CalledProcessError and TimeoutExpired.
_output_alias = property(_get_output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True (or check_call() or
    check_output() is used) and the process returns a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    stdout = _output_alias


class CompletedProcess(object):
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it; return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command and return its output; CalledProcessError for a
    non-zero return code."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if (kwargs.get('universal_newlines') or kwargs.get('text') or
                kwargs.get('encoding') or kwargs.get('errors')):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess; input is
    sent to its stdin, capture_output pipes stdout and stderr, check raises
    CalledProcessError for a non-zero return code."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Join arguments into a command line as the MS C runtime parses it:
    arguments with spaces or tabs (or empty) are quoted, quotes and the
    backslashes before them escaped."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(' ')
        quoted = (" " in arg) or ("\t" in arg) or not arg
        if quoted:
            out.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
                continue
            if c == '"':
                out.append('\\' * (backslashes * 2) + '\\"')
            else:
                out.append('\\' * backslashes + c)
            backslashes = 0
        out.append('\\' * backslashes)
        if quoted:
            out.append('\\' * backslashes + '"')
    return ''.join(out)


def getstatusoutput(cmd):
    """Return (exitcode, output) of executing cmd in a shell (stderr
    included, one trailing newline removed)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd)[1]


def _fsarg(arg):
    if isinstance(arg, (str, bytes)):
        return arg
    if isinstance(arg, os.PathLike):
        return os.fspath(arg)
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(arg).__name__)


class Popen:
    """Execute a child program in a new process.

    stdin, stdout and stderr are None (inherit), PIPE, DEVNULL, a file
    descriptor or a file object; stderr may also be STDOUT. With text (or
    universal_newlines, encoding, errors) the pipes carry str.
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self._io = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        for name, value, default in (('preexec_fn', preexec_fn, None), ('user', user, None),
                                     ('group', group, None), ('extra_groups', extra_groups, None),
                                     ('umask', umask, -1), ('process_group', process_group, None)):
            if value != default:
                raise NotImplementedError(f"Adder's subprocess does not support {name}")
        if pass_fds and not close_fds:
            close_fds = True
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if self.text_mode and encoding is None:
            # The locale's encoding, as CPython's locale.getencoding().
            self._encoding = 'utf-8'
        else:
            self._encoding = encoding
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not line_buffering:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in "
                          "binary mode, the default buffer size will be used",
                          RuntimeWarning)
            bufsize = -1

        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        args = [_fsarg(a) for a in args]
        if executable is None:
            executable = args[0]
        executable = _fsarg(executable)

        if env is None:
            env_list = [k + '=' + v for k, v in os.environ.items()]
        else:
            env_list = []
            for k, v in env.items():
                k, v = _fsarg(k), _fsarg(v)
                if (b'=' if isinstance(k, bytes) else '=') in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(os.fsencode(k) + b'=' + os.fsencode(v))
        if os.path.dirname(executable):
            candidates = [executable]
        else:
            exe = os.fsdecode(executable)
            candidates = [os.path.join(d, exe) for d in os.get_exec_path(env)]
        if cwd is not None:
            cwd = _fsarg(cwd)

        to_close = []
        in_parent = out_parent = err_parent = None
        try:
            in_child, in_parent = self._child_fd(stdin, False, to_close)
            out_child, out_parent = self._child_fd(stdout, True, to_close)
            if stderr == STDOUT:
                err_child, err_parent = (out_child if out_child >= 0 else 1), None
            else:
                err_child, err_parent = self._child_fd(stderr, True, to_close)
            self.pid = _subprocess.spawn(candidates, args, cwd, env_list, in_child,
                                         out_child, err_child, start_new_session,
                                         tuple(pass_fds), executable)
        except BaseException:
            for fd in (in_parent, out_parent, err_parent):
                if fd is not None:
                    os.close(fd)
            raise
        finally:
            for fd in to_close:
                os.close(fd)
        self._child_created = True
        if in_parent is not None:
            self.stdin = self._open(in_parent, 'w', bufsize, line_buffering)
        if out_parent is not None:
            self.stdout = self._open(out_parent, 'r', bufsize, False)
        if err_parent is not None:
            self.stderr = self._open(err_parent, 'r', bufsize, False)

    def _child_fd(self, spec, output, to_close):
        """(descriptor for the child or -1 to inherit, descriptor the parent
        keeps or None) for a stdin/stdout/stderr argument; descriptors
        only the child needs are added to to_close."""
        if spec is None:
            return -1, None
        if spec == PIPE:
            r, w = _subprocess.pipe()
            if output:
                to_close.append(w)
                return w, r
            to_close.append(r)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC)
            to_close.append(fd)
            return fd, None
        if isinstance(spec, int):
            return spec, None
        return spec.fileno(), None

    def _open(self, fd, mode, bufsize, line_buffering):
        if self.text_mode:
            if line_buffering:
                bufsize = 1
            return open(fd, mode, -1 if bufsize == 0 else bufsize,
                        encoding=self._encoding, errors=self.errors)
        return open(fd, mode + 'b', bufsize)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()

    def _decode(self, data):
        return data.decode(self._encoding, self.errors or 'strict').replace(
            "\r\n", "\n").replace("\r", "\n")

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their end and wait
        for the process; return (stdout_data, stderr_data), None for a
        stream that is not piped. TimeoutExpired when timeout passes first
        (call again to go on)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        endtime = None if timeout is None else time.monotonic() + timeout
        if self._io is None:
            in_fd = -1
            if self.stdin:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if input:
                    in_fd = self.stdin.fileno()
                    if self.text_mode:
                        input = input.encode(self._encoding, self.errors or 'strict')
            out_fd = self.stdout.fileno() if self.stdout else -1
            err_fd = self.stderr.fileno() if self.stderr else -1
            self._io = _subprocess.io_start(in_fd, input if in_fd >= 0 else None,
                                            out_fd, err_fd)
            self._communication_started = True
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        result = _subprocess.io_wait(self._io, self._remaining(endtime))
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        self._io = None
        stdout, stderr = result
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        self.wait(timeout=self._remaining(endtime))
        if self.text_mode:
            stdout = None if stdout is None else self._decode(stdout)
            stderr = None if stderr is None else self._decode(stderr)
        return stdout, stderr

    @staticmethod
    def _remaining(endtime):
        if endtime is None:
            return None
        return max(endtime - time.monotonic(), 0)

    def poll(self):
        """Return the return code if the process has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.wait(self.pid, 0)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the process to end; return its return code.
        TimeoutExpired when timeout passes first."""
        if self.returncode is None:
            code = _subprocess.wait(self.pid, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        """Send signal sig to the process (unless it has ended)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL."""
        self.send_signal(signal.SIGKILL)

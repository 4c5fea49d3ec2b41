"""OS routines for POSIX systems, written for Adder over the posix module."""

import abc
import sys
import posix as _posix
from posix import *
from posix import _exit, _scandir
from collections.abc import Mapping, MutableMapping

GenericAlias = type(list[int])

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

import posixpath as path
sys.modules["os.path"] = path


class _Environ(MutableMapping):
    """os.environ: a mapping of the process environment whose changes
    write through to the real environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def __eq__(self, other):
        return dict(self._data) == dict(other)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


class DirEntry:
    """An entry of scandir(): a name in a directory, with cached type."""

    __slots__ = ("name", "path", "_kind", "_stat", "_lstat")
    __module__ = "posix"  # where CPython defines it

    def __init__(self, directory, name, kind):
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def is_symlink(self):
        return self._kind == "link"

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "link" and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == "dir"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "link" and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == "file"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    __class_getitem__ = classmethod(GenericAlias)


class _ScandirIterator:
    def __init__(self, directory, entries):
        self._it = iter([DirEntry(directory, n, k) for n, k in entries])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path="."):
    return _ScandirIterator(path, _scandir(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_into.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getcwdb():
    return getcwd().encode("utf-8", "surrogateescape")


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


class PathLike:
    """Abstract base class for objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


# Adder's path functions accept neither dir_fd, nor a descriptor for the
# path, nor follow_symlinks, so these sets are empty.
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()
supports_bytes_environ = True


class _EnvironBytes(MutableMapping):
    """os.environb: os.environ with bytes keys and values."""

    def __getitem__(self, key):
        return fsencode(environ[fsdecode(self._check(key))])

    def __setitem__(self, key, value):
        environ[fsdecode(self._check(key))] = fsdecode(self._check(value))

    def __delitem__(self, key):
        del environ[fsdecode(self._check(key))]

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % (k, self[k]) for k in self)

    @staticmethod
    def _check(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return value


environb = _EnvironBytes()


def getenvb(key, default=None):
    """Get an environment variable as bytes; default if it is unset."""
    return environb.get(key, default)


# exec*: the l forms take the arguments inline, the e forms an environment
# last, the p forms search PATH.

def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is None:
        run = lambda f: execv(f, args)
        env = environ
    else:
        run = lambda f: execve(f, args, env)
    if path.dirname(file):
        run(file)
        return
    first_other = last = None
    for d in get_exec_path(env):
        try:
            run(path.join(d, file))
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if first_other is None:
                first_other = e
    raise first_other if first_other is not None else last


# spawn*: run a program in a child process (started with posix_spawn,
# since a Go process cannot fork); P_WAIT returns its exit code (127 if it
# could not be started, as from a forked child), P_NOWAIT its pid.

def _spawn(mode, file, args, env, search):
    if mode not in (P_WAIT, P_NOWAIT):
        raise ValueError("unsupported spawn mode %r" % mode)
    try:
        pid = (posix_spawnp if search else posix_spawn)(file, args, environ if env is None else env)
    except OSError:
        if mode == P_NOWAIT:
            raise
        return 127
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if not WIFSTOPPED(status):
            return waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


def popen(cmd, mode="r", buffering=-1):
    """Run cmd with /bin/sh; return a file reading its output (mode 'r')
    or writing its input ('w'), whose close() returns None on success or
    the exit status (code << 8)."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import io
    r, w = pipe()
    mine, theirs, child_fd = (r, w, 1) if mode == "r" else (w, r, 0)
    try:
        pid = posix_spawn("/bin/sh", ["/bin/sh", "-c", cmd], environ,
                          file_actions=[(POSIX_SPAWN_DUP2, theirs, child_fd)])
    except BaseException:
        close(mine)
        raise
    finally:
        close(theirs)
    return _wrap_close(io.open(mine, mode, buffering), pid)


class _wrap_close:
    """The file popen returns: closing it waits for the command."""

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        _, status = waitpid(self._pid, 0)
        code = waitstatus_to_exitcode(status)
        return None if code == 0 else code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to the descriptor fd."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Like walk(), yielding (dirpath, dirnames, filenames, dirfd), dirfd
    an open descriptor of dirpath valid until the next iteration."""
    if dir_fd is not None:
        raise NotImplementedError("fwalk(): dir_fd is not supported by Adder")
    top = fspath(top)
    flags = O_RDONLY | O_DIRECTORY | O_NONBLOCK | (0 if follow_symlinks else O_NOFOLLOW)
    try:
        topfd = open(top, flags & ~O_NOFOLLOW)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    try:
        yield from _fwalk(topfd, top, topdown, onerror, follow_symlinks, flags)
    finally:
        close(topfd)


def _fwalk(topfd, top, topdown, onerror, follow_symlinks, flags):
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs, topfd
    for name in dirs:
        sub = path.join(top, name)
        if not follow_symlinks and path.islink(sub):
            continue
        try:
            fd = open(sub, flags)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            yield from _fwalk(fd, sub, topdown, onerror, follow_symlinks, flags)
        finally:
            close(fd)
    if not topdown:
        yield top, dirs, nondirs, topfd

"""Temporary files and directories (Adder's own implementation).

Names are made of a prefix, 8 random characters and a suffix, in the
directory given, else gettempdir(): the first of $TMPDIR, $TEMP, $TMP,
/tmp, /var/tmp, /usr/tmp and the current directory where a file can be
created. Files are created with O_EXCL and mode 0o600, directories with
mode 0o700, so a name is never reused.
"""

import os as _os
import io as _io
import random as _random
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.SystemRandom()
_O_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_NOFOLLOW", 0) | getattr(_os, "O_CLOEXEC", 0)


def _random_name():
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(env)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            path = _os.path.join(d, _random_name())
            try:
                fd = _os.open(path, _O_FLAGS, 0o600)
            except FileExistsError:
                continue
            except (OSError, PermissionError):
                break
            _os.close(fd)
            _os.unlink(path)
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    """The directory used for temporary files (found once, then cached)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    """Defaults and type checks: all of prefix, suffix and dir must be str
    (or all bytes)."""
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None and not isinstance(x, _os.PathLike)}
    if isinstance(dir, _os.PathLike):
        dir = _os.fspath(dir)
        kinds.add(type(dir))
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def _mkstemp(prefix, suffix, dir, as_bytes):
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            fd = _os.open(path, _O_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file (readable and writable only by its owner) and
    return (an OS-level handle open on it, its absolute path). The caller
    deletes it."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    return _mkstemp(prefix, suffix, dir, as_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (usable only by its owner) and return its
    absolute path. The caller deletes it."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when checked (unsafe: another process may
    create it first; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not _os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (if delete is true).
    Attribute lookups go to the file; name is the file's path."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r name=%r>" % (self.file, self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name), deleted on close
    when delete is true."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    fd, name = _mkstemp(prefix, suffix, dir, as_bytes)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once, so it
    disappears when closed."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    fd, name = _mkstemp(prefix, suffix, dir, as_bytes)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A file kept in memory (BytesIO or StringIO) until it grows past
    max_size or fileno() is called, then moved to a TemporaryFile."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._args = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                          encoding=encoding, newline=newline, dir=dir, errors=errors)

    def _check(self, file):
        if self._max_size and not self._rolled and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._args)
        new.write(file.getvalue())
        new.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def write(self, s):
        rv = self._file.write(s)
        self._check(self._file)
        return rv

    def writelines(self, iterable):
        rv = self._file.writelines(iterable)
        self._check(self._file)
        return rv

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)


class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with everything in it by
    cleanup(), at the end of a with block, or when the object is
    finalized. The with statement gives the directory's path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed:
            self._removed = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._removed and _os.path.exists(self.name):
            self.cleanup()

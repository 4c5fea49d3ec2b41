"""Object-oriented filesystem paths (Adder's own implementation, POSIX
only).

PurePath objects do path arithmetic without touching the filesystem;
Path objects add the operations that do. A path is parsed once into
(drive, root, parts): '.' components and repeated slashes are dropped,
'..' is kept, and a leading '//' (exactly two slashes) stays a root of its
own, as POSIX allows.
"""

import fnmatch
import io
import os
import re
from collections.abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """(drive, root, names) for the path made by joining parts."""
    root = ""
    names = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        else:
            part = os.fspath(part)
            if isinstance(part, bytes):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(part),))
            if not isinstance(part, str):
                raise TypeError("argument should be a str or an os.PathLike object "
                                "where __fspath__ returns a str, not %r" % type(part).__name__)
        if part.startswith("/"):
            names = []
            root = "//" if part.startswith("//") and not part.startswith("///") else "/"
        names.extend(x for x in part.split("/") if x and x != ".")
    return "", root, names


class _Parents(Sequence):
    """The logical ancestors of a path, nearest first."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts) - (1 if path._root else 0)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parsed(p._drv, p._root, p._names[:len(p._names) - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path as text, without filesystem access."""

    __slots__ = ("_drv", "_root", "_names", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._names = _parse(args)
        return self

    def _from_parsed(self, drv, root, names):
        new = object.__new__(type(self))
        new._drv, new._root, new._names = drv, root, list(names)
        return new

    @property
    def _parts(self):
        return ([self._drv + self._root] if self._drv or self._root else []) + self._names

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._drv + self._root + "/".join(self._names)
            self._str = s or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (the path must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + "".join(
            chr(c) if c in _URI_SAFE else "%%%02X" % c for c in os.fsencode(str(self)))

    def _key(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour_name() != type(other)._flavour_name():
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._key()))
            return self._hash

    def _compare(self, other, op):
        if not isinstance(other, PurePath) or type(self)._flavour_name() != type(other)._flavour_name():
            return NotImplemented
        return op(self._key(), other._key())

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    @classmethod
    def _flavour_name(cls):
        return "posix"

    drive = property(lambda self: self._drv, doc="The drive ('' on POSIX).")
    root = property(lambda self: self._root, doc="The root ('/' or '//'), or ''.")

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def parts(self):
        """The components of the path as a tuple."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, '' if there is none."""
        if not self._names:
            return ""
        return self._names[-1]

    @property
    def suffix(self):
        """The final component's last extension ('.py'), or ''."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """All extensions of the final component (['.tar', '.gz'])."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._drv, self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        """The path with the final component's stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced ('' removes it)."""
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parsed(self._drv, self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other (ValueError unless other is one of
        its ancestors, or itself)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if (base._root != self._root or base._parts != self._parts[:n]) and base._parts:
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        if base._root != self._root:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from_parsed("", "", self._parts[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path joined with each of args."""
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (the path itself for '/' and '.')."""
        if not self._names:
            return self
        return self._from_parsed(self._drv, self._root, self._names[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors."""
        return _Parents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Whether the name is reserved (never on POSIX)."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right unless the pattern is absolute."""
        pat = type(self)(path_pattern)
        if not pat._parts:
            raise ValueError("empty pattern")
        parts = self._parts
        pat_parts = pat._parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX syntax."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Adder's pathlib."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by Adder")


class Path(PurePath):
    """A PurePath that also does filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """The path made absolute with the current directory (not
        normalized)."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        s = os.path.realpath(self)
        if strict:
            os.stat(s)
        return type(self)(s)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        """Whether the path exists (broken symlinks do not)."""
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether this path and other_path name the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The paths of the directory's entries (in os.listdir order)."""
        for name in os.listdir(self):
            yield self._from_parsed(self._drv, self._root, self._names + [name])

    def _child(self, name):
        return self._from_parsed(self._drv, self._root, self._names + [name])

    def glob(self, pattern):
        """The paths under this directory matching the relative glob-style
        pattern ('**' matches this directory and every one below)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(pat._names, pattern.endswith("/"))

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(["**"] + pat._names, pattern.endswith("/"))

    def _select(self, names, dirs_only):
        if not names:
            if not dirs_only or self.is_dir():
                yield self
            return
        head, rest = names[0], names[1:]
        if head == "**":
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest, dirs_only):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif head == "..":
            yield from self._child("..")._select(rest, dirs_only)
        elif glob_has_magic(head):
            try:
                with os.scandir(self) as it:
                    entries = list(it)
            except OSError:
                return
            for entry in entries:
                if rest and not _entry_is_dir(entry):
                    continue
                if fnmatch.fnmatchcase(entry.name, head):
                    yield from self._child(entry.name)._select(rest, dirs_only)
        else:
            child = self._child(head)
            if rest:
                if child.is_dir():
                    yield from child._select(rest, dirs_only)
            elif child.exists() or child.is_symlink():
                yield from child._select(rest, dirs_only)

    def _walk_dirs(self):
        yield self
        try:
            with os.scandir(self) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from self._child(entry.name)._walk_dirs()

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view.tobytes())

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (else update its times, when
        os can)."""
        if exist_ok and self.exists():
            if hasattr(os, "utime"):
                os.utime(self, None)
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its missing parents, with parents)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        """Remove the file (FileNotFoundError unless missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; return the new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        """The path with a leading ~ replaced by the home directory."""
        if self._names and self._names[0].startswith("~") and not self._root:
            homedir = os.path.expanduser(self._names[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._names[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available on POSIX systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


_magic = re.compile("[*?[]")
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def glob_has_magic(s):
    return _magic.search(s) is not None

"""Pathname operations on POSIX paths (os.path), written for Adder.

Each function accepts str or bytes (and os.PathLike), as CPython's."""

import os
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


# The separator, current and parent directory names as bytes (built
# without bytes literals, which Adder's compiler does not take yet).
_BYTES_SEPS = ("/".encode(), ".".encode(), "..".encode())


def _seps(p):
    """The separator, current and parent directory names in p's type."""
    if isinstance(p, bytes):
        return _BYTES_SEPS
    return "/", ".", ".."


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def _arg_type_error(funcname, *args):
    """Raise the TypeError CPython's path functions give when their
    arguments (as passed, before os.fspath) are not all str or all bytes;
    return if they are, so that the caller re-raises its own error."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(arg).__name__)) from None
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def join(a, *p):
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        for b in p:
            b = os.fspath(b)
            if type(b) is not type(a):
                raise TypeError("Can't mix strings and bytes in path components")
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except TypeError:
        _arg_type_error("join", a, *p)
        raise
    return path


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def split(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot = _seps(p)[:2]
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A leading run of dots in the file name is not an extension.
        i = last_sep + 1
        while i < last_dot:
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
            i += 1
    return p, p[:0]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


_S_IFMT = 0o170000


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and st.st_mode & _S_IFMT == 0o040000


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and st.st_mode & _S_IFMT == 0o100000


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and st.st_mode & _S_IFMT == 0o120000


def ismount(path):
    st = _stat_or_none(path, False)
    if st is None or st.st_mode & _S_IFMT == 0o120000:
        return False
    parent = join(path, _seps(os.fspath(path))[2])
    pst = _stat_or_none(parent, False)
    if pst is None:
        return False
    return st.st_dev != pst.st_dev or st.st_ino == pst.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def expanduser(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = "~".encode() if is_bytes else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
        if home is None:
            return path
    else:
        return path  # ~user needs the password database, which Adder lacks
    if is_bytes:
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        return expandvars(path.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if "$" not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            j = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return "".join(out)


def normpath(path):
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    # POSIX lets exactly two leading slashes mean something special.
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = slash * initial + slash.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    is_bytes = isinstance(filename, bytes)
    if is_bytes:
        return realpath(filename.decode("utf-8", "surrogateescape"), strict=strict).encode("utf-8", "surrogateescape")
    return _resolve(abspath(filename), strict, {})


def _resolve(path, strict, seen):
    """Resolves the symbolic links in the absolute, normalized path."""
    result = "/"
    rest = [p for p in path.split("/") if p]
    while rest:
        name = rest.pop(0)
        if name == "..":
            result = dirname(result) or "/"
            continue
        candidate = join(result, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            result = candidate
            continue
        if st.st_mode & _S_IFMT != 0o120000:
            result = candidate
            continue
        if candidate in seen:
            if seen[candidate] is None:
                if strict:
                    os.stat(candidate)  # raises ELOOP
                # A loop: keep the rest unresolved, as CPython does.
                return normpath(join(candidate, *rest))
            result = seen[candidate]
            continue
        seen[candidate] = None
        target = os.readlink(candidate)
        if target.startswith("/"):
            base = "/"
        else:
            base = result
        resolved = _resolve(normpath(join(base, target)), strict, seen)
        seen[candidate] = resolved
        result = resolved
    return result


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        if type(start) is not type(path):
            raise TypeError("Can't mix strings and bytes in path components")
        start_list = [x for x in abspath(start).split(slash) if x]
        path_list = [x for x in abspath(path).split(slash) if x]
    except TypeError:
        _arg_type_error("relpath", path, start)
        raise
    i = len(commonprefix([start_list, path_list]))
    rel = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return dot
    return join(*rel)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    slash, dot = _seps(paths[0])[:2]
    try:
        split_paths = [p.split(slash) for p in paths]
        try:
            isabs_, = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        lo, hi = min(split_paths), max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = slash if isabs_ else slash[:0]
        return prefix + slash.join(common)
    except TypeError:
        _arg_type_error("commonpath", *paths)
        raise

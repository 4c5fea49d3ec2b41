"""Constants and functions for interpreting os.stat() results: the ST_*
indexes of stat tuples, the S_IF* file types and S_I* permission bits, the
S_IS*() type tests, S_IMODE/S_IFMT and filemode() ('-rwxr-xr-x').

The values are Linux's; the BSD/macOS (UF_*, SF_*), Solaris (door, port),
whiteout and Windows (FILE_ATTRIBUTE_*) constants carry the values CPython
gives them so that code testing for them runs unchanged.
"""

# Indexes into the tuple os.stat() returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types (the S_IFMT bits of st_mode).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# File flags (chflags) of BSD and macOS.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def _mode(mode):
    """mode as a C mode_t: an int in [0, 2**32)."""
    if not hasattr(type(mode), '__index__'):
        raise TypeError('an integer is required')
    mode = mode.__index__()
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        raise OverflowError('mode out of range')
    return mode


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file type."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    """Return True if mode is from a directory."""
    return _mode(mode) & 0o170000 == S_IFDIR


def S_ISCHR(mode):
    """Return True if mode is from a character special device file."""
    return _mode(mode) & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    """Return True if mode is from a block special device file."""
    return _mode(mode) & 0o170000 == S_IFBLK


def S_ISREG(mode):
    """Return True if mode is from a regular file."""
    return _mode(mode) & 0o170000 == S_IFREG


def S_ISFIFO(mode):
    """Return True if mode is from a FIFO (named pipe)."""
    return _mode(mode) & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    """Return True if mode is from a symbolic link."""
    return _mode(mode) & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    """Return True if mode is from a socket."""
    return _mode(mode) & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    """Return True if mode is from a door (never, off Solaris)."""
    _mode(mode)
    return False


def S_ISPORT(mode):
    """Return True if mode is from an event port (never, off Solaris)."""
    _mode(mode)
    return False


def S_ISWHT(mode):
    """Return True if mode is from a whiteout (never, on Linux)."""
    _mode(mode)
    return False


_TYPE_CHARS = {S_IFDIR: 'd', S_IFCHR: 'c', S_IFBLK: 'b', S_IFREG: '-',
               S_IFIFO: 'p', S_IFLNK: 'l', S_IFSOCK: 's'}


def _perm(mode, read, write, execute, special, on_exec, on_plain):
    """The three 'rwx' characters of one class of users; special (setuid,
    setgid or sticky) shows in the execute position."""
    x = 'x' if mode & execute else '-'
    if mode & special:
        x = on_exec if mode & execute else on_plain
    return ('r' if mode & read else '-') + ('w' if mode & write else '-') + x


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    mode = _mode(mode)
    return (_TYPE_CHARS.get(mode & 0o170000, '?')
            + _perm(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S')
            + _perm(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S')
            + _perm(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))

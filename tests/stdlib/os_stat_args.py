# os.stat, os.lstat and os.fstat arguments against CPython 3.11: str, bytes, os.PathLike,
# a file descriptor for stat only, dir_fd and follow_symlinks, and the messages for
# everything else. (bytearray paths, accepted by CPython with a DeprecationWarning,
# are left out.)
import os, pathlib, stat as S
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
fd = os.open('.', os.O_RDONLY)
def t(f):
    try:
        r = f()
        print('ok', S.S_ISDIR(r.st_mode) if hasattr(r, 'st_mode') else r)
    except Exception as e:
        print(type(e).__name__, e)
for fn in (os.stat, os.lstat):
    n = fn.__name__
    print(n)
    t(lambda: fn('.'))
    t(lambda: fn(b'.'))
    t(lambda: fn(pathlib.Path('.')))
    t(lambda: fn(P('.')))
    t(lambda: fn(P(b'.')))
    t(lambda: fn(P(1)))
    t(lambda: fn(P(None)))
    t(lambda: fn(fd))
    t(lambda: fn(True))
    t(lambda: fn(1.5))
    t(lambda: fn(None))
    t(lambda: fn([]))
    t(lambda: fn())
    t(lambda: fn('.', 1))
    t(lambda: fn(path='.'))
    t(lambda: fn('.', dir_fd=None))
    t(lambda: fn('.', follow_symlinks=False))
    t(lambda: fn('.', bogus=1))
    t(lambda: fn('a\x00b'))
    t(lambda: fn(b'a\x00b'))
    t(lambda: fn('/nonexistent/zz'))
    t(lambda: fn(2**31))
    t(lambda: fn(2**64))
    t(lambda: fn(-1))
    t(lambda: fn(10**6))
    t(lambda: fn(''))
    t(lambda: fn(path=1.5))
t(lambda: os.fstat('.'))
t(lambda: os.fstat(fd))
t(lambda: os.fstat(-1))
t(lambda: os.fstat(1.5))
t(lambda: os.fstat(fd=fd))
t(lambda: os.stat(fd, follow_symlinks=False))
t(lambda: os.stat(fd, dir_fd=fd))
t(lambda: os.stat('.', dir_fd=fd))
t(lambda: os.stat('.', dir_fd=1.5))
t(lambda: os.stat('.', dir_fd='x'))
os.close(fd)

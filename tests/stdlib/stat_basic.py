# stat: constants, type tests, S_IMODE/S_IFMT, filemode, bad arguments,
# and the module's public names.
import os
import stat
import tempfile

names = sorted(n for n in dir(stat) if not n.startswith('_'))
print(len(names))
for n in names:
    v = getattr(stat, n)
    if isinstance(v, int):
        print(n, v)
kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO,
         stat.S_IFLNK, stat.S_IFSOCK, 0, 0o170000]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
         stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for k in kinds:
    print(oct(k), [int(f(k | 0o644)) for f in tests], stat.filemode(k | 0o644))
for m in [0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0o7000, 0o7777, 0o0]:
    print(oct(m), stat.filemode(stat.S_IFREG | m), stat.S_IMODE(stat.S_IFDIR | m),
          stat.S_IFMT(stat.S_IFDIR | m))
print(stat.filemode(True), stat.S_ISDIR(True))
for bad in ['x', 1.5, None, -1, 2**32, 2**32 - 1]:
    for f in (stat.S_ISDIR, stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDOOR):
        try:
            print(f.__name__, f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
with open(p, 'w'):
    pass
os.chmod(p, 0o640)
st = os.stat(p)
print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), stat.S_IMODE(st.st_mode) == 0o640)
print(stat.filemode(os.stat(d).st_mode)[0], stat.S_ISDIR(os.stat(d).st_mode))
os.remove(p)
os.rmdir(d)

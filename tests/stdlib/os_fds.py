# os: descriptors, pipes, positioned and vectored I/O, truncation, times,
# statvfs, xattr-free file calls, and CPython's OSError subclasses.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")

r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(w), os.write(w, b"hello"), os.read(r, 5))
os.set_blocking(w, False); os.set_inheritable(w, True)
print(os.get_blocking(w), os.get_inheritable(w))
w2 = os.dup2(w, 100)
print(w2, os.get_inheritable(100), os.dup2(w, 101, inheritable=False), os.get_inheritable(101))
os.closerange(100, 102)
try:
    os.fstat(100)
except OSError as e:
    print(type(e).__name__, e.errno)
r3, w3 = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r3))
for fd in (r, w, r3, w3):
    os.close(fd)

fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o644)
print(os.pwrite(fd, b"abcdefgh", 0), os.pread(fd, 3, 2), os.writev(fd, [b"12", bytearray(b"34")]))
bufs = [bytearray(3), bytearray(4)]
print(os.preadv(fd, bufs, 1), bufs, os.pwritev(fd, [b"Z"], 0))
os.lseek(fd, 0, os.SEEK_SET)
print(os.readv(fd, [bytearray(2)]), os.fstat(fd).st_size)
os.ftruncate(fd, 3); os.fsync(fd); os.fdatasync(fd)
print(os.fstat(fd).st_size, os.device_encoding(fd))
os.lockf(fd, os.F_LOCK, 0); os.lockf(fd, os.F_TEST, 0); os.lockf(fd, os.F_ULOCK, 0)
os.posix_fallocate(fd, 0, 10); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_NORMAL)
print(os.fstat(fd).st_size)
os.close(fd)
with os.fdopen(os.open(p, os.O_RDONLY)) as f:
    print(repr(f.read(3)))
os.truncate(p, 1)
print(os.stat(p).st_size)
os.utime(p, (1000000000, 1500000000.5))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(p, ns=(5, 7_000_000_001))
print(os.stat(p).st_atime_ns, os.stat(p).st_mtime_ns)
os.chmod(p, 0o600); fd = os.open(p, os.O_RDONLY); os.fchmod(fd, 0o640)
print(oct(os.stat(p).st_mode & 0o777)); os.close(fd)
os.chown(p, os.getuid(), os.getgid()); os.lchown(p, -1, -1)
os.mkfifo(os.path.join(d, "fifo"))
print(sorted(os.listdir(d)))
old = os.umask(0o22); print(os.umask(old) == 0o22)
v = os.statvfs(d)
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax, v == os.fstatvfs(os.open(d, os.O_RDONLY)))
print(os.major(os.makedev(8, 3)), os.minor(os.makedev(8, 3)))
e = os.eventfd(3); os.eventfd_write(e, 4); print(os.eventfd_read(e)); os.close(e)
m = os.memfd_create("x"); print(os.write(m, b"mem"), os.fstat(m).st_size); os.close(m)
print(len(os.getrandom(5)), len(os.urandom(4)))

# Errors: OSError subclasses with errno and filename, as CPython.
for call in (lambda: os.truncate(os.path.join(d, "none"), 0), lambda: os.chown(os.path.join(d, "none"), 0, 0),
             lambda: os.statvfs(os.path.join(d, "none")), lambda: os.utime(os.path.join(d, "none")),
             lambda: os.mkfifo(p), lambda: os.dup2(999, 5), lambda: os.pread(999, 1, 0),
             lambda: os.get_terminal_size(os.open(p, os.O_RDONLY)), lambda: os.ttyname(0 if not os.isatty(0) else 999)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename is not None and os.path.basename(e.filename))
for name in ("nope",):
    try:
        os.sysconf(name)
    except ValueError as e:
        print("ValueError", e)
print(os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGE_SIZE"]),
      os.pathconf(d, "PC_NAME_MAX"), os.fpathconf(os.open(d, os.O_RDONLY), "PC_PATH_MAX"), os.confstr("CS_PATH"))

walked = []
os.mkdir(os.path.join(d, "sub"))
for root, dirs, files, rootfd in os.fwalk(d):
    walked.append((os.path.relpath(root, d), sorted(dirs), sorted(files), isinstance(rootfd, int)))
print(sorted(walked))
os.environb[b"ADDER_T"] = b"v"; print(os.getenvb(b"ADDER_T"), os.environ["ADDER_T"]); del os.environb[b"ADDER_T"]
print(os.getenvb(b"ADDER_T"), "ADDER_T" in os.environ)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))

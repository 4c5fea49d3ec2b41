# os.path (posixpath): pure path functions, and filesystem queries on a
# scratch directory.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.name)
for p in ["", "/", "//", "///", "a/b/c", "/a/b/", "a//b", "./a/../b", "/../x", "a/./b/..", "../../a", "//a/b", "///a"]:
    print(repr(p), os.path.normpath(p), os.path.split(p), os.path.dirname(p), os.path.basename(p))
for p in ["a.txt", ".bashrc", "a/b.tar.gz", "a.b/c", "..", "x.", "...a"]:
    print(repr(p), os.path.splitext(p))
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"))
os.environ["ADDER_T"] = "val"
print(os.path.expandvars("$ADDER_T/${ADDER_T}/$NOPE_X/${NOPE_Y}"), os.getenv("ADDER_T"), "ADDER_T" in os.environ)
del os.environ["ADDER_T"]
print(os.getenv("ADDER_T", "gone"), os.environ.get("ADDER_T"))
print(os.path.expanduser("~x/y"), os.path.expanduser("plain"))
print(os.path.normpath("/a//b/../c".encode()), os.path.join("a".encode(), "b".encode()), os.path.splitext("f.py".encode()))

base = "stdlib/_scratch_os"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, "x", "y"))
os.makedirs(os.path.join(base, "x"), exist_ok=True)
fd = os.open(os.path.join(base, "x", "f.txt"), os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, "hello\n".encode()))
os.close(fd)
fd = os.open(os.path.join(base, "x", "f.txt"), os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "x"))))
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "/nope"), os.path.getsize(base + "/x/f.txt"))
st = os.stat(base + "/x/f.txt")
print(st.st_size, st[6], oct(st.st_mode & 0o777), len(st), type(st).__name__, isinstance(st.st_mtime, float))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
print(sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base + "/x")))
os.rename(base + "/x/f.txt", base + "/x/g.txt")
os.replace(base + "/x/g.txt", base + "/g.txt")
print(sorted(os.listdir(base)))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename)
try:
    os.stat(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.rmdir(base + "/x")
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(base + "/g.txt")
os.rmdir(base + "/x/y")
os.removedirs(base + "/x")
print(os.path.exists(base), os.strerror(2), os.getpid() > 0, len(os.urandom(7)), os.cpu_count() > 0)
print(os.fspath("p"), os.path.abspath("/a/./b"), os.getcwd() == os.path.abspath("."))

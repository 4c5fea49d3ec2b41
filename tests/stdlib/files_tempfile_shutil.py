# tempfile, shutil, glob and fnmatch on a directory tree made inside a
# temporary directory (paths are printed relative to it).
import fnmatch
import glob
import os
import shutil
import tempfile

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(base, "<tmp>"))

print(tempfile.gettempdir() == tempfile.gettempdir(), os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
base = tempfile.mkdtemp(prefix="adder-", suffix=".d")
rel = lambda p: os.path.relpath(p, base)
print(os.path.basename(base).startswith("adder-"), base.endswith(".d"), oct(os.stat(base).st_mode & 0o777), os.path.isabs(base))
rel = lambda p: os.path.relpath(p, base)

fd, path = tempfile.mkstemp(suffix=".txt", prefix="f", dir=base)
os.write(fd, b"mkstemp data")
os.close(fd)
print(rel(path).startswith("f"), path.endswith(".txt"), oct(os.stat(path).st_mode & 0o777), open(path).read())
show(lambda: tempfile.mkstemp(prefix=b"x", dir=base))

with tempfile.NamedTemporaryFile(dir=base, suffix=".tmp") as f:
    f.write(b"named")
    f.flush()
    name = f.name
    print(os.path.exists(name), open(name, "rb").read(), name.endswith(".tmp"))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False)
f.write("kept")
f.close()
print(os.path.exists(f.name), open(f.name).read())
os.unlink(f.name)
with tempfile.TemporaryFile(dir=base) as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read(), sorted(os.listdir(base)) == [os.path.basename(path)])
with tempfile.TemporaryDirectory(dir=base) as d:
    open(os.path.join(d, "inner"), "w").close()
    os.mkdir(os.path.join(d, "sub"))
    print(os.path.isdir(d), sorted(os.listdir(d)))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
sp = tempfile.SpooledTemporaryFile(max_size=10)
sp.write(b"12345")
print(sp._rolled, sp.tell())
sp.write(b"678901234")
print(sp._rolled)
sp.seek(0)
print(sp.read())
sp.close()

# A tree to copy, glob and remove.
src = os.path.join(base, "src")
for p in ["a.py", "b.txt", ".hidden.py", "pkg/__init__.py", "pkg/mod.py", "pkg/data/x.json", "pkg/data/y.json", "empty/"]:
    full = os.path.join(src, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if not p.endswith("/"):
        with open(full, "w") as fh:
            fh.write(p * 3)
os.chmod(os.path.join(src, "a.py"), 0o754)

print(sorted(rel(p) for p in glob.glob(os.path.join(src, "*.py"))))
print(sorted(rel(p) for p in glob.glob(os.path.join(src, "**", "*.py"), recursive=True)))
print(sorted(rel(p) for p in glob.glob(os.path.join(src, "**"), recursive=True)))
print(sorted(glob.glob("*.json", root_dir=os.path.join(src, "pkg", "data"))))
print(sorted(glob.glob("**/*.py", root_dir=src, recursive=True, include_hidden=True)))
print(sorted(glob.glob("pkg/*/", root_dir=src)), sorted(glob.glob("?.*", root_dir=src)), glob.glob("nothing*", root_dir=src))
print(sorted(glob.glob("[ab].*", root_dir=src)), sorted(glob.glob("[!a].*", root_dir=src)), glob.glob("b.txt", root_dir=src))
print(sorted(rel(p) for p in glob.iglob(os.path.join(src, "pkg", "*"))))
print(glob.escape("a[b]*?.py"), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape(b"x?"))

for name, pat in [("a.py", "*.py"), ("a.py", "*.PY"), ("x/y.py", "*.py"), ("abc", "a?c"), ("abc", "a[!b]c"), ("a-c", "a[a-z-]c"),
                  ("a]c", "a[]]c"), ("a[c", "a[c"), ("\nx", "?x"), ("abc", "a[c-a]c"), ("ab", "*b*"), ("", "*")]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))
import re
for pat in ["*.py", "a?c", "[!x]y", "a*b*c"]:
    print(pat, bool(re.match(fnmatch.translate(pat), "abc")), bool(re.match(fnmatch.translate(pat), "a.py")))

dst = os.path.join(base, "dst")
print(rel(shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.json", ".*"))))
print(sorted(os.path.relpath(os.path.join(r, f), dst) for r, ds, fs in os.walk(dst) for f in fs + ["<d>" for _ in ds if False]))
print(sorted(d for r, ds, fs in os.walk(dst) for d in ds))
print(oct(os.stat(os.path.join(dst, "a.py")).st_mode & 0o777))
show(lambda: shutil.copytree(src, dst))
print(rel(shutil.copytree(src, dst, dirs_exist_ok=True)), os.path.exists(os.path.join(dst, "pkg", "data", "x.json")))
print(rel(shutil.copy(os.path.join(src, "a.py"), os.path.join(base, "copy.py"))), oct(os.stat(os.path.join(base, "copy.py")).st_mode & 0o777))
print(rel(shutil.copy2(os.path.join(src, "b.txt"), base)), open(os.path.join(base, "b.txt")).read())
print(rel(shutil.copyfile(os.path.join(src, "b.txt"), os.path.join(base, "c.txt"))))
show(lambda: shutil.copyfile(os.path.join(src, "b.txt"), os.path.join(src, "b.txt")))
show(lambda: shutil.copyfile(os.path.join(src, "nope"), os.path.join(base, "x")))
import io
out = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b"x" * 100000), out, 1000)
print(len(out.getvalue()))
print(rel(shutil.move(os.path.join(base, "c.txt"), os.path.join(base, "moved.txt"))), os.path.exists(os.path.join(base, "c.txt")))
os.mkdir(os.path.join(base, "into"))
print(rel(shutil.move(os.path.join(base, "moved.txt"), os.path.join(base, "into"))))
print(rel(shutil.move(os.path.join(base, "into"), os.path.join(base, "renamed"))), sorted(os.listdir(os.path.join(base, "renamed"))))
show(lambda: shutil.move(os.path.join(base, "copy.py"), os.path.join(base, "renamed", "..", "renamed")) and None)
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program-xyz"), shutil.which("sh", path=""))
print(shutil.which(os.path.join(src, "a.py")) is not None, shutil.which(os.path.join(src, "b.txt")))
errors = []
shutil.rmtree(os.path.join(base, "nope"), onerror=lambda f, p, e: errors.append((f is os.lstat, rel(p), type(e[1]).__name__)))
print(errors)
shutil.rmtree(os.path.join(base, "nope"), ignore_errors=True)
show(lambda: shutil.rmtree(os.path.join(base, "nope")))
shutil.rmtree(dst)
print(os.path.exists(dst))
du = shutil.disk_usage(base)
print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.total >= du.free >= 0, shutil.disk_usage(tempfile.gettempdir()) [0] > 0)
show(lambda: shutil.disk_usage(os.path.join(base, "missing")))
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
shutil.rmtree(base)
print(os.path.exists(base))

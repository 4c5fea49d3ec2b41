# pathlib: pure path arithmetic and the filesystem operations of Path in
# a temporary directory.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

base = None


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        msg = str(e)
        if base is not None:
            msg = msg.replace(str(base), "<tmp>")
        print(type(e).__name__ + ":", msg)

for s in ["", ".", "/", "//", "///", "a/b/c", "/usr//lib/./python3/", "a/../b", "//srv/x", "~/x", "foo.tar.gz", ".bashrc", "a/b.", "/a/b.c/d"]:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix),
          p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute(), list(map(str, p.parents)))
p = PurePath("/usr/lib") / "python3" / PurePath("site.py")
print(type(p).__name__, p, "/etc" / PurePath("x"), PurePath("a", "b", "/c", "d"), PurePath("a").joinpath("b", "c"))
print(p.with_name("other.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("main"), PurePath("a.tar.gz").with_suffix(".bz2"))
for f in [lambda: PurePath("/").with_name("x"), lambda: PurePath("a").with_name(""), lambda: PurePath("a").with_name("x/y"),
          lambda: PurePath("a").with_suffix("txt"), lambda: PurePath("a").with_suffix("."), lambda: PurePath("a").with_suffix("./x"),
          lambda: PurePath(1), lambda: PurePath(b"x"), lambda: PurePath("a") / 1]:
    show(f)
print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b/c").relative_to("/a", "b"), PurePath("a/b").relative_to(""))
show(lambda: PurePath("/a/b").relative_to("/c"))
show(lambda: PurePath("a/b").relative_to("/a"))
print(PurePath("/a/b").is_relative_to("/a"), PurePath("/a/b").is_relative_to("/b"))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("a/*.py"),
      PurePath("/a/b.py").match("/*.py"), PurePath("/a/b.py").match("/a/*.py"), PurePath("b.PY").match("*.py"))
show(lambda: PurePath("a").match(""))
print(PurePath("a") == PurePath("a/"), PurePath("a") == PurePath("b"), PurePath("a") < PurePath("b"), hash(PurePath("x/y")) == hash(PurePath("x//y")),
      sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]), PurePath("a") == "a", os.fspath(PurePath("/x/y")), bytes(PurePath("q")))
print(PurePath("/a/b").as_posix(), PurePath("/a b/c").as_uri(), repr(PurePath("/a").parents), PurePath("/a/b/c").parents[1], PurePath("/a/b/c").parents[-1],
      [str(x) for x in PurePath("/a/b/c").parents[:2]])
show(lambda: PurePath("a/b").parents[2])
show(lambda: PurePath("a").as_uri())
print(type(Path("x")).__name__, isinstance(Path("x"), PurePath), Path("x") == PurePosixPath("x"), Path.cwd() == Path(os.getcwd()))

base = Path(tempfile.mkdtemp())
rel = lambda p: p.relative_to(base).as_posix()
d = base / "dir"
d.mkdir()
show(lambda: d.mkdir())
d.mkdir(exist_ok=True)
(base / "x" / "y" / "z").mkdir(parents=True)
show(lambda: (base / "q" / "r").mkdir())
f = d / "file.txt"
print(f.exists(), f.write_text("héllo\nworld\n"), f.exists(), f.is_file(), f.is_dir(), d.is_dir(), f.read_text(), f.stat().st_size)
print((d / "data.bin").write_bytes(b"\x00\x01"), (d / "data.bin").read_bytes(), (d / "b2.bin").write_bytes(bytearray(b"ba")))
show(lambda: f.write_text(b"bytes"))
with f.open("a") as fh:
    fh.write("more\n")
print(f.read_text().splitlines())
(d / "sub").mkdir()
(d / "sub" / "deep.txt").touch()
(d / "sub" / "deep.py").touch()
(d / "top.py").touch()
show(lambda: (d / "top.py").touch(exist_ok=False))
print(sorted(rel(p) for p in d.iterdir()))
print(sorted(rel(p) for p in d.glob("*.py")), sorted(rel(p) for p in d.glob("*/*.txt")), sorted(rel(p) for p in d.glob("**/*.py")))
print(sorted(rel(p) for p in d.rglob("*.txt")), sorted(rel(p) for p in d.glob("**")), sorted(rel(p) for p in d.glob("sub/deep.?y")), sorted(rel(p) for p in d.glob("*/")))
show(lambda: list(d.glob("")))
show(lambda: list(d.glob("/abs")))
print(rel((d / "sub" / ".." / "file.txt").resolve()), (d / "nope").exists(), (d / "nope").is_file(), (d / "file.txt" / "x").exists())
g = (d / "file.txt").rename(d / "renamed.txt")
print(rel(g), f.exists(), g.exists())
h = g.replace(d / "final.txt")
print(rel(h), h.samefile(str(h)), h.samefile(d / "final.txt"))
(d / "link").symlink_to(h)
print((d / "link").is_symlink(), rel((d / "link").readlink()) if (d / "link").readlink().is_absolute() else (d / "link").readlink(), (d / "link").read_text()[:5])
(d / "link").unlink()
h.unlink()
show(lambda: h.unlink())
h.unlink(missing_ok=True)
print(h.exists(), Path("~").expanduser() == Path.home(), Path("~/x").expanduser().name, Path("/a").expanduser(), Path("rel").absolute().is_absolute())
for p in sorted(base.rglob("*"), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())

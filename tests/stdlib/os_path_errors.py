# os.path (posixpath): argument type errors as genericpath reports them,
# str/bytes mixing, None and PathLike arguments.
import os
import os.path as P

# relpath(x, None) is relative to the working directory: fix it.
os.chdir("/")


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


class PL:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return "PL(%r)" % (self.p,)


args = ["a/b", b"a/b", "", b"", "/", None, 1, ["a"], PL("x/y"), PL(b"x/y"), PL(1)]
for a in args:
    for b in args:
        show("join(%r, %r)" % (a, b), P.join, a, b)
show("join('a', 'b', None)", P.join, "a", "b", None)
show("join('a', b'b', None)", P.join, "a", b"b", None)
show("join()", P.join)
show("join(a='x')", P.join, a="x")
for a in ["/a/b", b"/a/b", "", None, 1, PL("/a/c"), PL(b"/a")]:
    for b in [None, "/a", b"/a", 1, PL("/a")]:
        show("relpath(%r, %r)" % (a, b), P.relpath, a, b)
for paths in [[], ["/a/b", "/a/c"], ["/a", "b"], [b"/a", "/a"], [b"/a/b", b"/a"], [None],
              ["a", None], [1, 2], [PL("/a/b"), "/a/c"], [PL(b"/a"), "/a"], "abc"]:
    show("commonpath(%r)" % (paths,), P.commonpath, paths)
    show("commonprefix(%r)" % (paths,), P.commonprefix, paths)
for f in [P.basename, P.dirname, P.split, P.splitext, P.normpath, P.isabs, P.normcase,
          P.splitdrive, P.expanduser]:
    for a in [None, 1, ["a"], PL(1), PL("a/b.c"), b"a/b.c"]:
        show("%s(%r)" % (f.__name__, a), f, a)

# Built-in functions: argument count, keyword and conversion errors as
# CPython 3.11 words them (format, next, chr, min/max, sum, sorted, pow).


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


class Idx:
    def __index__(self):
        return 65

    def __repr__(self):
        return "Idx()"


for spec in [None, 1, b"d", "z", "z>5", "zd", "zs", ""]:
    for v in [1, 1.5, "a", None, [1], True]:
        show("format(%r, %r)" % (v, spec), format, v, spec)
show("format()", format)
show("format(1, 'd', 3)", format, 1, "d", 3)
show("format(1, format_spec='d')", format, 1, format_spec="d")

it = iter([1])
show("next()", next)
show("next(1)", next, 1)
show("next('a')", next, "a")
show("next(it, 1, 2)", next, it, 1, 2)
show("next(it)", next, it)
show("next(it)", next, it)
show("next(it, 5)", next, it, 5)
show("next(iterator=it)", next, iterator=it)

for c in [65, -1, 0x110000, 2 ** 31, -2 ** 31 - 1, 2 ** 64, 1.5, "a", None, Idx(), True]:
    show("chr(%r)" % (c,), chr, c)
show("chr()", chr)

for f in [min, max]:
    n = f.__name__
    show(n + "()", f)
    show(n + "(bogus=1)", f, bogus=1)
    show(n + "(1, bogus=2)", f, 1, bogus=2)
    show(n + "([1, 2], bogus=2)", f, [1, 2], bogus=2)
    show(n + "([])", f, [])
    show(n + "([], default=3)", f, [], default=3)
    show(n + "(1, 2, default=3)", f, 1, 2, default=3)
    show(n + "(1)", f, 1)
    show(n + "([1, 2], key=1)", f, [1, 2], key=1)
    show(n + "([1, 'a'])", f, [1, "a"])
    show(n + "(3, 1, 2, key=None)", f, 3, 1, 2, key=None)

show("sum()", sum)
show("sum(iterable=[1])", sum, iterable=[1])
show("sum(bogus=1)", sum, bogus=1)
show("sum([1], 2, 3)", sum, [1], 2, 3)
show("sum([1], start=2, bogus=3)", sum, [1], start=2, bogus=3)
show("sum([1], start=2)", sum, [1], start=2)
show("sum(1, 'a')", sum, 1, "a")
show("sum(['a'], '')", sum, ["a"], "")
show("sum([b'a'], b'')", sum, [b"a"], b"")
show("sum([b'a'], bytearray())", sum, [b"a"], bytearray())
show("sum([[1]], [])", sum, [[1]], [])
show("sum(['a'])", sum, ["a"])

for rev in [True, 0, 2, 1.5, "a", None, Idx(), 2 ** 70]:
    show("sorted([2, 3, 1], reverse=%r)" % (rev,), sorted, [2, 3, 1], reverse=rev)
show("sorted()", sorted)
show("sorted([1], [2])", sorted, [1], [2])
show("sorted(iterable=[1])", sorted, iterable=[1])
show("sorted([1], key=1)", sorted, [2, 1], key=1)
show("sorted([1], bogus=1)", sorted, [1], bogus=1)

for args in [(2, -1, 5), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), ("a", 2, 3),
             (2, 3, "a"), (2, 1j, 5), (1j, 2, 5), (2, 3, None), (-2, 0.5), (0, -1), (0.0, -1),
             (2, 3, 1), (2, 3, -5)]:
    show("pow%r" % (args,), pow, *args)
show("pow(base=2, exp=3, mod=5)", pow, base=2, exp=3, mod=5)
show("pow(2)", pow, 2)
show("pow(2, 3, 4, 5)", pow, 2, 3, 4, 5)

# eval, exec and compile: positional-only parameters, globals and locals
# checks (eval tests locals first), compile's conversions in order.
import collections

for label, call in [
    ("eval()", lambda: eval()),
    ("eval('1', {}, {}, 4)", lambda: eval("1", {}, {}, 4)),
    ("eval(source='1')", lambda: eval(source="1")),
    ("eval('1', 1, 2)", lambda: eval("1", 1, 2)),
    ("eval('1', 1, {})", lambda: eval("1", 1, {})),
    ("eval('1', None, 2)", lambda: eval("1", None, 2)),
    ("eval('1', [], {})", lambda: eval("1", [], {})),
    ("eval('1', {}, [])", lambda: eval("1", {}, [])),
    ("eval('x', {}, ChainMap(x=3))", lambda: eval("x", {}, collections.ChainMap({"x": 3}))),
    ("eval(1)", lambda: eval(1)),
    ("exec()", lambda: exec()),
    ("exec(bogus=1)", lambda: exec(bogus=1)),
    ("exec('1', bogus=1)", lambda: exec("1", bogus=1)),
    ("exec('1', {}, {}, {})", lambda: exec("1", {}, {}, {})),
    ("exec('1', {}, {}, {}, {})", lambda: exec("1", {}, {}, {}, {})),
    ("exec('1', globals={})", lambda: exec("1", globals={})),
    ("exec('1', 1, 2)", lambda: exec("1", 1, 2)),
    ("exec('1', {}, 2)", lambda: exec("1", {}, 2)),
    ("exec('1', closure=None)", lambda: exec("1", closure=None)),
    ("exec('1', closure=())", lambda: exec("1", closure=())),
    ("exec(1)", lambda: exec(1)),
    ("compile()", lambda: compile()),
    ("compile('1', 'f')", lambda: compile("1", "f")),
    ("compile(1, 1, 1)", lambda: compile(1, 1, 1)),
    ("compile(1, 'f', 1)", lambda: compile(1, "f", 1)),
    ("compile(1, 'f', 'x')", lambda: compile(1, "f", "x")),
    ("compile(1, 'f', 'eval')", lambda: compile(1, "f", "eval")),
    ("compile('1', b'f', 'eval')", lambda: compile("1", b"f", "eval").co_filename),
    ("compile('1', 'f', 'eval', 'x')", lambda: compile("1", "f", "eval", "x")),
    ("compile('1', 'f', 'eval', 0, 'x')", lambda: compile("1", "f", "eval", 0, "x")),
    ("compile('1', 'f', 'eval', optimize=2**70)", lambda: compile("1", "f", "eval", optimize=2 ** 70)),
    ("compile('1', 'f', 'x', optimize=9)", lambda: compile("1", "f", "x", optimize=9)),
    ("compile('1', 'f', 'eval', 0, 0, 5)", lambda: compile("1", "f", "eval", 0, 0, 5)),
    ("__import__()", lambda: __import__()),
    ("__import__(1)", lambda: __import__(1)),
    ("__import__(1, level=-1)", lambda: __import__(1, level=-1)),
    ("__import__('os', level='x')", lambda: __import__("os", level="x")),
    ("__import__('os', level=2**70)", lambda: __import__("os", level=2 ** 70)),
    ("__import__('os', level=-1)", lambda: __import__("os", level=-1)),
    ("__import__('')", lambda: __import__("")),
]:
    show(label, call)

# format(): the alternate form of complex keeps the point, a space sign on
# str, precision beyond a C int on floats.
for v, spec in [(1 + 2j, "#"), (1.5 + 2j, "#10"), (complex(1e16, 1), "#"), (2j, "#"),
                (-0.0 - 0j, "#"), (complex(float("inf"), float("nan")), "#"), (1 + 2j, "#.3"),
                ("abc", " "), ("abc", "+"), (1.5, ".2147483648"), (1.5, ".2147483648e"),
                (1j, ".2147483648"), ("abc", ".2147483648"), (1.5, "x.2147483648")]:
    show("format(%r, %r)" % (v, spec), format, v, spec)

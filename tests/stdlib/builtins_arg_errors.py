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

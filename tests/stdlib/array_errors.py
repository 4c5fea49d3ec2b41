# array: typecode and initializer errors, per-typecode overflow messages,
# argument conversions of the methods, pickling by protocol, NaN items.
import array
from array import array as A


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


class Idx:
    def __index__(self):
        return 1

    def __repr__(self):
        return "Idx()"


show("array()", A)
show("array(1)", A, 1)
show("array('bb')", A, "bb")
show("array(b'b')", A, b"b")
show("array('b', [1], 2)", A, "b", [1], 2)
show("array(typecode='b')", A, typecode="b")
for tc in "xzw\xe9":
    show("array(%r)" % tc, A, tc)
    show("array(%r, 'abc')" % tc, A, tc, "abc")
    show("array(%r, [1])" % tc, A, tc, [1])
show("array('b', 'abc')", A, "b", "abc")
show("array('d', array('u', 'ab'))", A, "d", A("u", "ab"))
show("array('u', array('b', [1]))", A, "u", A("b", [1]))
show("array('u', [1])", A, "u", [1])
show("array('u', ['ab'])", A, "u", ["ab"])

values = [0, -1, 1.5, "a", None, True, Idx(), 2 ** 7, -2 ** 7 - 1, 2 ** 8, 2 ** 15, -2 ** 15 - 1,
          2 ** 16, 2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 30,
          float("inf")]
for tc in "bBhHiIlLqQfd":
    for v in values:
        show("array(%r, [%r])" % (tc, v), A, tc, [v])

a = A("h", [1, 2, 3])
for args in [(), (1,), (1, 2, 3), (1.5, 0), ("a", 0), (2 ** 64, 0), (-2 ** 64, 0), (Idx(), 9),
             (10, 2 ** 15), (-10, -2 ** 15 - 1)]:
    show("insert%r" % (args,), a.insert, *args)
print(a)
for args in [(1.5,), ("a",), (2 ** 64,), (10,), (-10,), (Idx(),)]:
    show("pop%r" % (args,), a.pop, *args)
for args in [(5,), (1, 2 ** 64), (1, -2 ** 64), (1, 0, 2 ** 64), (1, 1.5), (3, -1), (9,), (1, "a"),
             (1, Idx()), ()]:
    show("index%r" % (args,), a.index, *args)
show("remove(99)", a.remove, 99)
show("count()", a.count)
show("append('a')", a.append, "a")
show("extend(5)", a.extend, 5)
show("extend(array('d'))", a.extend, A("d", [1.0]))
show("fromlist((1,))", a.fromlist, (1,))
show("fromlist([1, 'a'])", a.fromlist, [1, "a"])
print(a)
show("frombytes(b'abc')", a.frombytes, b"abc")
show("frombytes('ab')", a.frombytes, "ab")
show("frombytes(array('d'))", a.frombytes, A("d", [1.0]))
show("frombytes(array('b'))", a.frombytes, A("b", [1, 2]))
show("frombytes(memoryview)", a.frombytes, memoryview(b"xy"))
print(a)
show("fromfile(0, 1)", a.fromfile, 0, 1)
show("fromfile(None, -1)", a.fromfile, None, -1)
show("fromfile(None, 2**64)", a.fromfile, None, 2 ** 64)
show("fromunicode('x')", a.fromunicode, "x")
show("tounicode()", a.tounicode)
show("a[1.5]", a.__getitem__, 1.5)
show("a[10]", a.__getitem__, 10)
show("a[2**64]", a.__getitem__, 2 ** 64)
show("a['x'] = 1", a.__setitem__, "x", 1)
show("a[0] = 2**20", a.__setitem__, 0, 2 ** 20)
show("a[0:1] = [1]", a.__setitem__, slice(0, 1), [1])
show("a[0:1] = array('i')", a.__setitem__, slice(0, 1), A("i", [1]))
show("a[::2] = array('h')", a.__setitem__, slice(None, None, 2), A("h", [9]))
show("a + [1]", lambda: a + [1])
show("a + array('i')", lambda: a + A("i"))
show("a * 'x'", lambda: a * "x")
show("a < array('u')", lambda: a < A("u", "x"))

for tc in "bBhHiIlLqQfdu":
    x = A(tc, "ab") if tc == "u" else A(tc, [1, 2])
    for proto in [0, 2, 3, 5]:
        print(tc, proto, x.__reduce_ex__(proto))
    show("__reduce_ex__()", x.__reduce_ex__)
    show("__reduce_ex__(1.5)", x.__reduce_ex__, 1.5)
    show("__reduce_ex__(2**64)", x.__reduce_ex__, 2 ** 64)
    show("__reduce_ex__(1, 2)", x.__reduce_ex__, 1, 2)

for tc in "fd":
    x = A(tc, [float("nan"), 1.0, float("nan")])
    print(tc, float("nan") in x, x.count(float("nan")), x.count(1), 1 in x, 1.0 in x)
    show("index(nan)", x.index, float("nan"))
    show("remove(nan)", x.remove, float("nan"))
    print(x == x, x != x)
print(array.typecodes, array.ArrayType is A)

# The failure messages of TestCase's assert methods, as CPython words them.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(name, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print("--", name)
        print(e)
    else:
        print("--", name, "passed")


show("equal ints", t.assertEqual, 1, 2)
show("equal msg", t.assertEqual, 1, 2, "ctx")
show("equal list", t.assertEqual, [1, 2, 3], [1, 2, 4])
show("equal list longer", t.assertEqual, [1, 2], [1, 2, 3, 4])
show("equal list shorter", t.assertEqual, [1, 2, [3]], [1, 2])
show("equal tuple", t.assertEqual, (1, "a"), (1, "b"))
show("list vs tuple", t.assertSequenceEqual, [1, 2], (1, 2))
show("seq type", t.assertListEqual, (1,), [1])
show("equal dict", t.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
show("equal set", t.assertEqual, {1, 2}, {2, 3})
show("equal frozenset", t.assertSetEqual, frozenset([1]), frozenset())
show("equal str", t.assertEqual, "hello world", "hello there")
show("equal multiline", t.assertEqual, "a\nb\nc", "a\nx\nc\nd")
show("long str", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("long list", t.assertEqual, list(range(100)), list(range(1, 101)))
t.maxDiff = None
show("long list no maxDiff", t.assertEqual, list(range(12)), list(range(1, 13)))
t.maxDiff = 640
show("not equal", t.assertNotEqual, 3, 3)
show("true", t.assertTrue, 0)
show("false", t.assertFalse, [1])
show("is", t.assertIs, 1, None)
show("is not", t.assertIsNot, None, None)
show("is none", t.assertIsNone, 5)
show("is not none", t.assertIsNotNone, None)
show("in", t.assertIn, 4, [1, 2])
show("not in", t.assertNotIn, 1, [1, 2])
show("isinstance", t.assertIsInstance, 1, str)
show("not isinstance", t.assertNotIsInstance, 1, int)
show("almost", t.assertAlmostEqual, 1.0, 1.1)
show("almost places", t.assertAlmostEqual, 1.0, 1.01, places=3)
show("almost delta", t.assertAlmostEqual, 10, 13, delta=2)
show("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1) if False else None
show("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("not almost delta", t.assertNotAlmostEqual, 10, 11, delta=2)
show("less", t.assertLess, 2, 1)
show("less equal", t.assertLessEqual, 2, 1)
show("greater", t.assertGreater, 1, 2)
show("greater equal", t.assertGreaterEqual, 1, 2)
show("count equal", t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
show("count equal unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
show("regex", t.assertRegex, "abc", r"\d+")
show("not regex", t.assertNotRegex, "abc123", r"\d+")
show("raises not raised", t.assertRaises(KeyError).__exit__, None, None, None)
show("raises by callable", t.assertRaises, KeyError, len, [])
show("raises regex", t.assertRaisesRegex, ValueError, "^foo", int, "bar")
show("warns not triggered", t.assertWarns, UserWarning, len, [])
show("fail", t.fail, "boom")
show("fail none", t.fail)

t.longMessage = False
show("short message", t.assertEqual, 1, 2, "only this")
show("short message none", t.assertEqual, 1, 2)
t.longMessage = True

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.__traceback__)
with t.assertRaisesRegex(KeyError, "k") as cm:
    {}["k"]
print(repr(cm.exception))
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old", DeprecationWarning)
print(cm.warning, cm.filename.endswith("unittest_asserts.py"), cm.lineno)
with t.assertWarnsRegex(UserWarning, "sp.m"):
    warnings.warn("spam")
try:
    t.assertRaises(3)
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("passes through")
except IndexError as e:
    print("IndexError:", e)

# addTypeEqualityFunc
class Point:
    def __init__(self, x):
        self.x = x

def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ: %d vs %d" % (a.x, b.x))

t.addTypeEqualityFunc(Point, point_equal)
show("custom equality", t.assertEqual, Point(1), Point(2))
print(str(t), repr(t), t.id(), t.countTestCases(), t.shortDescription())
print(unittest.util.safe_repr("x" * 100, short=True))
print(unittest.util._common_shorten_repr("a" * 50 + "b" * 50, "a" * 50 + "c" * 50))
print(unittest.util.sorted_list_difference([1, 2, 3, 5], [2, 4, 5, 6]))

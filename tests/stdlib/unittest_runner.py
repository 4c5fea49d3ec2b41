# Running tests in-process: TextTestRunner's output, results, fixtures,
# cleanups, subtests, loaders and unittest.main(exit=False).
import io
import re
import sys
import unittest

order = []


def run(*tests, verbosity=1, **kwargs):
    stream = io.StringIO()
    suite = unittest.TestSuite(tests)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    print(re.sub(r"Ran (\d+ tests?) in [\d.]+s", r"Ran \1 in TIME", stream.getvalue()), end="")
    print(result, result.wasSuccessful())
    return result


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        order.append("setUpClass")
        cls.addClassCleanup(order.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        order.append("tearDownClass")

    def setUp(self):
        order.append("setUp " + self._testMethodName)
        self.addCleanup(order.append, "cleanup 1")
        self.addCleanup(order.append, "cleanup 2")

    def tearDown(self):
        order.append("tearDown")

    def test_one(self):
        order.append("one")

    def test_two(self):
        order.append("two")
        self.skipTest("later")


class Sub(unittest.TestCase):
    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)
        with self.subTest():
            raise KeyError("k")
        order.append("after subtests")


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(self.fail_cleanup)
        raise ValueError("setUp broke")

    def fail_cleanup(self):
        raise RuntimeError("cleanup broke")

    def test_x(self):
        order.append("never")


class TearDownClassFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise unittest.SkipTest("skip at class end")

    def test_a(self):
        pass


r = run(Fixtures("test_one"), Fixtures("test_two"))
print(order)
print(r.skipped)
order.clear()
r = run(Sub("test_nested"), verbosity=2)
print(order, r.testsRun, len(r.failures), len(r.errors))
r = run(Cleanups("test_x"), TearDownClassFails("test_a"), verbosity=2)
print(order)

# FunctionTestCase and descriptions
def check_math():
    """Math still works."""
    assert 1 + 1 == 3, "arith"

ft = unittest.FunctionTestCase(check_math)
print(str(ft), ft.id(), ft.shortDescription())
run(ft, verbosity=2)

# Loader
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t.id() for t in suite])
mod_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(mod_suite.countTestCases())
named = loader.loadTestsFromName("Sub.test_nested", sys.modules[__name__])
print(named)
bad = loader.loadTestsFromName("NoSuch", sys.modules[__name__])
print(len(loader.errors), loader.errors[0].splitlines()[0])
loader.testNamePatterns = ["*two*"]
print(loader.getTestCaseNames(Fixtures))
try:
    Fixtures("test_missing")
except ValueError as e:
    print("ValueError:", e)

# buffer mode shows captured output of failing tests only
class Loud(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden")

    def test_loud_fail(self):
        print("shown")
        self.fail("loud")

r = run(Loud("test_quiet_pass"), Loud("test_loud_fail"), buffer=True)

# failfast stops after the first failure
r = run(Loud("test_loud_fail"), Fixtures("test_one"), failfast=True)
print(r.testsRun)

# unittest.main without exiting
class Main(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertEqual("a", "b")

sys.stderr = sys.stdout
prog = unittest.main(module=None, defaultTest=["__main__.Main"], argv=["prog"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, len(prog.result.failures))
try:
    unittest.main(module=__name__, defaultTest="Main.test_a", argv=["prog", "-q"],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
# debug() raises instead of recording
try:
    Main("test_b").debug()
except AssertionError as e:
    print("debug:", e)

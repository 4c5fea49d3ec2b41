import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    print('module fixtures:', log)


class TestPass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.items = [3, 1, 2]
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def test_sorted(self):
        """Sorting gives ascending order."""
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_count(self):
        self.assertCountEqual(self.items, [1, 2, 3])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("runs")

    @unittest.skipIf(True, "condition holds")
    def test_skip_if(self):
        self.fail("runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")


@unittest.skipUnless(False, "whole class skipped")
class TestSkippedClass(unittest.TestCase):
    def test_a(self):
        pass

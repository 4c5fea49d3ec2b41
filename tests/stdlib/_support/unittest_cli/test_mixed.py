import unittest


class TestMixed(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4, 5])

    def test_fail_text(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_error(self):
        return {}["missing"]

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1, "odd")

    def test_chained(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("while parsing") from e

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class TestSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no fixture")

    def test_never(self):
        pass

import unittest


class TestInner(unittest.TestCase):
    def test_in_package(self):
        self.assertIn(__name__, ("pkg.test_inner", "test_inner"))

    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1})

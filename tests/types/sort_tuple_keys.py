# sorting tuple keys (ints, big ints, floats, strs, str subclasses that
# override comparisons), and list equality of strs.
class S(str):
    def __lt__(self, o):
        return len(self) < len(o)
    def __eq__(self, o):
        return len(self) == len(o)
    __hash__ = str.__hash__
nan = float("nan")
data = [(1, "b", 2.0), (1, "a", 3.0), (0, "z"), (1, "a"), (1, "a", -0.0), (1, "a", 0.0), (2,), (1, "b", nan), (1, S("xx"), 1), (1, S("yyy"), 0)]
print(sorted(data[:7]))
print(sorted(data[8:]))
print(sorted([(1, 2**70), (1, 2**64), (1, -5), (0, 2**80)]))
print(sorted([(S("bb"),), (S("a"),), (S("ccc"),)]))
print(sorted([("b", 1), ("a", 2), ("b", 0)], reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print([S("ab")] == [S("cd")], ["ab"] == ["ab"], (1, "x") < (1, "y"))

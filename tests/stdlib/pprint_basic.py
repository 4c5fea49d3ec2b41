# pprint: layouts of every container type, widths, depth, compact,
# sort_dicts, long strings and bytes, recursion, saferepr.
import collections
import dataclasses
import pprint
import types

data = {
    "name": "example", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "c": None},
    "tuple1": (1,), "set": {5, 3, 1}, "fs": frozenset({"x", "y"}), 3: "int key", "text": "word " * 30,
    "bytes": bytes(range(40)), "ba": bytearray(b"abcdefghij" * 6), "empty": [[], {}, (), set()],
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"z": 1, "a": 2, "m": list(range(25))})
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(12345678901234, underscore_numbers=True), pprint.pformat([10 ** 20], underscore_numbers=True))
print(pprint.pformat("short"), pprint.pformat(""), pprint.pformat(b""))
print(pprint.pformat("a long line of text that needs wrapping\nsecond line\n" * 3, width=30))
print(pprint.pformat(["a long line of text that needs wrapping " * 2], width=30))
print(pprint.pformat(b"binary data that goes on and on " * 3, width=30))
print(pprint.pformat({"k": b"x" * 50}, width=30))

od = collections.OrderedDict((str(i), i) for i in range(12))
dd = collections.defaultdict(list, {i: [i] * 5 for i in range(6)})
ctr = collections.Counter("abracadabra" * 5)
cm = collections.ChainMap({"a": list(range(12))}, {"b": list(range(12))})
dq = collections.deque(range(30))
dqm = collections.deque(range(30), maxlen=40)
for obj in [od, dd, ctr, cm, dq, dqm, collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
            collections.ChainMap(), collections.deque(), collections.UserDict({"x": list(range(30))}),
            collections.UserList(list(range(40))), collections.UserString("w " * 50),
            types.MappingProxyType({"p": list(range(30))}), types.SimpleNamespace(a=list(range(20)), b="x" * 40)]:
    pprint.pprint(obj, width=40)
Point = collections.namedtuple("Point", "x y")
pprint.pprint([Point(1, 2)] * 8, width=40)


@dataclasses.dataclass
class Item:
    name: str
    tags: list
    hidden: int = dataclasses.field(default=0, repr=False)


pprint.pprint([Item("first", list(range(15))), Item("second", ["t"] * 10)], width=40)

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.pformat(rec).split(" with id")[0], pprint.pformat(d).split(" with id")[0])
print(pprint.saferepr(rec).split(" with id")[0], pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": [2]}))
print(pprint.pformat({1: "a", "b": 2, (1, 2): 3, None: 4}), pprint.pformat({3, 2, 1.5, -7}))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat([[[[1]]], {"a": {"b": {"c": 1}}}]), pp.isrecursive(rec), pp.isreadable([1]))
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError", e)

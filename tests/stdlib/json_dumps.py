# json.dumps / dump: every option, float reprs, errors, encoder subclasses.
import json


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


doc = {"b": [1, 2.5, None, True, False], "a": {"x": "caf\u00e9", "y": []},
       "c": {}, "d": (1, (2, 3)), "e": "\u65e5\U0001f600\ud800\x7f\x00\x1f",
       "f": 'q"b\\s/\b\f\n\r\t', 3: "int key", 1.5: "float", None: 0,
       True: 1, False: 2, -7: 0, 10**30: "big"}

show(json.dumps, doc)
show(json.dumps, doc, ensure_ascii=False)
show(json.dumps, doc, separators=(",", ":"))
for indent in (None, 0, 2, "\t", "--", ""):
    print(json.dumps({"k": [1, [2, []], {}], "z": {"q": 1}}, indent=indent))
print(json.dumps({"k": [1, 2]}, indent=3, separators=(" ,", " = ")))
show(json.dumps, {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)
show(json.dumps, {"b": 1, 2: 3}, sort_keys=True)

# floats as repr()
for x in [0.0, -0.0, 1.0, 0.1, 1e16, 1e-7, 1.5e300, 2.0**70, 1/3, 123456789.125,
          float("inf"), float("-inf"), float("nan"), 5e-324]:
    show(json.dumps, x)
    show(json.dumps, [x], allow_nan=False)
    show(json.dumps, [x], allow_nan=False, indent=1)
    show(json.dumps, {x: 1})
    show(json.dumps, {x: 1}, allow_nan=False)

# ints, bools, big ints, subclasses
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    __str__ = __repr__

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    pass

show(json.dumps, [MyInt(5), MyFloat(2.5), MyStr("s"), -2**100, True, 2**63])
show(json.dumps, {MyInt(5): 1, MyFloat(2.5): 2, MyStr("k"): 3})
show(json.dumps, "plain")
show(json.dumps, "\u00e9", ensure_ascii=False)
show(json.dumps, None)
show(json.dumps, 12)

# skipkeys and bad keys
show(json.dumps, {(1, 2): 1, "a": 2})
show(json.dumps, {(1, 2): 1, "a": 2, 3j: 0, "b": 3}, skipkeys=True)
show(json.dumps, {(1, 2): 1}, skipkeys=True)
show(json.dumps, {(1, 2): 1, "a": 2}, skipkeys=True, indent=2)
show(json.dumps, {b"x": 1})

# default, unserializable objects
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

show(json.dumps, Point(1, 2))
show(json.dumps, {"p": Point(1, 2)}, default=lambda o: [o.x, o.y])
show(json.dumps, [Point(1, 2)], default=lambda o: o.__dict__, indent=1)
show(json.dumps, {1, 2})
show(json.dumps, b"bytes")

# circular references
a = []
a.append(a)
show(json.dumps, a)
d = {}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [Point(0, 0)], default=lambda o: o)
shared = [1]
show(json.dumps, [shared, shared, {"s": shared}])
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print("RecursionError")

# cls and JSONEncoder subclasses
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

show(json.dumps, {"s": {3, 1, 2}}, cls=SetEncoder)
show(json.dumps, {"s": object}, cls=SetEncoder)
show(SetEncoder(indent=2, sort_keys=True).encode, {"b": frozenset([2]), "a": 1})

class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

show(json.dumps, {"a": "b"}, cls=UpperEncoder)

class ChunkEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"

show(json.dumps, [1, 2], cls=ChunkEncoder)

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
print(json.JSONEncoder(indent=2).item_separator)
print("".join(enc.iterencode({"a": [1, 2]})))
show(enc.default, 1)


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


buf = Buf()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=1)
print("".join(buf.parts))
buf = Buf()
json.dump("text", buf)
print("".join(buf.parts))

# dict and list subclasses, tuples
class D(dict):
    def items(self):
        return sorted(super().items(), reverse=True)

show(json.dumps, D(a=1, b=2, c=3))
show(json.dumps, [D(a=1)], sort_keys=True)

class L(list):
    pass

show(json.dumps, L([1, L([2])]))
show(json.dumps, ((), [()], {"t": (1,)}))

# nested depth
deep = []
for i in range(200):
    deep = [deep]
print(len(json.dumps(deep)))

# positional arguments are refused
show(json.dumps, 1, 2)
show(json.dumps, [1], bogus=True)

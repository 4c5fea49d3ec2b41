# pickle: the bytes of every protocol for built-in values, user classes
# (__reduce__, __getstate__/__setstate__, __getnewargs(_ex)__, slots), shared
# and recursive structures, and the round trips.
import pickle, sys, copyreg, collections, zlib
big = 2**200
class Plain:
    def __init__(self): self.a = 1; self.b = [1, 2]
    def __eq__(self, o): return type(o) is type(self) and o.__dict__ == self.__dict__
class Slots:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'two'
class WithState:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = st['v'] + 1
class NewArgs(int):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
class Reduced:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (Reduced, (self.a, self.b))
class MyList(list): pass
class MyDict(dict): pass
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**63, big, -big, 0.0, -0.0, 1.5, 1e300, float('inf'), 'abc', '', 'é€\U0001F600', 'a\nb\\c\r\x00\x1a',
          b'', b'abc', bytes(range(256)), bytearray(b''), bytearray(b'xy'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, 3]], {}, {'a': 1, 2: [3]}, set(), {1, 2, 3}, frozenset(), frozenset({'a'}),
          1 + 2j, range(5), len, int, type(None), type(Ellipsis), Ellipsis, NotImplemented, slice(1, 2),
          collections.OrderedDict(a=1), list(range(1500)), {i: i for i in range(1200)}, set(range(1100)), 'x' * 300, b'y' * 300]
for proto in range(6):
    for v in values:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, repr(v)[:40], 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(d)
        ok = back == v or (v != v) or type(back) is type(v) and repr(back) == repr(v)
        print(proto, repr(v)[:40], d if len(d) < 200 else (len(d), zlib.crc32(d), d[:60], d[-40:]), ok)
shared = [1, 2]
obj = {'s1': shared, 's2': shared}
rec = [1]; rec.append(rec)
tup = ([],); tup[0].append(tup)
d = {}; d['self'] = d
for proto in range(6):
    for v in (obj, rec, tup, d):
        print(proto, pickle.dumps(v, proto))
    b = pickle.loads(pickle.dumps(obj, proto)); print(b['s1'] is b['s2'])
    b = pickle.loads(pickle.dumps(rec, proto)); print(b[1] is b)
    b = pickle.loads(pickle.dumps(tup, proto)); print(b[0][0] is b)
    for o in (Plain(), *([Slots()] if proto >= 2 else []), WithState(5), NewArgs(7, 9), Reduced(1, 'z'), MyList([1, 2]), MyDict(a=1)):
        data = pickle.dumps(o, proto)
        print(proto, type(o).__name__, data)
        back = pickle.loads(data)
        print('  ', type(back).__name__, getattr(back, '__dict__', None), [getattr(back, s, None) for s in getattr(o, '__slots__', ())], back if isinstance(back, (list, dict, int)) else '')

# Pickler and Unpickler objects: persistent ids, find_class, errors.
import io


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("db:"):
            return obj[3:]
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid

    def find_class(self, module, name):
        if name == "Plain":
            return Reduced
        return super().find_class(module, name)


for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump(["db:row1", "plain", ("db:row2",)])
    print(proto, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump([1, 2])
p.dump("again")
p.clear_memo()
p.dump("again")
f.seek(0)
u = pickle.Unpickler(f)
print(f.getvalue(), u.load(), u.load(), u.load())
f = io.BytesIO()
pickle.dump({"k": (1, 2)}, f)
f.seek(0)
print(pickle.load(f))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b"\xff\x00"))
for data in [b"", b"x", b"\x80\x02K", b"P1\n.", b"\x80\x09N.", b"(K\x01.", b"h\x05."]:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
class Local:
    pass
Local.__qualname__ = "Nope"
try:
    pickle.dumps(Local)
except pickle.PicklingError as e:
    print("PicklingError", str(e).replace(repr(Local), "<Local>"))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b"S'a\\nb'\np0\n."), pickle.loads(b"U\x03abc."), pickle.loads(b"T\x02\x00\x00\x00hi."))
print(pickle.loads(b"S'caf\\xe9'\n.", encoding="latin-1"), pickle.loads(b"U\x02\xff\x00.", encoding="bytes"))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\nI1\ntR."), pickle.loads(b"cexceptions\nValueError\n(Vx\ntR."))
copyreg.add_extension("collections", "OrderedDict", 240)
print(pickle.dumps(collections.OrderedDict, 2), pickle.loads(pickle.dumps(collections.OrderedDict, 2)))
copyreg.remove_extension("collections", "OrderedDict", 240)

# array: construction, conversions and range errors of every typecode,
# sequence operations, methods, repr and the bytes view.
import array
from array import array as A

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(array.typecodes, A, array.ArrayType is A)
print(sorted(n for n in dir(array) if not n.startswith("__")))
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, repr(a), a.typecode)

probes = [2**70, -2**70, 2**64, 2**64 - 1, 2**63, -2**63 - 1, 2**32, -2**31 - 1,
          70000, -70000, 300, -300, -1, 1.5, "a", None]
for tc in "bBhHiIlLqQ":
    out = []
    for v in probes:
        try:
            out.append(repr(A(tc, [v])[0]))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(tc, " | ".join(out))
for tc in "fdu":
    for v in [1, 1.5, 0.1, 2**2000, "a", "ab", None, 1e300]:
        show(lambda: A(tc, [v]))

show(lambda: A(1))
show(lambda: A("ab"))
show(lambda: A("z"))
show(lambda: A("i", "abc"))
show(lambda: A("i", A("u", "a")))
show(lambda: A("u", A("i", [1])))
show(lambda: A("i", 5))
show(lambda: A("i", [1, 2], 3))
show(lambda: A("i", range(5)))
show(lambda: A("d", A("i", [1, 2])))
show(lambda: A("h", b"\x01\x00\x02\x00"))
show(lambda: A("h", b"\x01"))
show(lambda: A("B", bytearray(b"ab")))
show(lambda: A("u", "h\u00e9\U0001f600"))
show(lambda: A("f", [0.1, 1e40, -2.5]))
show(lambda: A("i", None))

a = A("i", [1, 2, 3, 4, 5])
print(len(a), a[0], a[-1], a[1:3], a[::2], a[::-1], a[10:], 3 in a, 9 in a)
show(lambda: a[5])
show(lambda: a["x"])
a[0] = 10
a[-1] = -5
print(a)
def setitem(k, v):
    a[k] = v
    return a
show(lambda: setitem(7, 1))
show(lambda: setitem(0, "x"))
show(lambda: setitem(slice(0, 2), [1]))
show(lambda: setitem(slice(0, 2), A("b", [1])))
show(lambda: setitem(slice(None, None, 2), A("i", [1])))
show(lambda: setitem(slice(None, None, 2), A("i", [7, 8, 9])))
show(lambda: setitem(slice(1, 3), A("i", [20, 21, 22, 23])))
show(lambda: setitem(slice(0, 0), a))
del a[0]
del a[::3]
print(a)
del a[1:3]
print(a)

b = A("i", [1, 2, 3])
print(b + A("i", [4]), b * 2, 2 * b, b * 0, b * -1)
show(lambda: b + [1])
show(lambda: b + A("b"))
c = b
c += A("i", [9])
c *= 2
print(c, b is c)
show(lambda: b.__iadd__([1]))
print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1]) < A("b", [2]),
      A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [3]) >= A("i", [2, 9]), A("i", [1]) == [1], A("i") != A("i"))
try:
    hash(A("i"))
except TypeError:
    print("unhashable")

d = A("h", [5, 1, 5, 2])
d.append(7)
d.extend([8, 9])
d.extend(A("h", [10]))
show(lambda: d.extend(A("i", [1])))
show(lambda: d.extend([11, "x", 12]))
print(d, d.count(5), d.index(5), d.index(5, 1), d.index(5, -6, -1))
show(lambda: d.index(99))
show(lambda: d.remove(99))
d.remove(5)
d.insert(0, -1)
d.insert(100, 100)
d.insert(-100, -100)
print(d, d.pop(), d.pop(0), d.pop(-2))
show(lambda: A("h").pop())
show(lambda: d.pop(50))
d.reverse()
print(d, d.tolist())
show(lambda: d.fromlist((1,)))
show(lambda: d.fromlist([1, "x"]))
d.fromlist([30, 31])
print(d)
show(lambda: d.append(2**20))
show(lambda: d.append())
show(lambda: d.count())

e = A("H", [1, 0x0102, 0xfffe])
raw = e.tobytes()
print(raw, bytes(e), e.buffer_info()[1])
e.byteswap()
print(e)
f = A("H")
f.frombytes(raw)
f.frombytes(bytearray(b"\x03\x00"))
print(f)
show(lambda: f.frombytes(b"\x01"))
show(lambda: f.frombytes("ab"))
for tc in "hiqfd":
    g = A(tc, [1, 2])
    g.byteswap()
    print(tc, g.tobytes().hex())

u = A("u", "abc")
u.fromunicode("d\u00e9")
print(u, u.tounicode(), u.tobytes()[:8], len(u))
show(lambda: A("i").fromunicode("x"))
show(lambda: A("i").tounicode())
show(lambda: u.fromunicode(1))

print(list(iter(A("b", [1, -2]))), type(iter(A("b"))).__name__, A.__module__, A.__name__)
print(A("d", [1.5]).__reduce_ex__(2), A("u", "ab").__reduce_ex__(3)[1][1:])
print(A("q", [2**63 - 1, -2**63]), A("Q", [2**64 - 1]), A("L", [2**64 - 1]), A("l", [-1]))
import copy
h = A("i", [1, [2][0]])
print(copy.copy(h), copy.deepcopy(h), copy.copy(h) is h)

class MyArray(A):
    pass

m = MyArray("i", [1, 2])
print(type(m).__name__, m, m[0:1], type(m[0:1]).__name__, isinstance(m, A))
import struct
print(struct.unpack("<2i", A("i", [7, -7])))
buf = A("b", [0] * 4)
struct.pack_into("<h", buf, 1, 0x0102)
print(buf)

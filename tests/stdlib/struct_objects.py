# struct: Struct objects, pack_into/unpack_from offsets, iter_unpack and
# the module cache.
import struct

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(struct.Struct, struct.error, struct.error.__mro__)
print(issubclass(struct.error, Exception), struct.error.__module__)
s = struct.Struct("<hid")
print(s.format, s.size, type(s).__name__)
b = s.pack(1, -2, 3.5)
print(b.hex(), s.unpack(b))
print(struct.Struct(b">I").format)
show(lambda: struct.Struct(1))
show(lambda: struct.Struct())
show(lambda: struct.Struct("<z"))
show(lambda: struct.Struct(format="<q").size)
show(lambda: s.pack(1))
show(lambda: s.unpack(b"12"))

buf = bytearray(16)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf.hex())
s.pack_into(buf, 2, 1, 2, 0.5)
print(buf.hex())
struct.pack_into("<h", buf, -2, 0x4142)
print(buf.hex())
show(lambda: struct.pack_into("<i", bytearray(3), 0, 1))
show(lambda: struct.pack_into("<i", bytearray(5), 3, 1))
show(lambda: struct.pack_into("<i", bytearray(5), -10, 1))
show(lambda: struct.pack_into("<i", bytearray(5), -2, 1))
show(lambda: struct.pack_into("<i", b"abcde", 0, 1))
show(lambda: struct.pack_into("<i", bytearray(5)))
show(lambda: struct.pack_into("<i", bytearray(5), 0))
show(lambda: struct.pack_into("<i", bytearray(5), 0, 1, 2))
show(lambda: struct.pack_into("<i", bytearray(5), "0", 1))
mv = memoryview(bytearray(6))
struct.pack_into(">h", mv, 1, 0x1234)
print(mv.tobytes().hex())
show(lambda: struct.pack_into(">h", memoryview(b"abcd"), 0, 1))
# A failing value leaves the buffer untouched.
buf2 = bytearray(b"\xff" * 8)
show(lambda: struct.pack_into("<ii", buf2, 0, 1, "x"))
print(buf2.hex())

data = bytes(range(12))
show(lambda: struct.unpack_from("<hh", data))
show(lambda: struct.unpack_from("<hh", data, 4))
show(lambda: struct.unpack_from("<hh", data, offset=8))
show(lambda: struct.unpack_from("<hh", buffer=data, offset=-4))
show(lambda: struct.unpack_from("<hh", data, -2))
show(lambda: struct.unpack_from("<hh", data, -20))
show(lambda: struct.unpack_from("<hh", data, 10))
show(lambda: s.unpack_from(bytes(20), 3))
show(lambda: s.unpack_from(bytes(20), offset=7))

it = struct.iter_unpack("<hb", bytes(range(9)))
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it))
show(lambda: list(struct.iter_unpack("<i", b"abcde")))
show(lambda: list(struct.iter_unpack("", b"abcde")))
show(lambda: list(s.iter_unpack(bytes(28))))

class MyStruct(struct.Struct):
    pass

m = MyStruct("<2B")
print(type(m).__name__, m.size, m.pack(1, 2), isinstance(m, struct.Struct))

struct._clearcache()
for i in range(300):
    struct.calcsize("%dB" % i)
print(struct.calcsize("7B"), struct.pack("<Q", 2**64 - 1).hex())
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.unpack(">5x"), struct.pack("0i"), struct.unpack("", b""))
print(sorted(n for n in dir(struct) if not n.startswith("__")))

# struct: pack/unpack of every format character in every byte order,
# sizes and alignment, and the range-error messages of each.
import struct


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for order in "@=<>!":
    for code in "xcbB?hHiIlLqQnNefdspP":
        fmt = order + code
        try:
            print(fmt, struct.calcsize(fmt), struct.calcsize(order + "b" + code))
        except struct.error as e:
            print(fmt, "error:", e)

values = {
    "b": [-128, 127, 0], "B": [0, 255], "h": [-32768, 32767], "H": [65535],
    "i": [-2**31, 2**31 - 1], "I": [2**32 - 1], "l": [-5, 7], "L": [9],
    "q": [-2**63, 2**63 - 1], "Q": [2**64 - 1], "n": [-3], "N": [2**64 - 1],
    "P": [2**64 - 1, -1], "?": [0, 1, [], [1], "x"], "e": [1.0, -2.5, 65504.0, 1e-7, 6e-8, float("inf"), float("-inf")],
    "f": [1.5, 0.1, 3.4e38, -0.0], "d": [0.1, 1e308, -0.0],
}
for order in "@<>":
    for code, vs in values.items():
        if order != "@" and code in "nNP":
            continue
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, repr(v), b.hex(), struct.unpack(order + code, b))

# Range and type errors for every integer code and byte order.
probes = [2**70, -2**70, 2**64, 2**64 - 1, 2**63, -2**63 - 1, 2**32, -2**31 - 1,
          70000, -70000, 300, -300, -1, 1.5, "1", None]
for order in "@<>=!":
    for code in "bBhHiIlLqQnNP":
        if order != "@" and code in "nNP":
            continue
        out = []
        for v in probes:
            try:
                struct.pack(order + code, v)
                out.append("ok")
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
        print(order + code, " | ".join(out))

for code in "efd":
    for order in "@<>":
        for v in [1e300, 2**2000, "x", None, 10]:
            try:
                print(order + code, repr(v)[:12], struct.pack(order + code, v).hex())
            except Exception as e:
                print(order + code, repr(v)[:12], type(e).__name__ + ":", e)

# NaN keeps its sign in every float format.
for code in "efd":
    for v in [float("nan"), -float("nan")]:
        b = struct.pack("<" + code, v)
        print(code, b.hex(), struct.unpack("<" + code, b))

# Half-float rounding: ties to even, subnormals, overflow threshold.
for v in [65519.99, 65520.0, 2.0**-24, 2.0**-25, 3 * 2.0**-25, 2.0**-14, 1 + 2.0**-11, 1 + 3 * 2.0**-11, 0.333]:
    show(lambda: struct.pack("<e", v).hex())

# Strings, pascal strings and chars.
show(lambda: struct.pack("5s", b"ab"))
show(lambda: struct.pack("2s", b"abcdef"))
show(lambda: struct.pack("0s", b"ab"))
show(lambda: struct.pack("s", bytearray(b"xy")))
show(lambda: struct.pack("3p", b"abcdef"))
show(lambda: struct.pack("1p", b"abcdef"))
show(lambda: struct.pack("0p", b"abcdef"))
show(lambda: struct.pack("300p", b"a" * 300)[:3])
show(lambda: struct.unpack("5p", b"\x09abcd"))
show(lambda: struct.pack("c", b"a"))
show(lambda: struct.pack("c", bytearray(b"a")))
show(lambda: struct.pack("c", b"ab"))
show(lambda: struct.pack("s", "str"))
show(lambda: struct.pack("p", 1))
show(lambda: struct.pack("3c", b"a", b"b", b"c"))
show(lambda: struct.unpack("3c2s", b"abcde"))

# Alignment in native mode only.
for fmt in ["bi", "ib", "bq", "bq0q", "hbi", "cdc", "=bi", "<bq", "!hq", "3s i", "2x3x", "xh", "bP", "be", "bf?"]:
    show(lambda: struct.calcsize(fmt))
show(lambda: struct.pack("bi", 1, 2))
show(lambda: struct.pack("ib", 1, 2))
show(lambda: struct.pack(">bi", 1, 2))
show(lambda: struct.unpack("@bxxxi", struct.pack("bi", -1, -2)))
show(lambda: struct.pack("<3h2x?", 1, 2, 3, True))
show(lambda: struct.pack("<3h2x?", 1, 2, 3))
show(lambda: struct.pack("<3h2x?", 1, 2, 3, 4, 5))

# Format syntax.
for fmt in ["", "<", "ii ", " i i", "2 i", "4", "i2", "<i>", "<P", "5", "1000000000000000000000i",
            "9223372036854775807i", "xi@", "\ti\n", "10000s", "z", b"<2h", "\u00e9"]:
    show(lambda: struct.calcsize(fmt))

# Argument errors.
show(lambda: struct.pack())
show(lambda: struct.pack(1))
show(lambda: struct.pack("i", x=1))
show(lambda: struct.unpack("i"))
show(lambda: struct.unpack("i", "abcd"))
show(lambda: struct.unpack("<i", b"abc"))
show(lambda: struct.unpack("<i", memoryview(b"abcd")))
show(lambda: struct.unpack("<h", bytearray(b"\x01\x02")))
show(lambda: struct.calcsize())

class Idx:
    def __index__(self):
        return 7

show(lambda: struct.pack("<i", Idx()))
show(lambda: struct.pack("<d", Idx()))
show(lambda: struct.pack("<?", Idx()))
show(lambda: struct.pack("<i", True))

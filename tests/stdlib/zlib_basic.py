# zlib: decompression of streams zlib made (zlib, gzip, raw, preset
# dictionary), round trips through every container and level, stored
# blocks byte for byte, streaming objects, checksums and errors.
# (Compressed bytes for levels 1-9 are not compared: any valid deflate
# encoding is acceptable.)
import zlib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([n for n in dir(zlib) if not n.startswith("_")])
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH)
print(zlib.error.__mro__)

text = b"hello hello hello hello adder " * 4
made_by_zlib = {
    "zlib6": "789ccb48cdc9c957c8c020135352528bb088534b160068322bc1",
    "zlib9": "78dacb48cdc9c957c8c020135352528bb088534b160068322bc1",
    "gzip": "1f8b08000000000000034bafca2c50c84d5528c8494d2c4e4dc7c303002ee06b8b2a000000",
    "raw": "2b4a2c5748494dcb492c495548492c492c22c00700",
    "zdict": "78bb376a06864b41e32b24e6a528e4e617a52aa0cb00005e811051",
}
print(zlib.decompress(bytes.fromhex(made_by_zlib["zlib6"])) == text)
print(zlib.decompress(bytes.fromhex(made_by_zlib["zlib9"]), wbits=0) == text)
print(zlib.decompress(bytes.fromhex(made_by_zlib["gzip"]), wbits=31))
print(zlib.decompress(bytes.fromhex(made_by_zlib["gzip"]), wbits=47))
print(zlib.decompress(bytes.fromhex(made_by_zlib["zlib6"]), 47) == text)
print(zlib.decompress(bytes.fromhex(made_by_zlib["raw"]), wbits=-15))
d = zlib.decompressobj(zdict=b"dictionary words")
print(d.decompress(bytes.fromhex(made_by_zlib["zdict"])), d.eof)

# Stored blocks (level 0) are the same bytes as zlib's.
print(zlib.compress(text, 0).hex())
for level in range(-1, 10):
    for wbits in (15, 9, -15, -9, 31, 25):
        data = bytes(range(256)) * 5 + text
        c = zlib.compress(data, level, wbits)
        assert zlib.decompress(c, wbits) == data, (level, wbits)
        if wbits in (15, 31):
            assert zlib.decompress(c, 47) == data
print("round trips ok", zlib.compress(b"", 6).hex()[:4], zlib.compress(b"x", wbits=31)[:3].hex())
print(zlib.compress(b"abc", level=9)[:2].hex(), zlib.compress(b"abc", 1)[:2].hex(), zlib.compress(b"abc", 3)[:2].hex())

for f in [lambda: zlib.decompress(b"xyz"), lambda: zlib.decompress(zlib.compress(b"abc")[:-3]),
          lambda: zlib.compress(b"a", 10), lambda: zlib.compress(b"a", wbits=7),
          lambda: zlib.decompress(b"", wbits=99), lambda: zlib.compressobj(wbits=99),
          lambda: zlib.decompressobj(wbits=99), lambda: zlib.compressobj(method=9),
          lambda: zlib.decompress("abc"),
          lambda: zlib.decompress(zlib.compress(b"abc")[:-1] + b"\x00"),
          lambda: zlib.decompress(b"", bufsize=-1), lambda: zlib.decompressobj().decompress(b"x", -1)]:
    show(f)

# Corrupt deflate data: zlib.error (zlib's own reason text is not kept).
try:
    zlib.decompress(b"x\x9c" + b"\x00" * 10)
except zlib.error as e:
    print("zlib.error", str(e).startswith("Error -3 while decompressing data: "))

# Compress objects.
c = zlib.compressobj(0)
print((c.compress(b"ab") + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(b"cd") + c.flush()).hex())
c = zlib.compressobj(9, zlib.DEFLATED, -12)
parts = [c.compress(b"part one "), c.compress(b"part two "), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"tail"), c.flush()]
print(zlib.decompress(b"".join(parts), -15), parts[2][-4:].hex())
show(lambda: c.compress(b"more"))
print(c.flush(zlib.Z_NO_FLUSH))
c = zlib.compressobj(zdict=b"dictionary words")
z = c.compress(b"dictionary words and more") + c.flush()
print(zlib.decompressobj(zdict=b"dictionary words").decompress(z))
show(lambda: zlib.decompress(z))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# Decompress objects: pieces, max_length, unused data, flush, copy.
stream = bytes.fromhex(made_by_zlib["zlib6"])
d = zlib.decompressobj()
out = b"".join(d.decompress(stream[i:i + 3]) for i in range(0, len(stream), 3))
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(stream + b"extra"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
first = d.decompress(zlib.compress(b"x" * 100), 10)
print(first, len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail, 30)
print(len(rest), d.eof)
print(len(d.flush()), d.eof, d.unconsumed_tail)
d = zlib.decompressobj(wbits=31)
half = bytes.fromhex(made_by_zlib["gzip"])
a = d.decompress(half[:20])
e = d.copy()
print(a + d.decompress(half[20:]), e.decompress(half[20:]), e.eof)

# Checksums.
for data in [b"", b"abc", bytes(range(256)) * 100]:
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 99), zlib.crc32(data, -1), zlib.adler32(data, 2**40 + 7))
print(zlib.crc32(memoryview(b"mv")), zlib.adler32(bytearray(b"ba")))
show(lambda: zlib.crc32("s"))

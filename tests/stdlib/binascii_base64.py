# binascii and base64: every encoding with its decoding, options and
# error messages; secrets' shapes.
import base64
import binascii
import secrets

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([n for n in dir(binascii) if not n.startswith("_") and n not in ("a2b_qp", "b2a_qp")])
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
for d in data:
    print(binascii.hexlify(d)[:20], binascii.b2a_base64(d)[:24], binascii.b2a_base64(d, newline=False)[-4:],
          binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
    assert binascii.unhexlify(binascii.hexlify(d)) == d
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.b2a_hex(b"\x01\x02\x03\x04\x05", " ", -2), binascii.a2b_hex("0aFF"), binascii.unhexlify(bytearray(b"00")))
print(binascii.crc32(b"abc", 1), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**33 + 5), binascii.crc_hqx(b"abc", 0x10000 + 7))
for s in [b"Zm9v", b"Zm9vYg==", b"Zm9vYg", b"Zm9vY", b"Z", b"Zm9v\nYmFy", b"Zm9v!!YmFy", b"Zm9vYg==garbage", b"=Zm9v",
          b"Zm==9v", "Zm9v", b"Zm9vYmE=", b"Zm9vYmE", b"Zm9vY===", b"", b"===="]:
    show(lambda: binascii.a2b_base64(s))
    show(lambda: binascii.a2b_base64(s, strict_mode=True))
for f in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.unhexlify("\xe9\xe9"),
          lambda: binascii.a2b_base64(5), lambda: binascii.hexlify("str"), lambda: binascii.hexlify(b"ab", "--"),
          lambda: binascii.crc32(), lambda: binascii.crc_hqx(b"a")]:
    show(f)
for d in [b"", b"a", b"Cat", b"hello world, uuencode!", bytes(range(45))]:
    line = binascii.b2a_uu(d)
    print(line, binascii.b2a_uu(d, backtick=True)[:8], binascii.a2b_uu(line) == d)
show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.a2b_uu(b"#86)C\n"))
show(lambda: binascii.a2b_uu(b""))
show(lambda: binascii.a2b_uu(b"!80  \n"))

print(sorted(n for n in base64.__all__))
for d in data[:7] + [b"\xfb\xff\xfe", bytes(range(40))]:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b64encode(d, b"-_"), base64.b32encode(d),
          base64.b32hexencode(d), base64.b16encode(d), base64.b85encode(d), base64.b85encode(d, pad=True),
          base64.a85encode(d), base64.a85encode(d, pad=True), base64.standard_b64encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d
print(base64.a85encode(b"\0\0\0\0    x", foldspaces=True), base64.a85encode(b"a" * 40, wrapcol=10, adobe=True))
print(base64.a85decode(b"zy", foldspaces=True), base64.a85decode("<~@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$VbC6UX@47n?3D92&&T:Jand;cHat='/U/0JP==1c70M3&r-I,;<FN.OZ`-3]oSW/g+A(H[P~>", adobe=True))
print(base64.b32decode(b"me======", casefold=True), base64.b32decode(b"MO1Q====", map01=b"L"), base64.b16decode(b"0aff", casefold=True))
print(base64.b64decode(b"Zm9v!YmFy"), base64.b64decode("Zm9v"), base64.b64decode(b"Zm9v-_8=", altchars=b"-_"), base64.urlsafe_b64decode("-_8="))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(base64.encodebytes(b"y" * 100)) == b"y" * 100)
for f in [lambda: base64.b64decode(b"Zm9v!YmFy", validate=True), lambda: base64.b64decode("\xe9"), lambda: base64.b64decode(5),
          lambda: base64.b32decode(b"MZXW6==="[:-1]), lambda: base64.b32decode(b"MZXW6!=="), lambda: base64.b32decode(b"========"),
          lambda: base64.b32decode(b"MZXW6YQ="[:7] + b"=" * 1 + b"MZ"), lambda: base64.b16decode(b"0aff"),
          lambda: base64.b16decode(b"0G"), lambda: base64.b85decode(b"abc\x00"), lambda: base64.b85decode(b"|NsC0|NsC0"),
          lambda: base64.a85decode(b"abcde", adobe=True), lambda: base64.a85decode(b"ab!zcd"), lambda: base64.a85decode(b"s8W-\""),
          lambda: base64.a85decode(b"ab\x80"), lambda: base64.encodebytes("s")]:
    show(f)
import io
src, dst = io.BytesIO(bytes(range(200))), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))

print(secrets.randbelow(10) in range(10), len(secrets.token_hex()), len(secrets.token_hex(4)), len(secrets.token_urlsafe(6)),
      len(secrets.token_bytes(5)), secrets.randbits(3) < 8, secrets.choice("abc") in "abc", secrets.compare_digest(b"a", b"a"))
show(lambda: secrets.randbelow(0))

# hashlib and hmac: every guaranteed algorithm, new(), copy, attributes,
# shake lengths, blake2 parameters, pbkdf2_hmac, errors.
import hashlib
import hmac
import io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sorted(hashlib.algorithms_guaranteed))
print(sorted(n for n in dir(hashlib) if not n.startswith("_")))
data = [b"", b"abc", b"a" * 200, bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for d in data:
        x = ctor(d)
        if name.startswith("shake"):
            print(" ", x.hexdigest(20), x.digest(5), hashlib.new(name, d).hexdigest(3))
        else:
            print(" ", x.hexdigest(), x.digest()[:4], hashlib.new(name, d).hexdigest() == x.hexdigest())
    # update in pieces, copy keeps the state
    h = ctor(b"ab")
    c = h.copy()
    h.update(b"c")
    c.update(memoryview(b"cd"))
    c.update(bytearray(b"e"))
    if name.startswith("shake"):
        print("  copy", h.hexdigest(8) == ctor(b"abc").hexdigest(8), c.hexdigest(8) == ctor(b"abcde").hexdigest(8))
    else:
        print("  copy", h.digest() == ctor(b"abc").digest(), c.digest() == ctor(b"abcde").digest())

print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256", b"x").hexdigest(), hashlib.new("sha512_224").digest_size)
print(hashlib.sha256(string=b"a").hexdigest()[:8], hashlib.md5(b"a", usedforsecurity=False).hexdigest())
for f in [lambda: hashlib.new("foo"), lambda: hashlib.new(1), lambda: hashlib.md5("abc"), lambda: hashlib.md5(1),
          lambda: hashlib.md5().update("x"), lambda: hashlib.shake_128(b"x").digest(),
          lambda: hashlib.sha256(b"a", data=b"b"), lambda: hashlib.md5(b"a", b"b")]:
    show(f)

# blake2 with every parameter
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE,
      hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor(b"x", digest_size=16, key=b"k").hexdigest())
    print(ctor(b"x", salt=b"salt", person=b"me").hexdigest())
    print(ctor(b"x", key=b"K" * 32).hexdigest())
    print(ctor(key=b"key").hexdigest())
    print(ctor(b"y" * 300, digest_size=7).hexdigest(), ctor(digest_size=7).digest_size)
    print(ctor(b"a", last_node=True, fanout=0, depth=255, leaf_size=7, node_offset=3, node_depth=2, inner_size=9).hexdigest())
    h = ctor(b"a" * 64)
    c = h.copy()
    h.update(b"b" * 64)
    print(h.hexdigest() == ctor(b"a" * 64 + b"b" * 64).hexdigest(), c.hexdigest() == ctor(b"a" * 64).hexdigest(), type(h).__name__, h.name, h.block_size)
    print(hashlib.new(ctor.__name__, b"z", digest_size=5).hexdigest())
for f in [lambda: hashlib.blake2b(salt=b"x" * 17), lambda: hashlib.blake2b(person=b"x" * 17), lambda: hashlib.blake2s(salt=b"x" * 9),
          lambda: hashlib.blake2b(fanout=256), lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2b(leaf_size=2**32),
          lambda: hashlib.blake2b(leaf_size=-1), lambda: hashlib.blake2s(node_offset=2**48), lambda: hashlib.blake2b(node_depth=256),
          lambda: hashlib.blake2b(inner_size=65), lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2s(digest_size=33),
          lambda: hashlib.blake2b(key=b"x" * 65), lambda: hashlib.blake2b(b"a", "b"), lambda: hashlib.blake2b("a")]:
    show(f)

print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=5).hex(), hashlib.pbkdf2_hmac("sha512", bytearray(b"p"), b"s", 3, 70).hex())
show(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
show(lambda: hashlib.pbkdf2_hmac("foo", b"pw", b"salt", 1))
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex(), hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"s"), n=16, r=1, p=1, dklen=10).hex())
print(hashlib.scrypt(b"pw", salt=b"s", n=2**14, r=8, p=1).hex()[:16], hashlib.scrypt(b"pw", salt=b"s", n=4, r=2, p=3, maxmem=2**20, dklen=3).hex())
for kw in [dict(n=15, r=1, p=1), dict(n=16, r=1), dict(n=2**20, r=8, p=1), dict(n=16, r=1, p=1, maxmem=-1), dict(n=16, r=1, p=1, dklen=0),
           dict(n=16, r=0, p=1), dict(n=2**14, r=8, p=1, maxmem=2**20), dict(n=16.0, r=1, p=1), dict(n=-2, r=1, p=1)]:
    show(lambda: hashlib.scrypt(b"pw", salt=b"s", **kw))
show(lambda: hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1))
show(lambda: hashlib.scrypt(b"pw", n=16, r=1, p=1))
print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha256").hexdigest())
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.bin")
    with open(path, "wb") as f:
        f.write(b"xyz" * 100000)
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())

# hmac
print(sorted(n for n in dir(hmac) if not n.startswith("_")))
for mod in ["md5", "sha256", hashlib.sha1, hashlib.sha3_256, "blake2s"]:
    m = hmac.new(b"key", b"The quick brown fox", mod)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
    c = m.copy()
    m.update(b" jumps")
    print(m.hexdigest() == hmac.new(b"key", b"The quick brown fox jumps", mod).hexdigest(), c.hexdigest() == hmac.digest(b"key", b"The quick brown fox", mod).hex())
print(hmac.new(b"k" * 200, b"msg", "sha256").hexdigest())
print(hmac.new(bytearray(b"k"), digestmod="sha384").hexdigest()[:16])
show(lambda: hmac.new(b"k"))
show(lambda: hmac.new("k", digestmod="md5"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "ab"),
      hmac.compare_digest(bytearray(b"x"), memoryview(b"x")), hmac.compare_digest(b"a", b"ab"))
for args in [("a", b"a"), ("\xe9", "\xe9"), (1, 2), ("a", 1), (b"a", 1)]:
    show(lambda: hmac.compare_digest(*args))

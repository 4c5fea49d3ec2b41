# uuid: UUID construction from every form, fields and properties, the
# name-based uuid3/uuid5, shapes of uuid1/uuid4, errors.
import uuid

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, int(u), u.is_safe)
for kw in [dict(hex="urn:uuid:12345678123456781234567812345678"), dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int)]:
    print(uuid.UUID(**kw) == u, end=" ")
print()
print(uuid.UUID(int=0, version=4), uuid.UUID(int=2**128 - 1, version=1), uuid.UUID(int=5).variant, uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
a, b = uuid.uuid4(), uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14])
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t2.time >= t1.time, t1.node == t2.node == uuid.getnode(), uuid.uuid1(node=0x1234, clock_seq=7).node, uuid.uuid1(clock_seq=0x3fff).clock_seq)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == 1,
      hash(uuid.UUID(int=7)) == hash(uuid.UUID(int=7)), {uuid.UUID(int=1): "a"}[uuid.UUID(int=1)])
for f in [lambda: uuid.UUID(), lambda: uuid.UUID("123"), lambda: uuid.UUID("g" * 32), lambda: uuid.UUID(bytes=b"x"),
          lambda: uuid.UUID(bytes_le=b"x"), lambda: uuid.UUID(fields=(1, 2)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)),
          lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=0, version=6),
          lambda: uuid.UUID(hex="1" * 32, int=1), lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b"x"), lambda: setattr(u, "int", 5), lambda: u < 1]:
    show(f)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
import copy
print(copy.copy(u) == u, copy.deepcopy(u) == u)

# memoryview basics.
b = bytearray(b'abcdef')
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
m[0] = ord('A')
m[1:3] = b'BC'
print(b)
ro = memoryview(b'xyz')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print(type(e).__name__, e)
print(m == b'ABCdef', m[::2].tobytes(), bytes(m[::-1]))
sub = m[2:4]
sub[0] = ord('!')
print(b, sub.tobytes(), sub.hex())
with memoryview(b'ctx') as mv:
    print(mv.tobytes())
try:
    mv.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
ints = memoryview(b'\x01\x00\x02\x00').cast('H')
print(ints.tolist(), ints.format, len(ints))
print(memoryview(b'ab').tobytes().decode(), list(memoryview(b'ab')))

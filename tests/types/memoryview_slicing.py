# memoryview slicing shares memory; release and conversions.
buf = bytearray(range(10))
mv = memoryview(buf)
part = mv[2:6]
part[0] = 99
print(buf[2], list(part), part.tobytes(), len(part), part.nbytes)
print(mv[::3].tolist(), mv[-2:].tolist(), bytes(mv[8:]), mv[1:3] == b'\x01\x63')
print(memoryview(b'abc')[1], memoryview(b'abc')[-1:].tobytes(), memoryview(b'').tobytes())
mv2 = memoryview(bytearray(b'hello'))
mv2[:] = b'HELLO'
print(mv2.obj, mv2.tobytes().decode())
try:
    mv2[:] = b'HI'
except ValueError as e:
    print(type(e).__name__, e)
mv2.release()
try:
    mv2[0]
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(memoryview(b'xyz')), bytearray(memoryview(b'xy')), list(memoryview(b'\x01\x02')))

# bytes() and bytearray() constructors and their errors.
print(bytes(), bytes(0), bytes(4), bytes([0, 255]), bytes(b'x'), bytes(bytearray(b'y')), bytes(memoryview(b'z')))
print(bytes('é', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'ascii', 'ignore'), bytes(range(3)), bytes(iter([65])))
for bad in [lambda: bytes('x'), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(['a']), lambda: bytes(1.5), lambda: bytes(b'x', 'utf-8')]:
    try:
        bytes_result = bad()
        print('no error', bytes_result)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray('ü', 'utf-8'), bytearray([1, 2]))
class B:
    def __bytes__(self): return b'from __bytes__'
class I:
    def __index__(self): return 3
print(bytes(B()), bytes(I()), bytearray(I()))
print(bytes.fromhex('00ff'), bytearray.fromhex('41 42'), bytes(5).hex(), type(bytes.fromhex('')).__name__)

# bytearray mutation.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' xy')
print(ba, len(ba))
ba[1:3] = b'EEE'
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.insert(0, 65)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('E'))
print(ba)
ba.reverse()
print(ba, ba.upper(), type(ba.upper()).__name__)
ba += b'++'
ba *= 2
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'ab') + b'cd')
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.append('a')]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b'abcdef')
b2[::2] = b'XYZ'
print(b2)
try:
    b2[::2] = b'XY'
except ValueError as e:
    print(type(e).__name__, e)
b2.clear()
print(b2, bytearray(b'x').copy(), bytearray(b'abc').find(b'c'))
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
m = bytearray(b'abc')
print(m.decode(), bytes(m), m == b'abc', m.hex(), bytearray.fromhex('4142'))

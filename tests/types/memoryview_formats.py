# memoryview: formats, cast, shapes, tolist, assignment checks, comparisons.
import array, struct


def show(f):
    try:
        r = f()
        print(r if not isinstance(r, memoryview) else ('mv', r.format, r.itemsize, r.shape, r.strides, r.tolist() if r.ndim else None))
    except Exception as e:
        print(type(e).__name__, e)


raw = bytes(range(1, 25))
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'c', 'P', '@i', '@B', 'e']:
    try:
        m = memoryview(raw).cast(fmt)
    except ValueError as e:
        print(fmt, e)
        continue
    print(fmt, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, len(m), m.readonly, m.contiguous, m.c_contiguous, m.f_contiguous)
    print('  ', m.tolist()[:4], m[0], m[-1], m[1:3].tolist(), m[::-2].tolist()[:3], m.tobytes()[:6], m.hex()[:10])
m = memoryview(struct.pack('=4d', 1.5, -2.0, float('inf'), 0.1))
print(m.cast('d').tolist(), m.cast('f').tolist()[:2])
print(memoryview(b'\xff' * 8).cast('Q').tolist(), memoryview(b'\xff' * 8).cast('q').tolist(), memoryview(b'\x00\x02').cast('?').tolist())
# Casts and their errors.
b = bytearray(range(24))
m = memoryview(b)
for args in [('B', [2, 3, 4]), ('i', [2, 3]), ('i', (6,)), ('h', [3, 4]), ('B', [5, 5]), ('B', [0, 24]), ('x',), ('ii',), ('<i',), ('B', 3), ('B', [2, -12]), ('i', [1, 1, 1, 1, 1, 6])]:
    show(lambda: m.cast(*args))
show(lambda: memoryview(b'abc').cast('i'))
show(lambda: m.cast('i').cast('h'))
show(lambda: m.cast('i').cast('B'))
show(lambda: m[::2].cast('B'))
show(lambda: m.cast('B', [2, 12]).cast('B', [3, 8]))
show(lambda: m.cast('B', [2, 12]).cast('i'))
m3 = m.cast('B', [2, 3, 4])
print(m3.tolist(), m3[1, 2, 3], m3.nbytes, len(m3), m3.tobytes() == bytes(b), m3.hex(':', 4)[:20])
show(lambda: m3[1])
show(lambda: m3[1, 2])
show(lambda: m3[0:1].tolist())
show(lambda: m3[1, 2, 4])
show(lambda: m3[1, 2, 'x'])
show(lambda: list(m3))
m3[1, 2, 3] = 99
print(b[23], m.cast('H', [3, 4]).tolist())
mi = m.cast('i')
mi[0] = -1
mi[1:3] = memoryview(bytearray(8)).cast('i')
print(mi.tolist(), bytes(b[:12]))
for fmt, vals in [('B', [256, -1, 1.5, 'a', True]), ('b', [127, 128, -129]), ('h', [32768, -32768]), ('I', [2**32, -1, 2**32 - 1]),
                  ('Q', [2**64 - 1, 2**64, -1]), ('q', [2**63, -2**63]), ('d', [1, 2.5, '1', None]), ('f', [1e300, 3.5]),
                  ('?', [0, 'x', None, []]), ('c', [b'x', b'xy', 1, 'x'])]:
    mv = memoryview(bytearray(16)).cast(fmt)
    for v in vals:
        def setit():
            mv[0] = v
            return mv[0]
        show(setit)
show(lambda: mi.__setitem__(slice(0, 2), b'12345678'))
show(lambda: mi.__setitem__(slice(0, 2), memoryview(bytearray(8)).cast('I')))
show(lambda: mi.__setitem__(slice(0, 2), memoryview(bytearray(12)).cast('i')))
show(lambda: mi.__setitem__(0, None))
show(lambda: mi.__delitem__(0))
show(lambda: mi[6])
show(lambda: mi[-7])
show(lambda: mi['a'])
show(lambda: mi[1.0])
# Equality across formats.
a = memoryview(bytes([1, 0, 2, 0])).cast('H')
print(a == memoryview(bytes([1, 2])), a == array.array('H', [1, 2]).tobytes(), a == memoryview(array.array('H', [1, 2]).tobytes()).cast('H'),
      a == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast('i'), a == [1, 2], a != a, a == a)
nan = memoryview(struct.pack('d', float('nan'))).cast('d')
print(nan == nan, memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') == 'ab')
f = memoryview(struct.pack('=2f', 1.0, 2.0)).cast('f')
print(f == memoryview(struct.pack('=2d', 1.0, 2.0)).cast('d'), memoryview(b'\x01\x02').cast('c') == memoryview(b'\x01\x02'))
print(memoryview(b'\x01\x02').cast('B', [1, 2]) == memoryview(b'\x01\x02'), memoryview(b'\x01\x02').cast('B', [1, 2]) == memoryview(b'\x01\x02').cast('B', [1, 2]))
# Hash, release, context manager, obj.
ro = memoryview(b'abcd')
print(hash(ro) == hash(b'abcd'), hash(ro.cast('c')) == hash(b'abcd'))
show(lambda: hash(ro.cast('h')))
show(lambda: hash(memoryview(bytearray(2))))
print(ro.obj, ro.toreadonly().readonly, memoryview(bytearray(2)).toreadonly().readonly, ro.suboffsets)
with memoryview(bytearray(b'xy')) as w:
    print(w.obj, w[0])

show(lambda: w[0])
show(lambda: w.format)
show(lambda: len(w))
print(w.obj if False else 'obj of released:', end=' ')
show(lambda: w.obj)
w.release()
ba = bytearray(b'abc')
v = memoryview(ba)
show(lambda: ba.append(1))
v.release()
ba.append(100)
print(ba)
print(bytes(memoryview(b'abc')[::-1]), bytearray(memoryview(b'ab').cast('c')), list(memoryview(b'ab').cast('c')))
print(repr(memoryview(b'')).startswith('<memory at 0x'), memoryview(b'').tolist(), memoryview(b'').cast('i').tolist())
show(lambda: memoryview(1))
show(lambda: memoryview('abc'))
print(memoryview(b'abc').tobytes('C'), memoryview(b'abc').tobytes(order=None))
show(lambda: memoryview(b'abc').tobytes('X'))

# float() and int() of objects exporting a buffer, as CPython 3.11: the
# bytes of a contiguous buffer (bytes, bytearray, memoryview, array.array)
# are parsed; float's error names the object (its repr), int's the bytes;
# a non-contiguous memoryview is refused with TypeError.
from array import array
cases = [array('b', [49, 50]), array('B', b' 7 '), memoryview(b'1.5'), memoryview(b'12'), bytearray(b'3'), array('u', '12'), array('d', [1.0]), array('b'), memoryview(b'1_0'), array('B', b'1e3')]
for conv in (float, int):
    for c in cases:
        try:
            print(conv.__name__, repr(conv(c)))
        except Exception as e:
            print(conv.__name__, type(e).__name__, e)
for c in cases[:3]:
    try:
        print(int(c, 16))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(complex(c))
    except Exception as e:
        print(type(e).__name__, e)
for conv in (float, int):
    for c in (bytearray(b'x'), memoryview(b'x'), memoryview(b'x1')[1:], memoryview(b'12345')[::2], b'x', array('b', [120])):
        try:
            r = conv(c)
            print(conv.__name__, repr(r))
        except ValueError as e:
            print(conv.__name__, 'ValueError', str(e).replace(hex(id(c)), 'ADDR') if 'memory at' in str(e) else e)
        except Exception as e:
            print(conv.__name__, type(e).__name__, e)

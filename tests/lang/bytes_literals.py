# bytes literals and escapes.
b = b'abc\x00\xff\n\t\\'
print(b, len(b), b[0], b[-1], list(b[3:5]))
print(b'\101', rb'\101', B'X', bR'\n')
print(b'' == bytes(), b'a' * 3, b'ab' + b'cd', b'a' in b'cat', 97 in b'cat')
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(bytes(range(0, 256, 51)), bytes([65, 66]), bytes(3), bytes('é', 'utf-8'))
print(b'%d %s %r %x' % (5, b'bs', 'r', 255))
print(b'hello'.hex(), bytes.fromhex('68 65 6c'), b'x'.hex(':'), b'abcd'.hex('-', 2))
print(b'\x80abc'.decode('latin-1'), 'café'.encode(), 'café'.encode('ascii', 'replace'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b'\xffx'.decode('utf-8', 'replace'), b'\xffx'.decode('utf-8', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(b'a' == 'a', b'abc'[1:], b'abc'[::-1], b'abc'[5:])

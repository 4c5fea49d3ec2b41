# bytes methods.
b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'ab cd'.title())
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.startswith(b'He'), b.endswith((b'x', b'ld')))
print(b.split(b', '), b'a b  c'.split(), b'a,b,c'.rsplit(b',', 1), b'x\ny\r\nz'.splitlines(), b.partition(b', '))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b'  x '.strip(), b'xxaxx'.strip(b'x'), b'abc'.replace(b'b', b'BB'))
print(b'abc'.center(7, b'*'), b'42'.zfill(5), b'a\tb'.expandtabs(4), b'abc'.ljust(5, b'.'), b'abc'.rjust(5))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'ab' * 2, b'abc' < b'abd')
print(list(b'AZ'), b'AZ'[0], b'AZ'[0:1], bytes(b'x') is not None, b'%s-%d' % (b'x', 1))
for bad in [lambda: b.index(b'zz'), lambda: b.join(['s']), lambda: b + 'x', lambda: b'a'.find('a'), lambda: bytes('x'), lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex('de ad be ef').hex(), bytes([1, 2, 3]).hex(' '), b'\x00'.hex())
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), str(b'abc', 'ascii'), repr(b'\x00\x7f\x80'))
print(hash(b'abc') == hash(b'abc'), b'abc' == bytearray(b'abc'))

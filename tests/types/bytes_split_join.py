# bytes split/join/strip/partition family and comparisons.
data = b'  key=value; other = 2 ;last  '
print(data.strip().split(b';'), [p.strip() for p in data.split(b';')], data.split())
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'))
print(b','.join([b'x', b'y']), b''.join([]), b' '.join(b'ab'[i:i + 1] for i in range(2)))
print(b'a\r\nb\nc'.splitlines(), b'a\r\nb'.splitlines(True), b'aXbXc'.split(b'X', 1), b'aXbXc'.rsplit(b'X', 1))
print(b'hello'.startswith((b'x', b'he')), b'hello'.count(b'l'), b'hello'.find(b'lo'), b'hello'.rindex(b'l'))
print(b'abc' < b'abd', b'ab' < b'abc', b'' < b'\x00', b'\xff' > b'\x7f', bytes(2) == b'\x00\x00')
print(b'Hello World'.split(maxsplit=1), b'  x  '.lstrip(), b'  x  '.rstrip(), b'--x--'.strip(b'-'))
try:
    b'a'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b','.join(['s'])
except TypeError as e:
    print(type(e).__name__, e)

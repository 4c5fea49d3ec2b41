# Reads one case per line and prints CPython's hash for it (see pyhash_test.go).
import struct, sys
from fractions import Fraction

def f(bits):
    return struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0]

for line in sys.stdin:
    kind, _, rest = line.rstrip('\n').partition(' ')
    args = rest.split()
    if kind == 's':
        v = ''.join(chr(int(c, 16)) for c in args)
    elif kind == 'b':
        v = bytes.fromhex(rest)
    elif kind == 'i':
        v = int(rest)
    elif kind == 'f':
        v = f(rest)
    elif kind == 'c':
        v = complex(f(args[0]), f(args[1]))
    elif kind == 'r':
        v = Fraction(int(args[0]), int(args[1]))
    elif kind == 't':
        v = tuple(int(a) for a in args)
    elif kind == 'z':
        v = frozenset(int(a) for a in args)
    else:
        raise SystemExit('bad case ' + line)
    print(hash(v))

# Answers "fn hexbits [hexbits]" lines with the glibc result bits, so tests
# can give the Go code glibc's exact libm.
import ctypes, ctypes.util, struct, sys

libm = ctypes.CDLL(ctypes.util.find_library('m'))
for name in ('log', 'exp', 'cos', 'sin', 'acos', 'pow'):
    getattr(libm, name).restype = ctypes.c_double
    getattr(libm, name).argtypes = [ctypes.c_double] * (2 if name == 'pow' else 1)

def fb(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]

for line in sys.stdin:
    name, *args = line.split()
    x = getattr(libm, name)(*map(fb, args))
    sys.stdout.write('%016x\n' % struct.unpack('<Q', struct.pack('<d', x))[0])
    sys.stdout.flush()

# Evaluates the cases of floatfmt_test.go, one per input line
# ("op<TAB>arg<TAB>arg"), printing one output line each.
import struct, sys

def fb(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]

def fh(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def text(h):
    return bytes.fromhex(h).decode('utf-8', 'surrogatepass')

for line in sys.stdin:
    op, *a = line.rstrip('\n').split('\t')
    try:
        if op == 'repr':
            out = repr(fb(a[0]))
        elif op == 'parse':
            out = fh(float(text(a[0])))
        elif op == 'parsebytes':
            out = fh(float(bytes.fromhex(a[0])))
        elif op == 'format':
            out = format(fb(a[0]), text(a[1]))
        elif op == 'percent':
            out = ('%' + text(a[1])) % fb(a[0])
        elif op == 'round':
            out = fh(round(fb(a[0]), int(a[1])))
        elif op == 'hex':
            out = fb(a[0]).hex()
        elif op == 'fromhex':
            out = fh(float.fromhex(text(a[0])))
        else:
            raise SystemExit('bad op ' + line)
    except (ValueError, OverflowError) as e:
        msg = str(e)
        if msg.startswith('could not convert string to float: '):
            msg = 'could not convert string to float'  # the repr is the caller's
        out = 'ERR %s: %s' % (type(e).__name__, msg)
    print(out)

# Runs the operations of mt19937_test.go on CPython's random module, one per
# input line, and prints one output line per operation.
import random, struct, sys

def fh(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def fb(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]

r = random.Random()
variates = {'uniform', 'triangular', 'normalvariate', 'gauss', 'lognormvariate',
            'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate',
            'paretovariate', 'weibullvariate'}
for line in sys.stdin:
    op, *a = line.split()
    out = []
    try:
        if op == 'seedint':
            r.seed(int(a[0]))
        elif op == 'seedstr':
            r.seed(bytes.fromhex(a[0] if a else '').decode('utf-8'))
        elif op == 'seedbytes':
            r.seed(bytes.fromhex(a[0] if a else ''))
        elif op == 'seedv1':
            r.seed(''.join(chr(int(c, 16)) for c in a), version=1)
        elif op == 'seedfloat':
            r.seed(fb(a[0]))
        elif op == 'random':
            out = [fh(r.random()) for _ in range(int(a[0]))]
        elif op == 'bits':
            out = [r.getrandbits(int(a[0])) for _ in range(int(a[1]))]
        elif op == 'bytes':
            out = [r.randbytes(int(a[0])).hex()]
        elif op == 'randrange':
            out = [r.randrange(int(a[0]), int(a[1]), int(a[2])) for _ in range(int(a[3]))]
        elif op == 'randrange1':
            out = [r.randrange(int(a[0])) for _ in range(int(a[1]))]
        elif op == 'randint':
            out = [r.randint(int(a[0]), int(a[1])) for _ in range(int(a[2]))]
        elif op == 'shuffle':
            x = list(range(int(a[0])))
            r.shuffle(x)
            out = x
        elif op == 'sample':
            out = r.sample(range(int(a[0])), int(a[1]))
        elif op == 'samplecounts':
            counts = [int(c) for c in a[1:]]
            out = r.sample(range(len(counts)), int(a[0]), counts=counts)
        elif op == 'choice':
            out = [r.choice(range(int(a[0]))) for _ in range(int(a[1]))]
        elif op == 'choices':
            out = r.choices(range(int(a[0])), k=int(a[1]))
        elif op == 'choicescum':
            cum = [fb(c) for c in a[1:]]
            out = r.choices(range(len(cum)), cum_weights=cum, k=int(a[0]))
        elif op in variates:
            args = [fb(x) for x in a[1:]]
            if op == 'triangular' and len(args) == 2:
                args.append(None)
            out = [fh(getattr(r, op)(*args)) for _ in range(int(a[0]))]
        elif op == 'state':
            v, st, g = r.getstate()
            out = list(st) + [fh(g) if g is not None else 'None']
        else:
            raise SystemExit('bad op ' + line)
    except (ValueError, IndexError, ZeroDivisionError, OverflowError) as e:
        out += ['ERR', type(e).__name__, str(e)]
    print(' '.join(map(str, out)))

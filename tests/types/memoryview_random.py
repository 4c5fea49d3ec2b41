# memoryview: random casts, slices, indexing and assignments (seeded), against CPython.
import random, sys
rnd = random.Random(1)
fmts = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'c', 'P']
def show(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            return ('mv', r.format, r.shape, r.strides, r.nbytes, r.contiguous, r.c_contiguous, r.f_contiguous, r.tolist(), r.tobytes(), r.tobytes('F'))
        return r
    except Exception as e:
        return (type(e).__name__, str(e))
for _ in range(150):
    n = rnd.choice([0, 1, 2, 4, 8, 12, 16, 24, 48])
    data = bytearray(rnd.randrange(256) for _ in range(n))
    m = memoryview(data)
    ops = []
    for _ in range(3):
        k = rnd.randrange(5)
        if k == 0:
            f = rnd.choice(fmts)
            ops.append(('cast', f))
            m2 = show(lambda: m.cast(f))
        elif k == 1:
            shape = [rnd.choice([1, 2, 3, 4]) for _ in range(rnd.randint(1, 3))]
            f = rnd.choice(['B', 'b', 'c', 'h', 'i'])
            ops.append(('castshape', f, shape))
            m2 = show(lambda: m.cast(f, shape))
        elif k == 2:
            sl = slice(rnd.choice([None, 0, 1, -1, 3]), rnd.choice([None, 2, -2, 10]), rnd.choice([None, 1, 2, -1, -3]))
            ops.append(('slice', sl))
            m2 = show(lambda: m[sl])
        elif k == 3:
            i = rnd.choice([0, 1, -1, 2, (0, 1), (1, 0, 0)])
            ops.append(('get', i))
            m2 = show(lambda: m[i])
        else:
            i = rnd.choice([0, -1, 1])
            v = rnd.choice([0, 1, -1, 255, 256, 1.5, b'x', True, 2**40])
            ops.append(('set', i, v))
            def st():
                m[i] = v
                return m.tolist()
            m2 = show(st)
        print(ops[-1], m2)
        if isinstance(m2, tuple) and m2[0] == 'mv':
            m = {'cast': lambda: m.cast(ops[-1][1]), 'castshape': lambda: m.cast(ops[-1][1], ops[-1][2]), 'slice': lambda: m[ops[-1][1]]}[ops[-1][0]]()
    print(show(lambda: m == memoryview(data)), show(lambda: bytes(m)), show(lambda: m.hex()))

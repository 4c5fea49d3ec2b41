"""Micro-benchmarks of standard-library hot paths (issue #4).

Each case runs its statement in a loop inside a function (locals, as
timeit does) and prints one line "name ns_per_op", the best of five
repetitions minus nothing: the loop overhead is part of what scripts pay.
Arguments: [N [FILTER]] [--cpu]. Runs unchanged on CPython, PyPy and Adder; bench/micro/main.go runs it
under several interpreters and tabulates the medians.
"""
import sys
import time


def case_math_calls(n):
    import math
    sqrt, sin, log = math.sqrt, math.sin, math.log
    x = 0.0
    for i in range(n):
        x += sqrt(2.0) + sin(0.5) + log(3.0)
    return x


def case_random_random(n):
    import random
    r = random.random
    x = 0.0
    for i in range(n):
        x += r()
    return x


def case_deque_append_popleft(n):
    from collections import deque
    d = deque(range(10))
    app, pop = d.append, d.popleft
    for i in range(n):
        app(i)
        pop()
    return len(d)


def case_heapq_push_pop(n):
    from heapq import heappush, heappop
    h = list(range(1000))
    for i in range(n):
        heappush(h, 500)
        heappop(h)
    return len(h)


def case_struct_pack(n):
    import struct
    pack = struct.pack
    b = b''
    for i in range(n):
        b = pack('<idh', i, 1.5, 7)
    return len(b)


def case_struct_unpack(n):
    import struct
    unpack = struct.unpack
    data = struct.pack('<idh', 1, 1.5, 7)
    t = None
    for i in range(n):
        t = unpack('<idh', data)
    return t


def case_itertools_product(n):
    from itertools import product
    r = range(4)
    k = 0
    for i in range(n // 64):
        for t in product(r, r, r):
            k += 1
    return k


def case_partial_call(n):
    from functools import partial

    def f(a, b):
        return a
    p = partial(f, 1)
    for i in range(n):
        p(2)
    return p


def case_loop_baseline(n):
    x = 0
    for i in range(n):
        x
    return x


CASES = [(name[5:], fn) for name, fn in sorted(globals().items()) if name.startswith('case_')]


def main():
    args = [a for a in sys.argv[1:] if a != '--cpu']
    # --cpu: time with the process's CPU time (all its threads: the Go
    # collector's work counts) instead of the wall clock, which other
    # processes on a loaded machine disturb.
    clock = time.process_time if '--cpu' in sys.argv else time.perf_counter
    n = int(args[0]) if args else 200000
    only = args[1] if len(args) > 1 else ''
    for name, fn in CASES:
        if only and only not in name:
            continue
        fn(n // 10)  # warm up
        best = None
        for _ in range(5):
            t0 = clock()
            fn(n)
            dt = clock() - t0
            best = dt if best is None else min(best, dt)
        print(name, "%.1f" % (best / n * 1e9))


main()

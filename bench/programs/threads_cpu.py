# bench: quick=20000 full=500000
"""Threads CPU: a CPU-bound workload split across threads.

Four threading.Thread workers each take every fourth block of the range
[2, n) and count the primes in their blocks by trial division, summing them
and tracking the longest prime gap inside each block. With a GIL this runs
no faster than one thread; without one it can scale with cores.
sys.argv[1] is n. Workers write only their own slot of the result list; the
main thread joins them and prints the combined result.
"""
import sys
import threading

WORKERS = 4
BLOCK = 2000


def is_prime(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    d = 3
    while d * d <= k:
        if k % d == 0:
            return False
        d += 2
    return True


def work(index, n, results):
    count = 0
    total = 0
    widest = 0
    for start in range(2 + index * BLOCK, n, WORKERS * BLOCK):
        previous = None
        for k in range(start, min(start + BLOCK, n)):
            if is_prime(k):
                count += 1
                total += k
                if previous is not None and k - previous > widest:
                    widest = k - previous
                previous = k
    results[index] = (count, total, widest)


def main():
    n = int(sys.argv[1])
    results = [None] * WORKERS
    threads = [threading.Thread(target=work, args=(i, n, results)) for i in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    count = sum(r[0] for r in results)
    total = sum(r[1] for r in results)
    widest = max(r[2] for r in results)
    print("primes below %d: %d, sum %d, widest gap inside a block %d" % (n, count, total, widest))
    for i, r in enumerate(results):
        print("worker %d: %d %d %d" % (i, r[0], r[1], r[2]))


main()

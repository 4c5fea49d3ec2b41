# dict-heavy hot loops: key types change, deletions during iteration over a copy.
d = {}
for i in range(1000):
    key = i % 50 if i < 700 else str(i % 50)
    d[key] = d.get(key, 0) + 1
print(len(d), d[0], d['0'], sum(d.values()))
for k in list(d):
    if isinstance(k, int) and k % 2:
        del d[k]
print(len(d))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(300))
inv = {}
for k, v in {i: i % 7 for i in range(100)}.items():
    inv.setdefault(v, []).append(k)
print({k: len(v) for k, v in sorted(inv.items())})

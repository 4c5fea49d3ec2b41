# Comparisons between ints near 2**53/2**63 and floats in hot loops.
base = 2**53
hits = []
for d in range(-3, 4):
    n = base + d
    hits.append((d, n == float(n), n < float(n) + 1, float(n) == n))
print(hits)
cnt = 0
for i in range(1000):
    n = 2**63 - 500 + i
    if n > 9.223372036854775e18:
        cnt += 1
print(cnt)
vals = [2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
for v in vals:
    print(v, v == float(v), v < float(v), v > float(v), hash(v) == hash(float(v)))
m = 0
for i in range(2000):
    m = max(m, (i * 2654435761) % 2**32)
print(m)

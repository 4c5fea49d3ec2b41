# Truth tests of built-in containers other than lists and tuples inside
# traced loops (a helper computes them), with the branch changing.
from collections import deque


def count(n):
    q = deque()
    d = {}
    s = set()
    t = ""
    r = range(0)
    hits = 0
    for i in range(n):
        if q:
            hits += q.popleft()
        if i % 3 == 0:
            q.append(i)
        if not d:
            d[i] = i
        elif i % 5 == 0:
            d.clear()
        if s or i % 7 == 0:
            s.add(i)
        if len(s) > 3:
            s = set()
        if t:
            hits += len(t)
        t = "x" * (i % 2)
        if r:
            hits += 1
        r = range(i % 4)
    return hits, len(q), sorted(d), sorted(s), t


print(count(0))
print(count(1))
print(count(50))
print(count(1000))

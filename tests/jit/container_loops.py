# Hot loops over lists, dicts, strings and tuples that grow, shrink and change element types.
lst = []
for i in range(1000):
    lst.append(i * 2)
    if i % 100 == 99:
        lst.pop(0)
print(len(lst), lst[:3], lst[-3:])
d = {}
for i in range(2000):
    d[i % 97] = d.get(i % 97, 0) + i
print(len(d), d[0], d[96], sum(d.values()))
s = ''
for i in range(500):
    s += chr(97 + i % 26)
print(len(s), s[:30], s.count('a'))
words = 'the quick brown fox jumps over the lazy dog'.split() * 50
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
t = ()
for i in range(300):
    t = t + (i,) if i % 2 else t
print(len(t), t[:4], sum(t))
mixed = [1, 'a', 2.5, None, (1,)] * 100
kinds = {}
for m in mixed:
    k = type(m).__name__
    kinds[k] = kinds.get(k, 0) + 1
print(sorted(kinds.items()))
grid = [[0] * 20 for _ in range(20)]
for step in range(400):
    r, c = step % 20, (step * 7) % 20
    grid[r][c] += step
print(sum(map(sum, grid)), grid[0][:5])
sset = set()
for i in range(1000):
    sset.add(i % 37)
    if i % 5 == 0:
        sset.discard(i % 11)
print(len(sset), sorted(sset)[:10])

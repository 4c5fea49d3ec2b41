# Comprehensions and generator expressions evaluated inside a hot loop.
acc = 0
for i in range(500):
    row = [j * i for j in range(10) if j % 3]
    acc += sum(row) + len({x % 4 for x in row}) + sum(v for v in row if v > 100)
print(acc)
table = {}
for i in range(300):
    table = {k: v + i for k, v in table.items()} if i % 50 else {n: n for n in range(5)}
print(sorted(table.items()))
words = ['alpha', 'beta', 'gamma', 'delta']
out = []
for i in range(400):
    out.append(''.join(w[i % len(w)] for w in words))
print(out[:5], out[-1], len(set(out)))

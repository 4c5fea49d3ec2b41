# Builtins raising inside hot loops (int parsing, dict lookups, division) with recovery.
tokens = ['1', '2', 'x', '4', '', '6'] * 100
total = bad = 0
for t in tokens:
    try:
        total += int(t)
    except ValueError:
        bad += 1
print(total, bad)
vals = [1, 2, 0, 4] * 150
s = 0.0
for i, v in enumerate(vals):
    try:
        s += 12 / v
    except ZeroDivisionError:
        s -= 1
print(s)
d = {str(i): i for i in range(0, 100, 2)}
hits = misses = 0
for i in range(1000):
    try:
        hits += d[str(i % 100)]
    except KeyError:
        misses += 1
print(hits, misses)
lst = list(range(10))
errs = 0
for i in range(500):
    try:
        lst.remove(i % 15)
        lst.append(i % 15)
    except ValueError:
        errs += 1
print(errs, sorted(lst))

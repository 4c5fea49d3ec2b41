# del x[k] in a hot loop: of dict keys, list items and slices, and one
# that raises.


def run(n):
    d = {}
    xs = list(range(50))
    for i in range(n):
        d[i % 13] = i
        if i % 3 == 0:
            del d[i % 13]
        if len(xs) > 10:
            del xs[i % len(xs)]
        else:
            xs.extend(range(i, i + 30))
            del xs[::7]
    return sorted(d.items()), len(xs), sum(xs)


def missing(n):
    d = {k: k for k in range(20)}
    errors = 0
    for i in range(n):
        try:
            del d[i % 25]
        except KeyError as e:
            errors += 1
            d[e.args[0] - 5] = 0
    return errors, len(d)


print(run(500))
print(missing(300))

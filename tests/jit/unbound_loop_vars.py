# Loops entered while a local they only write is still unbound: the loop
# variable before the first iteration, a value assigned in some iterations.
# The JIT may enter such a loop with the int slot unbound; nothing may see
# a made-up value for it (an exit writing 0 back, a bridge reading it).


def last_index(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError:
        return "unbound"


def set_some(n, first_sets):
    total = 0
    for i in range(n):
        if i > 0 or first_sets:
            x = i * 2
        else:
            total += 1000
    try:
        return total, x
    except UnboundLocalError:
        return total, "unbound"


def read_later(n, start):
    out = []
    for i in range(n):
        if i < start:
            y = i * 10
        else:
            out.append(y)
    return out


def floats(n):
    for k in range(n):
        f = k / 2
    try:
        return f
    except UnboundLocalError:
        return "unbound"


def flags(n):
    for k in range(n):
        b = k % 2 == 0
    try:
        return b
    except UnboundLocalError:
        return "unbound"


def queens_like(n):
    # The loop variable is unbound at each call's first header, and the
    # loop leaves early or runs out.
    hits = 0
    for col in range(n):
        if col * col > n:
            break
        hits += col
    try:
        return hits, col
    except UnboundLocalError:
        return hits, "unbound"


results = []
for rep in range(300):
    n = rep % 5
    results.append(last_index(n))
    results.append(set_some(n, rep % 3 != 0))
    results.append(floats(n))
    results.append(flags(n))
    results.append(queens_like(n + rep % 7))
    try:
        results.append(read_later(n, 5 if rep < 200 else rep % 3))
    except UnboundLocalError as e:
        results.append("UnboundLocalError: " + str(e))

print(len(results))
seen = {}
for r in results:
    seen[repr(r)] = seen.get(repr(r), 0) + 1
for k in sorted(seen):
    print(k, seen[k])
print(results[-30:])

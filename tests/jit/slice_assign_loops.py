# Slices with a step (one helper call, the slice object left virtual) and
# same-length slice assignments of ints over ints (COPYINTS), with every
# guard failing at some point: other item types, length changes, bounds
# out of range or negative, empty slices, step 0.


def flips(n):
    # fannkuch's pancake flips: perm[:k+1] = perm[k::-1]
    perm = list(range(n))
    total = 0
    for i in range(300):
        k = (i * 3) % n
        perm[:k + 1] = perm[k::-1]
        total += perm[0] * 3 + perm[k]
    return total, perm


print(flips(7))
print(flips(1))


def rotate(n):
    p = list(range(n))
    out = []
    for i in range(200):
        r = i % n
        head = p[0]
        p[:r] = p[1:r + 1]
        p[r] = head
        out.append(p[0])
    return sum(out), p


print(rotate(6))


def items_change():
    # Ints, then a float, a str, None: the copy exits before writing.
    a = list(range(10))
    b = [0] * 4
    log = []
    for i in range(120):
        if i == 50:
            b[2] = 2.5
        if i == 70:
            b[2] = "s"
        if i == 90:
            a[5] = None
        if i == 100:
            b = [1, 2, 3, 4]
        a[3:7] = b
        log.append(a[3] + len(a))
    return log[-5:], a


print(items_change())


def length_changes():
    a = list(range(8))
    for i in range(150):
        src = a[0:3] if i < 100 else a[0:2]  # shorter source: the list shrinks
        a[2:5] = src
        if len(a) < 4:
            a = list(range(8))
    return a


print(length_changes())


def bounds():
    a = list(range(6))
    res = []
    for i in range(160):
        lo = 1 if i < 60 else (-3 if i < 90 else 0)
        hi = 3 if i < 110 else 40
        try:
            a[lo:hi] = a[lo:hi][::-1]
        except ValueError as e:
            res.append(str(e))
        res.append(a[0])
    return res[-4:], a


print(bounds())


def empties():
    a = [1, 2, 3]
    n = 0
    for i in range(130):
        k = i % 4  # a[3:3] = [] stores nothing; k past the end
        a[k:k] = []
        n += len(a[k::-1]) + len(a[k:0:-1])
    return n, a


print(empties())


def tuple_and_same_source():
    a = list(range(5))
    t = (9, 8)
    for i in range(120):
        a[1:3] = t
        a[:] = a
        a[3:5] = a[0:2]
        a[:2] = (i, 7)
        x = i * 2 + 1
        y = x * x - i
        z = (y ^ x) + (x & 7) - (y | 3)
        a[2] = z % 10
    return a


print(tuple_and_same_source())


def steps_in_trace():
    s = "abcdefghij"
    l = list(range(12))
    total = 0
    for i in range(150):
        st = (i % 3) - 3  # never 0
        r = l[i % 12::st]
        x = i * 2 + 1
        y = x * x - i
        z = (y ^ x) + (x & 7) - (y | 3)
        w = (z * 3 + y) % 1000 - (x % 7) * 2
        total += len(r) + r[0] + len(s[::st]) + w % 5
    return total


print(steps_in_trace())


def step_zero_late():
    l = list(range(12))
    total = 0
    for i in range(150):
        st = -min(abs(i - 120), 1)  # 0 once, with no branch
        try:
            r = l[i % 12::st]
        except ValueError:
            r = [1000]
        x = i * 2 + 1
        y = x * x - i
        z = (y ^ x) + (x & 7) - (y | 3)
        w = (z * 3 + y) % 1000 - (x % 7) * 2
        total += len(r) + r[0] + w % 5
    return total


print(step_zero_late())


def steps():
    s = "abcdefghij"
    t = tuple(range(12))
    l = list(range(12))
    out = []
    for i in range(150):
        st = (i % 5) - 2
        try:
            out.append((s[::st], t[1:9:st], l[i % 12::st], s[:None:st]))
        except ValueError as e:
            out.append(str(e))
    return out[:6], out[-3:]


print(steps())


def non_list_sources():
    a = list(range(6))
    for i in range(120):
        src = [i, i + 1] if i % 3 else range(i, i + 2)
        a[1:3] = src
        a[4:6] = (x for x in (i, -i))
    return a


print(non_list_sources())

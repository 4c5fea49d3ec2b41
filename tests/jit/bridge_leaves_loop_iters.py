# Bridges that leave their loop, by break, by the loop's end (list,
# tuple, range and enumerate iterators) or by return, in eager mode:
# the iterators they dropped hold their state for later use, and the
# locals set before and after the loop are live.


def breaks(n):
    out = []
    for k in range(n):
        lst = list(range(30))
        it = iter(lst)
        for x in it:
            if x == 20 + k % 3:
                break
        out.append(next(it, None))
        r = iter(range(40))
        for y in r:
            if y > 30 and k % 2:
                break
        out.append(next(r, None))
        e = enumerate(lst)
        for i, x in e:
            if x > 25 and k % 3:
                break
        out.append(next(e, None))
    return out


def exhausts(n):
    total = 0
    last = None
    for k in range(n):
        words = ("a", "bb", "ccc", "dddd")[: 1 + k % 4]
        count = 0
        for i, w in enumerate(words):
            if len(w) % 2:
                count += i
            else:
                count -= len(w)
        after = count * 2  # live after the loop
        for j, w in enumerate(list(words)):
            total += j
        for c in words:
            if c == "ccc":
                total += 100
        total += after
        last = (count, after, j, w, c)
    return total, last


def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            return i
        if x > target + 50:
            return -i
    return None


def returns(n):
    hits = []
    data = list(range(0, 200, 3))
    for k in range(n):
        hits.append(find(data, k % 120))
    return hits


def inner_loops(n):
    acc = []
    for k in range(n):
        row = [k * 10 + j for j in range(k % 5)]
        s = 0
        for v in row:
            s += v
        m = -1
        for i, v in enumerate(row):
            if v % 7 == 0:
                m = i
                break
        acc.append((s, m, len(row)))
    return acc


def digest(image):
    # The bridge from the inner loop's end goes round the outer loops and
    # links back to the inner loop's tree with a new enumerate.
    sums = [0, 0, 0]
    d = 0
    for row in image:
        for pixel in row:
            for i, c in enumerate(pixel):
                sums[i] += c
                d = (d * 257 + c) % 4294967291
    return sums, d, i, c


def image(n):
    return [[(x, y, (x * y) % 256) if x % 5 else [x, y, x + y] for x in range(n)] for y in range(n)]


print(digest(image(30)))
print(breaks(60)[-9:], sum(1 for v in breaks(60) if v is None))
print(exhausts(300))
print(returns(300)[-20:], sum(h for h in returns(300) if h))
print(inner_loops(200)[-6:], sum(a + b for a, b, _ in inner_loops(200)))

# Nested loops: the inner loop's trace grows a bridge from its loop exit
# that runs the rest of the outer loop's iteration (advancing the outer
# iterator with a helper call, creating the next inner iterator with
# GET_ITER) and links back into the inner loop's trace with the new
# iterator. Inner sequences change length, kind and content mid-loop, and
# the inner iterator is exhausted or replaced in every way.


def nested(n):
    t = 0
    rows = [list(range(i % 7 + 3)) for i in range(50)]
    for r in range(n):
        row = rows[r % 50]
        s = 0
        for v in row:
            s += v * r
        t += s
    return t
def nested_range(n):
    t = 0
    for i in range(n):
        for j in range(i % 13 + 2):
            t += i ^ j
        t -= 1
    return t
def nested_while(n):
    t = 0
    i = 0
    while i < n:
        j = i % 9
        while j > 0:
            t += j
            j -= 1
        i += 1
    return t
def nested_objs(n):
    class P:
        def __init__(self, x): self.x = x
    pts = [[P(i * k) for k in range(5)] for i in range(20)]
    best = None
    tot = 0
    for i in range(n):
        for p in pts[i % 20]:
            tot += p.x
            if best is None or p.x > best.x:
                best = p
        if i == n // 2:
            pts[3] = [P(-1)] * 9
    return tot, best.x


def changing_inner(n):
    t = 0
    data = [list(range(5)), (1, 2, 3), list(range(8))]
    for i in range(n):
        inner = data[i % 3]
        for v in inner:
            if isinstance(v, str):
                t += 100
            else:
                t += v
            if i == 1000 and v == 2:
                data[0] = "abc"
        if i == 2000:
            data[2] = range(4)
    return t


def early_break(n):
    t = 0
    for i in range(n):
        for j in range(i % 11):
            if j == 7:
                break
            t += j
        else:
            t += 1000
    return t


# Inner loops left by break (the iterator is popped, then a new one is
# made for the next outer iteration), as difflib's longest match does.
def longest(a, b):
    b2j = {}
    for j, x in enumerate(b):
        b2j.setdefault(x, []).append(j)
    best = (0, 0, 0)
    j2len = {}
    nothing = []
    for i in range(len(a)):
        get = j2len.get
        new = {}
        for j in b2j.get(a[i], nothing):
            if j < 2:
                continue
            if j >= len(b) - 3:
                break
            k = new[j] = get(j - 1, 0) + 1
            if k > best[2]:
                best = (i - k + 1, j - k + 1, k)
        j2len = new
    return best


print(nested(3000), nested_range(3000), nested_while(3000), nested_objs(3000))
print([longest("abcabcabd" * (k % 7 + 1), "xabcabdabcabd" * (k % 5 + 1)) for k in range(60)][-5:])
print(changing_inner(3000), early_break(3000))

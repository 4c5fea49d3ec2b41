# A slice of a list assigned to a slice of the same list moves the items
# in place (x[:k+1] = x[k::-1], x[:r] = x[1:r+1]): every bound, kind of
# item and length must give what CPython gives, in and out of traces.
import gc


def flips(perm):
    count = 0
    first = perm[0]
    while first:
        perm[:first + 1] = perm[first::-1]
        count += 1
        first = perm[0]
    return count


def rotate_all(items, rounds):
    out = []
    for i in range(rounds):
        r = i % (len(items) - 1) + 1
        head = items[0]
        items[:r] = items[1:r + 1]
        items[r] = head
        out.append(items[0])
    return out


def shifts(n):
    xs = list(range(n))
    total = 0
    for i in range(n * 3):
        j = i % (n - 1) + 1
        head = xs[0]
        xs[:j] = xs[1:j + 1]
        xs[j] = head
        second = xs[2]
        xs[2:j] = xs[3:j + 1]
        xs[max(j - 1, 2)] = second
        head = xs[0]
        xs[0:n - 1] = xs[1:]
        xs[n - 1] = head
        total += xs[0] * 7 + xs[j - 1]
    return total, xs


def reverse_objects(n):
    words = [str(i) * 3 for i in range(n)]
    for i in range(n * 4):
        k = i % n
        words[:k + 1] = words[k::-1]
        if i % 7 == 0:
            gc.collect()
    return words


def odd_bounds(xs):
    out = []
    for k in (-1, -3, 0, 1, len(xs) - 1, len(xs), len(xs) + 5, 2):
        ys = list(xs)
        for _ in range(3):
            ys[:k + 1] = ys[k::-1]
        out.append(ys)
        zs = list(xs)
        for _ in range(3):
            zs[:k] = zs[1:k + 1]
        out.append(zs)
    return out


def not_in_place(n):
    a = list(range(n))
    b = list(range(100, 100 + n))
    for i in range(n * 2):
        k = i % n
        a[:k + 1] = b[k::-1]
        b[1:k + 1] = b[:k]
        b[0] = i
        a[:2] = a[1:5]
    return a, b


def mismatched(n):
    # The target's bounds match the source's but every fifth (seventh)
    # iteration, where the assignment changes the list's length.
    xs = list(range(n))
    ends = [i % (n - 1) + (1 if i % 5 else 0) for i in range(400)]
    stops = [i % 4 + (2 if i % 7 == 0 else 1) for i in range(400)]
    total = 0
    for i in range(1, 400):
        k = i % (n - 1)
        m = ends[i]
        xs[:m] = xs[k::-1]
        total += len(xs)
        del xs[n:]
        j = i % 4 + 1
        e = stops[i]
        xs[:e] = xs[1:j + 1]
        total += len(xs) * 10
        xs.extend(range(n - len(xs)))
        total += xs[1] * 100 + xs[j]
    return total, xs

def floats_and_mixed(n):
    xs = [i * 0.5 for i in range(n)] + [None, "s", (1, 2)]
    for i in range(n * 5):
        k = i % len(xs)
        xs[:k + 1] = xs[k::-1]
        head = xs[0]
        xs[:k] = xs[1:k + 1]
        xs[k] = head
    return xs

for n in (2, 5, 9):
    perm = list(range(n))
    total = 0
    for i in range(300):
        perm = perm[1:] + perm[:1] if i % 3 else perm[::-1]
        p = perm[:]
        total += flips(p)
    print(n, total, p)
print(rotate_all(list(range(8)), 50))
print(shifts(6), shifts(11))
print(reverse_objects(12))
for row in odd_bounds([3, 1, 4, 1, 5, 9, 2, 6]):
    print(row)
print(not_in_place(7))
print(mismatched(9))
print(floats_and_mixed(6))

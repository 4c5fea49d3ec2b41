# GET_ITER of a list or tuple inside traced loops: the trace takes the
# iterator from a pool and points it at the sequence. Iterators must see
# mutations, escape intact, survive exits mid-iteration and collections.
import gc


def inner_sums(rows, n):
    total = 0
    for _ in range(n):
        for row in rows:
            for x in row:
                total += x
    return total


print(inner_sums([[1, 2, 3], [4, 5], [], [6]], 300))
print(inner_sums([(1, 2), (3,), ()], 300))


def mutate_while_iterating(n):
    out = []
    for k in range(n):
        items = [1, 2, 3]
        count = 0
        for x in items:
            count += x
            if x == 2 and k % 3 == 0:
                items.append(10)
            if x == 1 and k % 5 == 0:
                items.clear()
        out.append(count)
    return out


print(sum(mutate_while_iterating(400)), mutate_while_iterating(16))


def escaping(n):
    kept = []
    for k in range(n):
        seq = [k, k + 1, k + 2]
        it = iter(seq)
        for x in it:
            if x == k + 1:
                break
        kept.append(it)
    return [list(it) for it in kept[-3:]]


print(escaping(300))


def break_and_resume(n):
    total = 0
    for k in range(n):
        seq = (k, 2 * k, 3 * k, 4 * k)
        for x in seq:
            if x > 50:
                break
            total += x
    return total


print(break_and_resume(500))


def pairs_loop(bodies, steps):
    # nbody's shape: two inner loops linked by bridges.
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for step in range(steps):
        for a, b in pairs:
            d = a[0] - b[0]
            a[1] -= d * 0.001
            b[1] += d * 0.001
        for b in bodies:
            b[0] += b[1] * 0.01
        if step % 97 == 0:
            gc.collect()
    return [round(b[0], 6) for b in bodies]


print(pairs_loop([[float(i), 0.5 * i] for i in range(5)], 1000))


def types_change(n):
    seqs = [[1, 2], (3, 4), "ab", [5.5, 6.5], range(3), {7: 0}]
    out = []
    for k in range(n):
        for x in seqs[k % len(seqs)]:
            out.append(x)
    return out[-12:], len(out)


print(types_change(600))


def exhausted_reuse(n):
    total = 0
    lst = [1, 2, 3]
    for k in range(n):
        it = iter(lst)
        for x in it:
            total += x
        lst.append(k)
        for x in it:  # exhausted: a later append does not revive it
            total += 1000
        del lst[3:]
    return total


print(exhausted_reuse(300))


class MyList(list):
    def __iter__(self):
        return iter([0, 0])


def subclass_iter(n):
    total = 0
    seqs = [[1, 2], MyList([5, 6])]
    for k in range(n):
        for x in seqs[k % 2]:
            total += x
    return total


print(subclass_iter(400))

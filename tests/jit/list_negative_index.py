# Lists indexed from the end in hot loops: reads and stores at constant
# and variable negative indexes, an index that turns non-negative, one out
# of range (IndexError), and a list that shrinks and grows meanwhile.


def last_items(n):
    xs = [1, 2, 3]
    total = 0
    for i in range(n):
        total += xs[-1] * 10 + xs[-3]
        if i % 7 == 0:
            xs.append(i)
    return total, len(xs)


def store_last(n):
    xs = [0] * 5
    for i in range(n):
        xs[-1] = i
        xs[-2] += xs[-1]
    return xs


def moving_index(n):
    xs = list(range(10))
    out = []
    for i in range(n):
        k = i % 20 - 10  # -10..9: negative, then not
        out.append(xs[k])
    return sum(out), out[:12]


def out_of_range(n):
    xs = [5, 6]
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += xs[-1 - i % 4]
        except IndexError as e:
            caught += 1
            msg = str(e)
    return total, caught, msg


def shrinking(n):
    xs = list(range(50))
    seen = []
    for i in range(n):
        if xs:
            seen.append(xs[-1])
            xs.pop()
    return seen[:5], seen[-5:], len(seen)


def floats_from_end(n):
    xs = [0.5, 1.5, 2.5]
    acc = 0.0
    for i in range(n):
        acc += xs[-2] * xs[-1]
        xs[-1] = acc if i % 3 else 2.5
    return acc


print(last_items(100))
print(store_last(100))
print(moving_index(100))
print(out_of_range(100))
print(shrinking(80))
print(floats_from_end(50))

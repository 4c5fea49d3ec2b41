# Exits whose snapshots hold constants in frame slots (a function, None, a
# string, numbers, a bool): the exit stores none of them, Go writes them
# from the trace, and bridges grown from those exits (and bridges of
# bridges) know them as constants.


def inc(x):
    return x + 1


def dec(x):
    return x - 1


def constant_locals(n):
    total = 0
    for i in range(n):
        f = inc
        tag = "even"
        scale = 2.5
        flag = True
        none = None
        if i % 3 == 0:
            total += f(i)
            if i % 9 == 0:
                tag = "nine"
                f = dec
                total += f(i) * 2
                if i % 27 == 0:
                    total += len(tag) + int(scale) + flag + (none is None)
        else:
            total -= 1
            if i % 5 == 0:
                total += int(scale * i) + len(tag) + (none is None)
    return total, f is inc, tag, scale, flag, none


def helper(i, k):
    # Guards inside the inlined call, with constants in its slots.
    s = "abc"
    m = 3
    if i % 4 == 0:
        return len(s) + k * m
    if i % 7 == 0:
        return k - m
    return m


def inlined_constants(n):
    total = 0
    for i in range(n):
        total += helper(i, 2)
    return total


def leave_with_constants(n):
    # The loop is left from a side exit while locals hold constants.
    for i in range(n):
        name = "looping"
        limit = 10
        if i > n - 3:
            name = "done"
            break
    return i, name, limit


print(constant_locals(3000))
print(inlined_constants(3000))
print(leave_with_constants(500))

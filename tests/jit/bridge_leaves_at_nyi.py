# Bridges that reach an instruction traces do not handle at the loop's
# own level end there, and the interpreter runs it: a `yield from` in a
# recursive generator (as in n-queens), a dict display with constant
# keys, a star-unpacking into a dict, an import, after native work on
# the way (set and list updates that must not be lost or doubled). So
# does a bridge that reaches another loop whose trace takes other kinds
# of values, and one that returns from inside a for loop.


def queens(n):
    cols, diag1, diag2, placed = set(), set(), set(), []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    yield from place(0)


def records(n):
    out = []
    total = 0
    for i in range(n):
        total += i * 3
        if i % 9 == 4:
            total -= 1
            out.append({"i": i, "total": total, "odd": i % 2})
        if i % 13 == 7:
            extra = {"k": i}
            out.append({**extra, "n": len(out)})
    return total, len(out), out[:3], out[-2:]


def imports(n):
    acc = 0.0
    for i in range(n):
        acc += i * 0.25
        if i % 50 == 49:
            import math
            acc = math.floor(acc) + 0.5
    return acc


def kinds(n):
    total = 0
    for i in range(n):
        if i % 10 == 9:
            x = 0.5  # the inner loop's trace took an int
        else:
            x = 1
        j = 0
        while j < 3:
            total += x
            j += 1
    return total


def first_big(xs, limit):
    total = 0
    for x in xs:
        total += x
        if x > limit:
            return x, total  # from inside the loop: its iterator is swapped up
    return None, total


sols = list(queens(6))
print(len(sols), sols[0], sols[-1])
print(sum(1 for _ in queens(8)))
print(records(200))
print(imports(400))
print(kinds(300))
print([first_big(range(k % 40), 30 - k % 7) for k in range(200)][-5:])

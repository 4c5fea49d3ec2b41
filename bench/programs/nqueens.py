# bench: quick=7 full=12
"""N-queens: every placement of n non-attacking queens on an n x n board.

A recursive generator yields solutions; sets hold the occupied columns and
diagonals, and each solution is checked again with a set comprehension.
sys.argv[1] is n. Prints the number of solutions, the first and last
solutions found, and a checksum over all of them.
"""
import sys


def solutions(n):
    columns = set()
    rising = set()
    falling = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)

    yield from place(0)


def is_valid(queens):
    n = len(queens)
    return (len(set(queens)) == n
            and len({r + c for r, c in enumerate(queens)}) == n
            and len({r - c for r, c in enumerate(queens)}) == n)


def main():
    n = int(sys.argv[1])
    count = 0
    checksum = 0
    first = last = None
    for queens in solutions(n):
        if not is_valid(queens):
            raise RuntimeError("invalid solution %r" % (queens,))
        if first is None:
            first = queens
        last = queens
        count += 1
        for row, col in enumerate(queens):
            checksum = (checksum * 31 + row * n + col) % 1000000007
    print("solutions %d checksum %d" % (count, checksum))
    print("first %s" % (first,))
    print("last %s" % (last,))


main()

# bench: quick=1 full=16
"""Hexiom: solve hexagonal tile-placement puzzles by backtracking search.

A board is a hexagon of cells. Some cells hold a numbered tile, and every
tile's number must equal how many of its neighbor cells hold tiles. A puzzle
gives the multiset of numbers and a few tiles already placed; the solver
fills the remaining cells (tile or empty) in a most-constrained-first order,
pruning with neighbor-count bounds kept in dicts and trying numbers sorted by
how many remain. Puzzles are generated from a seeded random layout, so each
has at least one solution. sys.argv[1] is the number of puzzles. Prints, per
puzzle, the number of solutions and the first one in search order.
"""
import random
import sys

RADIUS = 2
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))
EMPTY = -1


def hex_cells(radius):
    return [(q, r)
            for q in range(-radius, radius + 1)
            for r in range(-radius, radius + 1)
            if abs(q + r) <= radius]


class Puzzle:
    def __init__(self, rng, radius, tiles, hints):
        self.cells = hex_cells(radius)
        inside = set(self.cells)
        self.neighbors = {}
        for q, r in self.cells:
            self.neighbors[(q, r)] = [(q + dq, r + dr) for dq, dr in DIRECTIONS
                                      if (q + dq, r + dr) in inside]
        occupied = set(rng.sample(self.cells, tiles))
        self.counts = {}
        layout = {}
        for cell in self.cells:
            if cell in occupied:
                value = sum(1 for n in self.neighbors[cell] if n in occupied)
                layout[cell] = value
                self.counts[value] = self.counts.get(value, 0) + 1
        self.empties = len(self.cells) - tiles
        self.fixed = {cell: layout[cell] for cell in rng.sample(sorted(occupied), hints)}


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.assigned = dict(puzzle.fixed)
        self.remaining = dict(puzzle.counts)
        for value in puzzle.fixed.values():
            self.remaining[value] -= 1
        self.empties = puzzle.empties
        self.order = self.search_order()
        self.solutions = 0
        self.first = None

    def search_order(self):
        """Free cells, nearest the fixed tiles first, then by position."""
        neighbors = self.puzzle.neighbors
        distance = {cell: 0 for cell in self.puzzle.fixed}
        frontier = sorted(self.puzzle.fixed)
        while frontier:
            following = []
            for cell in frontier:
                for n in neighbors[cell]:
                    if n not in distance:
                        distance[n] = distance[cell] + 1
                        following.append(n)
            frontier = sorted(following)
        free = [c for c in self.puzzle.cells if c not in self.puzzle.fixed]
        return sorted(free, key=lambda c: (distance.get(c, 99), -len(neighbors[c]), c))

    def consistent(self, cell):
        """Check the bounds of cell and its neighbors after assigning cell."""
        neighbors = self.puzzle.neighbors
        for c in [cell] + neighbors[cell]:
            value = self.assigned.get(c)
            if value is None or value == EMPTY:
                continue
            filled = 0
            unknown = 0
            for n in neighbors[c]:
                v = self.assigned.get(n)
                if v is None:
                    unknown += 1
                elif v != EMPTY:
                    filled += 1
            if not filled <= value <= filled + unknown:
                return False
        return True

    def candidates(self):
        values = [v for v, k in self.remaining.items() if k > 0]
        values.sort(key=lambda v: (-self.remaining[v], v))
        if self.empties > 0:
            values.append(EMPTY)
        return values

    def solve(self, index=0):
        if index == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = dict(self.assigned)
            return
        cell = self.order[index]
        for value in self.candidates():
            if value == EMPTY:
                self.empties -= 1
            else:
                self.remaining[value] -= 1
            self.assigned[cell] = value
            if self.consistent(cell):
                self.solve(index + 1)
            del self.assigned[cell]
            if value == EMPTY:
                self.empties += 1
            else:
                self.remaining[value] += 1


def render(puzzle, assignment):
    rows = []
    for r in range(-RADIUS, RADIUS + 1):
        line = " " * abs(r)
        for q in range(-RADIUS, RADIUS + 1):
            if (q, r) in assignment:
                v = assignment[(q, r)]
                line += (". " if v == EMPTY else "%d " % v)
        rows.append(line.rstrip())
    return "\n".join(rows)


def main():
    puzzles = int(sys.argv[1])
    rng = random.Random(42)
    total = 0
    for i in range(puzzles):
        puzzle = Puzzle(rng, RADIUS, rng.randint(9, 13), 2)
        solver = Solver(puzzle)
        solver.solve()
        total += solver.solutions
        print("puzzle %d: %d solutions" % (i, solver.solutions))
        print(render(puzzle, solver.first))
    print("total %d" % total)


main()

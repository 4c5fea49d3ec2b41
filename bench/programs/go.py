# bench: quick=1 full=14
"""Go: a Monte-Carlo player for the board game Go, in self-play.

The board knows groups, liberties, captures, suicide and simple ko. To choose
a move, the player tries every legal move that does not fill its own eye and
finishes the game from there with a few random playouts (seeded random); the
move with the most wins is played (ties go to the earlier move in a seeded
shuffle). sys.argv[1] is the number of moves to play. Prints the game record,
the board, and the area score after one more random playout.
"""
import random
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
BOARD_SIZE = 6
PLAYOUTS = 2
KOMI = 2.5
PASS = -1


def opponent(color):
    return WHITE if color == BLACK else BLACK


def make_neighbors(size):
    table = []
    for p in range(size * size):
        row, col = divmod(p, size)
        adjacent = []
        if row > 0:
            adjacent.append(p - size)
        if row < size - 1:
            adjacent.append(p + size)
        if col > 0:
            adjacent.append(p - 1)
        if col < size - 1:
            adjacent.append(p + 1)
        table.append(tuple(adjacent))
    return table


class Board:
    def __init__(self, size):
        self.size = size
        self.neighbors = make_neighbors(size)
        self.points = [EMPTY] * (size * size)
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0

    def copy(self):
        other = Board.__new__(Board)
        other.size = self.size
        other.neighbors = self.neighbors
        other.points = self.points[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        return other

    def group(self, start):
        """Return the stones of the group at start and its liberty count."""
        color = self.points[start]
        stones = [start]
        seen = {start}
        liberties = set()
        i = 0
        while i < len(stones):
            for q in self.neighbors[stones[i]]:
                c = self.points[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
            i += 1
        return stones, len(liberties)

    def is_eye(self, p, color):
        return all(self.points[q] == color for q in self.neighbors[p])

    def is_legal(self, p, color):
        if self.points[p] != EMPTY or p == self.ko:
            return False
        for q in self.neighbors[p]:
            c = self.points[q]
            if c == EMPTY:
                return True
            libs = self.group(q)[1]
            if c == color and libs > 1:
                return True
            if c != color and libs == 1:
                return True
        return False

    def play(self, p):
        color = self.to_move
        self.to_move = opponent(color)
        self.ko = PASS
        if p == PASS:
            self.passes += 1
            return
        self.passes = 0
        self.points[p] = color
        captured = []
        for q in self.neighbors[p]:
            if self.points[q] == opponent(color):
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        self.points[s] = EMPTY
                    captured.extend(stones)
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def candidate_moves(self):
        color = self.to_move
        return [p for p in range(len(self.points))
                if self.is_legal(p, color) and not self.is_eye(p, color)]

    def random_move(self, rng):
        color = self.to_move
        empties = [p for p, c in enumerate(self.points) if c == EMPTY]
        while empties:
            i = rng.randrange(len(empties))
            p = empties[i]
            if not self.is_eye(p, color) and self.is_legal(p, color):
                return p
            empties[i] = empties[-1]
            empties.pop()
        return PASS

    def playout(self, rng):
        limit = 3 * len(self.points)
        while self.passes < 2 and limit > 0:
            self.play(self.random_move(rng))
            limit -= 1

    def score(self):
        """Area score: black minus white, without komi."""
        total = 0
        for p, c in enumerate(self.points):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {self.points[q] for q in self.neighbors[p]}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total

    def winner(self):
        return BLACK if self.score() - KOMI > 0 else WHITE

    def render(self):
        marks = ".XO"
        lines = []
        for row in range(self.size):
            cells = self.points[row * self.size:(row + 1) * self.size]
            lines.append("".join(marks[c] for c in cells))
        return "\n".join(lines)


class MonteCarloPlayer:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def choose(self, board):
        color = board.to_move
        best, best_wins = PASS, -1
        moves = board.candidate_moves()
        self.rng.shuffle(moves)
        for move in moves:
            wins = 0
            for _ in range(PLAYOUTS):
                trial = board.copy()
                trial.play(move)
                trial.playout(self.rng)
                if trial.winner() == color:
                    wins += 1
            if wins > best_wins:
                best, best_wins = move, wins
        return best


def move_name(board, p):
    if p == PASS:
        return "pass"
    row, col = divmod(p, board.size)
    return "ABCDEFGHJ"[col] + str(board.size - row)


def main():
    moves = int(sys.argv[1])
    board = Board(BOARD_SIZE)
    players = {BLACK: MonteCarloPlayer(1), WHITE: MonteCarloPlayer(2)}
    record = []
    for _ in range(moves):
        move = players[board.to_move].choose(board)
        record.append(move_name(board, move))
        board.play(move)
        if board.passes >= 2:
            break
    print(" ".join(record))
    print(board.render())
    final = board.copy()
    final.playout(random.Random(3))
    print("score after playout %d" % final.score())


main()

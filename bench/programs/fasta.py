# bench: quick=5000 full=250000
"""Fasta: generate DNA sequences, by repetition and by weighted random choice.

The classic three sections: a repeated ALU fragment of 2n bases, then 3n
bases drawn from the IUB ambiguity-code frequencies and 5n from the
Homo sapiens frequencies, using a linear congruential generator (integer
state, exact float scaling) and bisect over cumulative probabilities.
Lines are 60 bases wide. sys.argv[1] is n. Instead of the whole sequence it
prints, per section, the line count, the first and last line and the base
counts in sorted order.
"""
import bisect
import sys

LINE_WIDTH = 60

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA"
       "TCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACT"
       "AAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAG"
       "GCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCG"
       "CCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")

IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
       ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02),
       ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
       ("V", 0.02), ("W", 0.02), ("Y", 0.02)]

HOMO_SAPIENS = [("a", 0.3029549426680), ("c", 0.1979883004921),
                ("g", 0.1975473066391), ("t", 0.3015094502008)]


class LinearCongruential:
    MODULUS = 139968
    MULTIPLIER = 3877
    INCREMENT = 29573

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        """A float in [0, 1) from the next integer state."""
        self.state = (self.state * self.MULTIPLIER + self.INCREMENT) % self.MODULUS
        return self.state / self.MODULUS


def repeat_lines(sequence, n):
    doubled = sequence * 2
    lines = []
    start = 0
    while n > 0:
        width = min(LINE_WIDTH, n)
        lines.append(doubled[start:start + width])
        start = (start + width) % len(sequence)
        n -= width
    return lines


def random_lines(table, n, rng):
    letters = [letter for letter, _ in table]
    cumulative = []
    total = 0.0
    for _, p in table:
        total += p
        cumulative.append(total)
    last = len(letters) - 1
    lines = []
    while n > 0:
        width = min(LINE_WIDTH, n)
        line = "".join(letters[min(last, bisect.bisect_right(cumulative, rng.next_float()))]
                       for _ in range(width))
        lines.append(line)
        n -= width
    return lines


def summarize(title, lines):
    counts = {}
    for line in lines:
        for base in line:
            counts[base] = counts.get(base, 0) + 1
    print(">%s: %d lines" % (title, len(lines)))
    print(lines[0])
    print(lines[-1])
    print(" ".join("%s=%d" % item for item in sorted(counts.items())))


def main():
    n = int(sys.argv[1])
    rng = LinearCongruential(42)
    summarize("ONE Homo sapiens alu", repeat_lines(ALU, 2 * n))
    summarize("TWO IUB ambiguity codes", random_lines(IUB, 3 * n, rng))
    summarize("THREE Homo sapiens frequency", random_lines(HOMO_SAPIENS, 5 * n, rng))


main()

# bench: quick=5000 full=600000
"""K-nucleotide: count k-mers of a DNA sequence with dicts and slicing.

Generates a sequence of sys.argv[1] bases with a seeded random.choices over
weighted bases, then counts all 1-mers and 2-mers (printed by descending
frequency, ties by name, as percentages with "%.3f") and all k-mers for the
lengths of five fixed oligonucleotides, printing how often each occurs.
"""
import random
import sys

OLIGOS = ("GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT")


def make_sequence(n):
    rng = random.Random(2024)
    bases = rng.choices("ACGT", weights=(30, 20, 20, 30), k=n)
    seq = "".join(bases)
    # Plant the oligonucleotides so the long ones occur at all.
    pieces = []
    step = max(1, n // 40)
    for start in range(0, n, step):
        pieces.append(seq[start:start + step])
        pieces.append(OLIGOS[(start // step) % len(OLIGOS)])
    return "".join(pieces)


def count_kmers(seq, k):
    counts = {}
    for i in range(len(seq) - k + 1):
        kmer = seq[i:i + k]
        counts[kmer] = counts.get(kmer, 0) + 1
    return counts


def main():
    n = int(sys.argv[1])
    seq = make_sequence(n)
    for k in (1, 2):
        counts = count_kmers(seq, k)
        total = len(seq) - k + 1
        for kmer, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            print("%s %.3f" % (kmer, 100.0 * count / total))
        print()
    for oligo in OLIGOS:
        counts = count_kmers(seq, len(oligo))
        print("%d\t%s" % (counts.get(oligo, 0), oligo))


main()

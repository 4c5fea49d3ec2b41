# bench: quick=1 full=150
"""Generators: recursive `yield from` over a binary tree, plus pipelines.

Builds a balanced binary search tree of 2**12 - 1 keys, then, sys.argv[1]
times, walks it in order with a recursive generator (`yield from` down to
depth 12), in reverse order, and through a chain of filtering and mapping
generators. Prints sums that check each walk.
"""
import sys

DEPTH = 12


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right


def build(low, high):
    """A balanced tree holding the keys low..high-1."""
    if low >= high:
        return None
    mid = (low + high) // 2
    return Node(mid, build(low, mid), build(mid + 1, high))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def reverse_order(node):
    if node is not None:
        yield from reverse_order(node.right)
        yield node.key
        yield from reverse_order(node.left)


def multiples(keys, k):
    for key in keys:
        if key % k == 0:
            yield key


def squares(keys):
    for key in keys:
        yield key * key


def pairwise_gaps(keys):
    previous = None
    for key in keys:
        if previous is not None:
            yield key - previous
        previous = key


def main():
    rounds = int(sys.argv[1])
    tree = build(0, 2 ** DEPTH - 1)
    total = 0
    gaps = 0
    for r in range(rounds):
        total += sum(in_order(tree))
        gaps += sum(pairwise_gaps(reverse_order(tree)))
        total += sum(squares(multiples(in_order(tree), 3 + r % 5)))
    print("total %d gaps %d" % (total, gaps))


main()

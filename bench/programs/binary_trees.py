# bench: quick=10 full=15
"""Binary trees: allocate and walk many short-lived perfect binary trees.

sys.argv[1] is the maximum depth d. Builds one stretch tree of depth d+1,
keeps one long-lived tree of depth d, and for depths 4, 6, ..., d builds and
checks 2**(d - depth + 4) trees of that depth. A tree node is a pair of
children (None for a leaf); check() counts the nodes.
"""
import sys

MIN_DEPTH = 4


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    max_depth = max(MIN_DEPTH + 2, int(sys.argv[1]))
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main()

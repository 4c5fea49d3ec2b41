# Recursion: mutual recursion, deep recursion, RecursionError.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(500))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(10, 'A', 'B', 'C', [])
print(len(m), m[:3])
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'), len(perms('abcde')))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t.total())
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr recursion:', type(e).__name__)
lst = [1]
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)
print(sys.getrecursionlimit() >= 1000)

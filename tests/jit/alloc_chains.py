# Deep chains of objects allocated in hot loops: linked lists, trees and
# objects holding the previous one, walked and summed afterwards, with
# collections forced in the middle.
import gc

class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

head = None
for i in range(200000):
    head = Node(i, head)
    if i % 50000 == 0:
        gc.collect()
n, total = 0, 0
node = head
while node is not None:
    n += 1
    total += node.value
    node = node.next
print(n, total)

class Tree:
    def __init__(self, left, right, v):
        self.left = left
        self.right = right
        self.v = v

def build(depth):
    level = [Tree(None, None, i) for i in range(2 ** depth)]
    while len(level) > 1:
        level = [Tree(level[k], level[k + 1], level[k].v + level[k + 1].v) for k in range(0, len(level), 2)]
    return level[0]

def check(t):
    if t.left is None:
        return 1
    return check(t.left) + check(t.right)

root = build(14)
print(root.v, check(root))

class Box:
    def __init__(self, inner):
        self.inner = inner
        self.depth = 0 if inner is None else inner.depth + 1

b = None
for i in range(30000):
    b = Box(b)
    if i % 7000 == 0:
        gc.collect()
print(b.depth, b.inner.inner.depth)

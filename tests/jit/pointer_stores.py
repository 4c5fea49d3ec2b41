# Pointer stores from traces: attributes, list items and cells that take
# objects, None and values of another kind, with collections running
# between loops (the JIT stores a pointer only while the write barrier
# is off, and exits otherwise).
import gc
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
        self.tag = None
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
def relink(head, n):
    # reverse the list in place with attribute pointer stores
    prev = None
    node = head
    while node is not None:
        nxt = node.next
        node.next = prev
        node.tag = prev if node.v % 3 else "x"
        node.v = node.v * 0.5 if node.v % 5 == 0 else node.v
        prev = node
        node = nxt
    return prev
def total(head):
    t = 0
    node = head
    while node is not None:
        t += node.v
        node = node.next
    return t
h = build(3000)
for k in range(20):
    h = relink(h, 0)
    junk = [[i] for i in range(500)]
    if k % 5 == 0:
        gc.collect()
print(total(h))
xs = [0] * 1000
for i in range(1000):
    xs[i] = None if i % 7 == 0 else (str(i) if i % 3 == 0 else i * 1.5)
print(xs[:10], sum(1 for x in xs if x is None))


def cell_store(n):
    box = None

    def get():
        return box
    for i in range(n):
        box = (i, "t") if i % 2 else None
    return get()


print(cell_store(301))

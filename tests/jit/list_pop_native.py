# list.pop() recorded natively: the length above 0, the last item loaded
# (its kind or class guarded), its slot cleared, the length shrunk; an
# empty list, pop(i), subclasses and items of other kinds go the slow way.
import gc


class Node:
    def __init__(self, v):
        self.v = v


class Stack(list):
    def pop(self):
        return list.pop(self) * 2


def drain(items):
    l = list(items)
    total = 0
    while l:
        v = l.pop()
        total += v if isinstance(v, int) else 1
    return total, l


def mixed(n):
    l = []
    out = []
    for i in range(n):
        l.append(i)
        l.append(i * 0.5)
        l.append(Node(i))
        l.append(None)
        l.append(i % 2 == 0)
        out.append(l.pop())
        out.append(l.pop())
        node = l.pop()
        out.append(node.v)
        out.append(l.pop())
        out.append(l.pop())
        if len(l) != i:
            return "bad length", i
    return len(out), out[-5:], len(l)


def until_empty(n):
    l = list(range(n // 2))
    popped = 0
    errors = 0
    for i in range(n):
        try:
            l.pop()
            popped += 1
        except IndexError as e:
            errors += 1
            last = str(e)
    return popped, errors, last if errors else None


def with_index(n):
    l = list(range(n))
    total = 0
    for i in range(n // 2):
        total += l.pop(0)
        total += l.pop()
    return total, l


def collected(n):
    l = [[i] for i in range(n)]
    total = 0
    for i in range(n):
        total += l.pop()[0]
        if i % 101 == 0:
            gc.collect()
    return total, l


def subclass(n):
    s = Stack(range(n))
    total = 0
    for i in range(n):
        total += s.pop()
    return total


def kinds_change(n):
    l = list(range(n)) + ["a", "b"] + list(range(n))
    out = []
    while l:
        out.append(l.pop())
    return out[n - 2:n + 4]


for n in (0, 1, 5, 200, 3000):
    print(n, drain(range(n)))
    print(n, mixed(n))
    print(n, until_empty(n))
    print(n, with_index(n)[0])
    print(n, collected(n))
    print(n, subclass(n))
    print(n, kinds_change(n))

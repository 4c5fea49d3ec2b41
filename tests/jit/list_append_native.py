# list.append and LIST_APPEND recorded natively: the length below the
# capacity, the item stored, the length grown; a full list (or the
# collector marking) takes the interpreter's append.
import gc


class Point:
    def __init__(self, x):
        self.x = x


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)


def lengths(n):
    # len() before and after the append in one iteration: the trace must
    # read the length again after storing it.
    l = []
    total = 0
    for i in range(n):
        before = len(l)
        l.append(i)
        total += len(l) - before
        if len(l) != i + 1:
            return "bad length", i
    return total, l[-3:], len(l)


def kinds(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(i * 0.5)
        out.append(i % 3 == 0)
        out.append(None)
        out.append(Point(i))
        out.append("s%d" % i)
    return len(out), out[:6][:4], [p.x for p in out[4::6]][-3:], out[-1:]


def fresh_lists(n):
    # Small new lists: most appends find them full.
    sizes = 0
    last = None
    for i in range(n):
        l = [i]
        for k in range(i % 9):
            l.append(k)
        sizes += len(l)
        last = l
    return sizes, last


def with_collections(n):
    keep = []
    for i in range(n):
        keep.append([i, str(i)])
        if i % 97 == 0:
            gc.collect()
    return len(keep), keep[5:6], keep[-1:], sum(x[0] for x in keep)


def aliased(n):
    a = []
    b = a
    for i in range(n):
        a.append(i)
        if len(b) != i + 1:
            return "alias broken"
    return len(b), b[-1:]


def subclass(n):
    m = MyList()
    for i in range(n):
        m.append(i)
    return len(m), m[-2:]


def comprehension(n):
    return [x * x for x in range(n) if x % 2], len([[] for _ in range(n)])


def appended_while_iterating(n):
    l = [0, 1]
    seen = 0
    for v in l:
        seen += 1
        if len(l) < n:
            l.append(v + 2)
    return seen, l[-3:]


def popped_and_appended(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        stack.append(i + 1)
        total += stack.pop()
        if i % 5 == 0:
            stack.clear()
    return total, stack[-2:]


for n in (0, 1, 7, 50, 3000):
    print(n, lengths(n))
    print(n, kinds(n))
    print(n, fresh_lists(n))
    print(n, with_collections(n))
    print(n, aliased(n))
    print(n, subclass(n))
    c = comprehension(n)
    print(n, c[0][-3:], c[1])
    print(n, appended_while_iterating(n))
    print(n, popped_and_appended(n))

# Python code that a trace's helper call runs only sometimes: dict
# lookups whose keys collide with instances of a class with __eq__,
# next() of a generator, sorted() with a key function. The trace leaves
# the loop's frame stale and pushes no frames for its inlined calls until
# Python code starts; that code must find the same frames (names, line
# numbers, locals) as under the interpreter, every time it runs.
import sys
import traceback


def caller_view(depth):
    f = sys._getframe(depth)
    names = []
    while f is not None and f.f_code.co_name != "<module>":
        loc = {k: v for k, v in f.f_locals.items() if isinstance(v, (int, str))}
        names.append((f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sorted(loc.items())))
        f = f.f_back
    return names


class Collider:
    """Hashes like the int 7: a lookup of 7 compares with it."""

    seen = []

    def __hash__(self):
        return 7

    def __eq__(self, other):
        Collider.seen.append(caller_view(2))
        return False


def probe(d, key, i):
    step = i * 2
    return d.get(key, step)


def dict_loop(n):
    d = {Collider(): "c", 3: "three"}
    total = 0
    for i in range(n):
        v = probe(d, 7 if i % 50 == 49 else 3, i)
        total += len(v) if isinstance(v, str) else v
    return total


Collider.seen.clear()
print(dict_loop(300))
print(len(Collider.seen))
for view in Collider.seen[:2] + Collider.seen[-1:]:
    print(view)


def counter(n):
    for k in range(n):
        if k % 40 == 39:
            yield caller_view(1)
        else:
            yield k


def consume(it, i):
    mark = "m%d" % (i % 3)
    return next(it)


def gen_loop(n):
    it = counter(n)
    views = []
    for i in range(n):
        v = consume(it, i)
        if not isinstance(v, int):
            views.append(v)
    return views


views = gen_loop(200)
print(len(views))
print(views[0])
print(views[-1])


key_views = []


def keyed(i):
    if i == 3:
        key_views.append(caller_view(1)[:2])
    return -i


def sort_loop(n):
    out = []
    for i in range(n):
        items = [5, 1] if i % 30 else [5, 3, 1, i]
        out.append(sorted(items, key=keyed)[0])
    return out


print(sort_loop(120)[:5], len(key_views), key_views[-1:])


class Raiser:
    def __hash__(self):
        return 11

    def __eq__(self, other):
        raise ValueError("compare %r" % (other,))


def lookup(d, k):
    return d[k]


def raise_loop(n):
    d = {Raiser(): 1, 0: 0}
    caught = 0
    for i in range(n):
        try:
            lookup(d, 11 if i % 25 == 24 else 0)
        except ValueError as e:
            caught += 1
            if caught == 2:
                print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
    return caught


print(raise_loop(200))

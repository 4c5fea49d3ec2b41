# A caller's calls reuse one frame while nothing keeps it: frames kept by
# sys._getframe, tracebacks and f_back stay as they were while the same
# caller goes on calling.
import sys
import threading


def keep(x):
    y = x * 2
    return sys._getframe()


def caller():
    kept = [keep(i) for i in range(3)]
    more = [keep(10 + i) for i in range(3)]
    return kept + more


frames = caller()
print(len(set(map(id, frames))), [f.f_locals['x'] for f in frames])
print([f.f_locals['y'] for f in frames], frames[0].f_code.co_name, frames[0].f_lineno)


def plain(x):
    return x + 1


def mixed():
    out = []
    for i in range(4):
        out.append(plain(i))
        if i % 2:
            out.append(keep(i).f_locals['y'])
        out.append(plain(i * 10))
    return out


print(mixed())


def fails(n):
    local = n * 3
    raise ValueError(n)


def catcher():
    tbs = []
    for i in range(3):
        try:
            fails(i)
        except ValueError as e:
            tbs.append(e.__traceback__)
        plain(i)
    return tbs


for tb in catcher():
    inner = tb.tb_next.tb_frame
    print(inner.f_code.co_name, inner.f_locals, inner.f_back.f_code.co_name, tb.tb_next.tb_lineno)


def back_chain():
    f = sys._getframe()
    return f, f.f_back


def outer():
    a = back_chain()
    plain(1)
    b = back_chain()
    return a, b


(fa, ba), (fb, bb) = outer()
print(fa is fb, ba is bb, ba.f_code.co_name, fa.f_back is ba)


def depth(n):
    return depth(n + 1)


for _ in range(2):
    try:
        depth(0)
    except RecursionError as e:
        print('RecursionError', e)
print(plain(41))


def key(x):
    return sorted([x, -x], key=plain)[0]


print(sorted(range(-3, 4), key=key))


def gen_maker(n):
    def step(i):
        return i * n
    for i in range(3):
        yield step(i)


def drive():
    g = gen_maker(5)
    first = next(g)
    rest = [plain(v) for v in g]
    return first, rest


print(drive())

results = []


def worker(n):
    results.append(sum(plain(i) for i in range(n)))
    results.append(keep(n).f_locals['x'])


threads = [threading.Thread(target=worker, args=(k,)) for k in (10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))


def rec(n):
    if n == 0:
        return [sys._getframe()]
    return rec(n - 1) + [sys._getframe()]


chain = rec(4)
print([f.f_locals['n'] for f in chain], [f.f_back.f_code.co_name for f in chain])
chain2 = rec(2)
print([f.f_locals['n'] for f in chain], [f.f_locals['n'] for f in chain2])

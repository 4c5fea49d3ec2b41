# The interpreter runs some instruction pairs as one (LOAD_FAST+BINARY_SUBSCR,
# LOAD_FAST+LOAD_GLOBAL, LOAD_GLOBAL+LOAD_FAST, CALL+STORE_FAST): their slow
# paths and errors must behave as the two instructions run alone, with
# tracebacks at the right lines.
import sys
import traceback

G = 10


def subscr(xs, i):
    return xs[i]


class Seq:
    def __getitem__(self, k):
        return ("item", k)


def show(fn, *args):
    try:
        print(fn(*args))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [(f.name, f.lineno) for f in tb[1:]])


for args in (([1, 2, 3], 1), ([1, 2, 3], -1), ((4, 5), 0), ("abc", 2), ({"k": 7}, "k"),
             (Seq(), "key"), ([1], 5), ({}, "missing"), (5, 0)):
    show(subscr, *args)


def subscr_unbound(xs):
    if len(xs) > 5:
        i = 0
    return xs[i]


show(subscr_unbound, [1])


def global_after_local(a):
    return a + G


def local_after_global(a):
    return G * a


def global_missing(a):
    b = a
    return b, NOT_DEFINED


def local_unbound_after_global(a):
    if a:
        b = 1
    return G, b


show(global_after_local, 5)
show(local_after_global, 3)
show(global_missing, 1)
show(local_unbound_after_global, 0)
show(local_unbound_after_global, 1)


def boom(n):
    if n > 2:
        raise ValueError(n)
    return n * 2


def call_store(n):
    total = 0
    for k in range(n):
        r = boom(k)
        total += r
    return total


show(call_store, 3)
show(call_store, 5)


def gen_store():
    r = yield 1
    s = len(r)
    yield s


g = gen_store()
print(next(g), g.send("abcd"))


def lasti_in_subscr(xs, i):
    try:
        return xs[i]
    except IndexError:
        return sys.exc_info()[2].tb_lineno


print(lasti_in_subscr([], 3))


def loop(n):
    data = list(range(n))
    acc = 0
    for i in range(n):
        acc += data[i] * G
        v = abs(acc)
    return acc, v


print(loop(300))


# IS_OP+POP_JUMP_IF_FALSE/TRUE and LOAD_METHOD+LOAD_FAST.
def is_checks(a, b):
    out = []
    if a is b:
        out.append("is")
    if a is not b:
        out.append("is not")
    if not (a is None):
        out.append("not None")
    while a is not None:
        a = None
        out.append("loop")
    return out


x = object()
print(is_checks(x, x), is_checks(x, None), is_checks(None, None), is_checks(1, 1.0))


def method_then_local(xs, v):
    if v:
        w = v
    xs.append(w)
    return xs


show(method_then_local, [1], 2)
show(method_then_local, [1], 0)

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


# LOAD_FAST+POP_JUMP_IF_NONE/NOT_NONE and LOAD_FAST+STORE_ATTR.
def none_checks(a):
    out = []
    if a is None:
        out.append("none")
    if a is not None:
        out.append("value")
    while a is not None:
        a = None
        out.append("loop")
    return out


print(none_checks(None), none_checks(0), none_checks(""))


def none_unbound(flag):
    if flag:
        a = 1
    if a is None:
        return "none"
    return "value"


show(none_unbound, 1)
show(none_unbound, 0)


class Slotted:
    __slots__ = ("x",)


class Prop:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v


class Plain:
    pass


def store(obj, v):
    obj.x = v
    return obj.x


for obj, v in ((Plain(), 1), (Slotted(), 2), (Prop(), 3), (Prop(), -1), (object(), 4), (Plain(), 5)):
    show(store, obj, v)


def store_unbound(v, flag):
    if flag:
        o = Plain()
    o.x = v
    return o.x


show(store_unbound, 6, 1)
show(store_unbound, 7, 0)


def slices(xs):
    ys = list(xs)
    ys[1:3] = ["a", "b", "c"]
    del ys[0]
    zs = ys[::2]
    ys[::2] = [0] * len(zs)
    try:
        ys[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        del ys[99]
    except IndexError as e:
        print("IndexError", e)
    return ys, zs, xs[1:-1:1]


print(slices(range(8)))

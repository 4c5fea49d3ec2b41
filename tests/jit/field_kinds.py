# Float attributes that traces read without checking each value's kind
# (an instance layout records which of its slots have held only floats):
# every way of storing another kind of value into such a slot must reach
# the hot loops that read it. An int read as a float's bits would print
# a tiny denormal instead of the sum.
import copy


def total(objs, n):
    t = 0.0
    for _ in range(n):
        for o in objs:
            t += o.x * 0.5
    return t


def report(name, objs, n=200):
    try:
        print(name, total(objs, n))
    except TypeError as e:
        print(name, 'TypeError:', e)


# STORE_ATTR through a site whose cache holds the slot (the interpreter's
# fast path), with floats first, then an int, None and a str.
class A:
    def __init__(self, x):
        self.x = x


def set_x(o, v):
    o.x = v


objs = [A(float(i)) for i in range(4)]
for i in range(300):
    set_x(objs[i % 4], float(i % 4))
report('site float', objs)
set_x(objs[2], 3)
report('site int', objs)
set_x(objs[2], True)
report('site bool', objs)
set_x(objs[1], None)
report('site None', objs)
set_x(objs[1], 'abc')
report('site str', objs)


# setattr, object.__setattr__, and a method's STORE_ATTR.
class B:
    def __init__(self, x):
        self.x = x

    def put(self, v):
        self.x = v


objs = [B(1.5) for _ in range(3)]
report('setattr float', objs)
setattr(objs[0], 'x', 4)
report('setattr int', objs)
objs = [B(1.5) for _ in range(3)]
object.__setattr__(objs[1], 'x', 6)
report('object.__setattr__', objs)
objs[1].put(2.0)
objs[2].put(10)
report('method store', objs)


# __dict__ writes, deletion and re-adding.
class C:
    def __init__(self, x):
        self.x = x


objs = [C(2.5) for _ in range(3)]
report('dict float', objs)
objs[0].__dict__['x'] = 8
report('dict int', objs)
objs = [C(2.5) for _ in range(3)]
report('del before', objs)
del objs[1].x
objs[1].x = 12
report('del and add int', objs)
vars(objs[2]).update(x=14)
report('vars update', objs)


# __slots__ members.
class S:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


objs = [S(0.25) for _ in range(3)]
report('slots float', objs)
objs[2].x = 16
report('slots int', objs)
S.x.__set__(objs[0], 18)
report('slots descriptor', objs)


# Layout transitions: a slot's kind recorded on a shorter layout holds for
# the layouts extending it, made before or after.
class T:
    pass


def make_t(x, more):
    o = T()
    o.x = x
    if more:
        o.y = 1.0
    return o


objs = [make_t(1.0, True) for _ in range(3)]
report('transition float', objs)
objs.append(make_t(20, False))
objs[-1].y = 2.0  # moves to the layout the loop has seen
report('transition int', objs)
objs.append(make_t(22, True))
report('transition in init', objs)


class U:
    pass


objs = []
for i in range(3):
    o = U()
    o.x = 1.0
    o.y = 2.0
    objs.append(o)
report('extended float', objs)
o = U()
o.x = 24  # the shorter layout learns the int after the longer one exists
o.y = 3.0
o.z = 4.0  # and a layout made after it
objs.append(o)
report('extended int', objs)


class P:
    pass


def add_x(o, v):
    o.x = v  # the site learns the layout transition that adds x


objs = []
for i in range(5):
    o = P()
    add_x(o, 1.0)
    objs.append(o)
report('add site float', objs)
add_x(objs[3], 36)  # the same site, on an instance that has x already
report('add site int', objs)


class R:
    pass


o = R()
o.x = 34  # an int on the shorter layout before the longer one exists
o.y = 1.0
objs = []
for i in range(7):
    f = R()
    f.x = 1.0
    f.y = 1.0
    objs.append(f)
report('new layout float', objs)
objs.append(o)
report('new layout int', objs)


# __class__ assignment and copies.
class V:
    def __init__(self, x):
        self.x = x


class W:
    def __init__(self, x):
        self.x = x


objs = [V(0.5) for _ in range(3)]
report('class float', objs)
w = W(26)
w.__class__ = V
objs.append(w)
report('class int', objs)
objs = [V(0.5) for _ in range(3)]
c = copy.copy(objs[0])
c.x = 28
objs.append(c)
report('copy int', objs)
d = copy.deepcopy(W(30))
d.__class__ = V
objs.append(d)
report('deepcopy class int', objs)


# Stores by traces: a hot loop that stores ints into the slot another
# hot loop reads as floats, and a loop doing both.
class X:
    def __init__(self, x):
        self.x = x


objs = [X(1.0) for _ in range(4)]
report('trace store before', objs)
for i in range(300):
    objs[i % 4].x = float(i)
report('trace store float', objs)
for i in range(300):
    objs[i % 4].x = i
report('trace store int', objs)


class Y:
    def __init__(self, x):
        self.x = x


objs = [Y(1.0) for _ in range(4)]
t = 0.0
for i in range(400):
    a = objs[i % 4]
    t += a.x
    if i >= 200:
        objs[(i + 1) % 4].x = i  # another instance of the same layout
print('load then store', t)


# Helper calls that store another kind while a loop reads the slot: the
# loads after the call check the layout again.
class Z:
    def __init__(self, x):
        self.x = x


calls = 0


def poke(*args):  # not inlined: a helper call that runs Python code
    global calls
    calls += 1
    if calls == 250:
        args[0].x = 32
    return calls


z = Z(1.0)
t = 0.0
for i in range(400):
    t += z.x
    poke(z)
    t += z.x * 2.0
print('helper store', t, z.x)


class Q:
    def __init__(self, x):
        self.x = x


objs = [Q(1.0) for _ in range(4)]
calls = 0
t = 0.0
for i in range(400):
    for o in objs:
        t += o.x
    poke(objs[i % 4])
print('helper store in outer loop', t)


# A recording that loads floats from a slot and then stores an int into
# it (another instance of the layout) is given up and made again; each
# exec makes a new class and a new loop, one of which is recorded in the
# iteration of its first int store.
src = '''
class K:
    def __init__(self, x):
        self.x = x


def run(k):
    objs = [K(1.0) for _ in range(4)]
    t = 0.0
    for i in range(300):
        t += objs[i % 4].x
        if i >= k:
            objs[(i + 1) % 4].x = i
    return t


print('store while recording', k, run(k))
'''
for k in range(95, 110):
    exec(src, {'k': k})

# Closures: cells, late binding, nonlocal, global.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))
d = counter()
print(d(), c())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

g = 10
def set_global():
    global g
    g = 20
set_global()
print(g)

def make_pair():
    v = []
    def push(x):
        v.append(x)
    def get():
        return list(v)
    return push, get
push, get = make_pair()
push(1); push(2)
print(get())

def closure_cells():
    a = 1
    b = 2
    def f():
        return a + b
    return f
f = closure_cells()
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(f.__code__.co_freevars)

def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    print(f())
unbound()

def local_before_assign():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
local_before_assign()

def rebinding():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(rebinding())

def nested_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 1
        b(); b()
    a()
    return x

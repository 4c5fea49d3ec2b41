# yield from: delegation, return values, send/throw forwarding.
def sub():
    x = yield 'sub1'
    print('sub got', x)
    yield 'sub2'
    return 'sub-result'
def outer():
    r = yield from sub()
    print('sub returned', r)
    yield 'outer'
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def catcher():
    try:
        yield 1
    except KeyError:
        yield 'caught in sub'
def deleg():
    yield from catcher()
d = deleg()
next(d)
print(d.throw(KeyError))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def ret_only():
    return 42
    yield
def get():
    v = yield from ret_only()
    yield v
print(list(get()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('sub closed')
def d2():
    yield from closer()
g = d2()
next(g)
g.close()
def with_iter():
    r = yield from iter([1, 2])
    yield r
print(list(with_iter()))
def tree(n):
    if n == 0:
        return 0
    a = yield from tree(n - 1)
    yield n
    return a + n
def collect():
    total = yield from tree(4)
    yield 'total', total
print(list(collect()))

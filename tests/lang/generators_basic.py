# Generator basics: laziness, state, return value, exhaustion.
def gen(n):
    print('start')
    for i in range(n):
        print('yield', i)
        yield i
    print('end')
    return 'done'
g = gen(2)
print('created', type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)
print(list(gen(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for x in with_finally():
    print(x)
    break
print('after break')
def inner_state():
    total = 0
    for i in range(5):
        total += i
        yield total
print(list(inner_state()))
g = gen(1)
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.__name__, g.__qualname__)
import inspect
print(inspect.getgeneratorstate(g))
list(g)
print(inspect.getgeneratorstate(g))
def gen_expr_equiv():
    return (i * 2 for i in range(3))
print(sum(gen_expr_equiv()))
it = iter(gen(0))
print(it is iter(it))

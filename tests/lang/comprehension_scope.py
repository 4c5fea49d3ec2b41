# Comprehension scoping: iteration variables do not leak; first iterable evaluated outside.
x = 'outer'
print([x for x in range(3)], x)
print({x for x in 'ab'} == {'a', 'b'}, x)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    factor = 10
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = str(e)
    first_ok = [factor for _ in range(2)] if False else 'skipped'
print(C.doubled, C.scaled)
def f():
    n = 3
    return [[n * i for i in range(j)] for j in range(n)]
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
def first_iter_evaluated_eagerly():
    gen = (y for y in data)
    return gen
data = [1, 2]
gen = first_iter_evaluated_eagerly()
data = [9]
print(list(gen))
try:
    def h():
        g = (z for z in undefined_name)
    h()
except NameError as e:
    print(type(e).__name__, e)
lazy = (undefined2 for _ in range(1))
try:
    next(lazy)
except NameError as e:
    print(type(e).__name__, e)
y = 5
print([y for _ in range(2)])
print([[y] for y in range(2)], y)

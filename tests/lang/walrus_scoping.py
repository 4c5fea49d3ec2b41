# := in comprehensions binds in the enclosing function scope; restrictions inside classes.
def f():
    [y := i * 2 for i in range(3)]
    return y
print(f())
def g():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total
print(g())
def h(data):
    if any((bad := x) < 0 for x in data):
        return f'first negative {bad}'
    return 'all non-negative'
print(h([1, 2, -3, -4]), h([1]))
def nested():
    res = [[(last := j) for j in range(i)] for i in range(4)]
    return res, last
print(nested())
while (chunk := [1, 2, 3][:0]):
    pass
print('walrus while ok', chunk)
print([(a, b) for a in range(3) if (b := a * a) > 0])

# Nested function definitions: defaults, closures over loop vars, recursion inside.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(10))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print([c('a'), c('b'), c('a'), c('a')])
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def func_attrs():
    def helper():
        """doc"""
    return helper.__name__, helper.__qualname__, helper.__doc__
print(func_attrs())
def returns_function(flag):
    if flag:
        def f(): return 'first'
    else:
        def f(): return 'second'
    return f
print(returns_function(True)(), returns_function(False)())

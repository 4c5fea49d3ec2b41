# Lambdas capturing variables, default-argument snapshots, and recursion through names.
x = 10
f = lambda: x
x = 20
print(f())
g = lambda x=x: x
x = 30
print(g(), g(1))
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print([adders[n](100) for n in range(3)])
compose = lambda *fs: lambda v: __import__('functools').reduce(lambda acc, fn: fn(acc), fs, v)
print(compose(lambda a: a + 1, lambda a: a * 2, str)(5))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print((lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, e=5))
print(sorted(['b1', 'a2', 'c0'], key=lambda s: s[1]))

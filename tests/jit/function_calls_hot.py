# Hot calls: recursion, closures, defaults, *args/**kwargs, keyword arguments.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def make_adder(k):
    def add(x):
        return x + k
    return add
adders = [make_adder(k) for k in range(10)]
t = 0
for i in range(1000):
    t += adders[i % 10](i)
print(t)
def kw(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)
s = 0
for i in range(500):
    if i % 4 == 0:
        s += kw(i)
    elif i % 4 == 1:
        s += kw(i, 1, 2, 3, c=0)
    elif i % 4 == 2:
        s += kw(a=i, b=0, z=1)
    else:
        s += kw(*(i, 5), **{'c': 1})
print(s)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(sum(gcd(i, 360) for i in range(1, 1000)))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
for i in range(1000):
    c.inc().inc(2)
print(c.n)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sum(depth(i % 50) for i in range(300)))
f = lambda x, y=1: x * y
print(sum(f(i, 2) if i % 2 else f(i) for i in range(1000)))

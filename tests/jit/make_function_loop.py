# Functions made in a hot loop: lambdas with defaults, closures over the
# loop's variables (LOAD_CLOSURE, MAKE_FUNCTION), called at once or kept.


def outer(n):
    total = 0
    kept = []
    for i in range(n):
        k = i % 7
        f = lambda x, k=k: x * k + 1
        def g(y):
            return y + k + i
        total += f(i) + g(2)
        if i % 50 == 0:
            kept.append((f, g))
    return total, len(kept), kept[-1][0](3), kept[-1][1](3)


def with_kwdefaults(n):
    out = 0
    for i in range(n):
        def h(a, *, b=i, c=2):
            return a + b * c
        out += h(1) + h(1, c=i % 3)
        if i == n - 3:
            out += len(h.__kwdefaults__)
    return out


print(outer(2000))
print(with_kwdefaults(400))

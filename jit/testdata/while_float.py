def g(n):
    i = 0
    x = 0.5
    s = 0.0
    while i < n:
        s += x * i - 1.5
        if s > 1e300:
            s = 0.0
        i += 1
    return s
print(g(1000))

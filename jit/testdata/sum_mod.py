def f(n):
    t = 0
    for i in range(n):
        t += i * i % 7
    return t
print(f(1000))

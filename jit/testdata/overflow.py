def h(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
print(h(100))

# while loops with complex conditions, counters and early returns.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))
i, j = 0, 1000
while i < j and (i * j) % 1013 != 7:
    i += 1
    j -= 1
print(i, j)
n = 0
while True:
    n += 1
    if n % 3 == 0 and n % 5 == 0 and n % 7 == 0:
        break
print(n)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    return -1
data = list(range(0, 3000, 3))
print(find(data, 2997), find(data, 1000), find(data, 0))
x = 1.0
k = 0
while x < 1e100:
    x *= 1.5
    k += 1
print(k, x > 1e100)
a = b = 0
while a < 500:
    a += 1
    if a % 2:
        continue
    b += a
else:
    print('while-else', a, b)

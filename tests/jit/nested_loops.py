# Nested hot loops with break/continue/else, and loop-carried values.
count = 0
for i in range(100):
    for j in range(100):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        count += i ^ j
print(count)
primes = []
for n in range(2, 600):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(len(primes), primes[-5:])
matrix = [[i * j for j in range(30)] for i in range(30)]
t = 0
i = 0
while i < 30:
    j = 0
    while j < 30:
        t += matrix[i][j] if (i + j) % 2 else -matrix[j][i]
        j += 1
    i += 1
print(t)
found = None
for a in range(1, 60):
    for b in range(a, 60):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 120:
            found = (a, b, c)
            break
    if found:
        break
print(found)

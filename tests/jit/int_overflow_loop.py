# A hot loop whose int accumulator overflows int64 midway and becomes a big int.
acc = 1
for i in range(200):
    acc = acc * 3 + 1
    if i in (38, 39, 40, 41, 199):
        print(i, acc, acc > 2**63)
x = 2**62
for i in range(5):
    x += 2**61
    print(x, x - 2**63)
n = -2**63 + 3
for i in range(6):
    n -= 1
    print(n)
m = 2**32
for i in range(3):
    m *= m
    print(m)
total = 0
for i in range(100000):
    total += i * i * i
print(total)
neg = 0
for i in range(3000):
    neg -= 2**60
print(neg, neg // 7, neg % 7)

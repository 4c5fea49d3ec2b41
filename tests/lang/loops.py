# for/while loops with break, continue, else.
for i in range(3):
    print('for', i)
else:
    print('for else ran')
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
print('n', n)
for i in range(6):
    if i % 2:
        continue
    print('even', i)
for i in []:
    pass
else:
    print('empty for else')
print(i)
for x in range(3):
    for y in range(3):
        if y == x:
            break
    else:
        print('inner completed', x)
total = 0
for a, b in zip(range(4), range(10, 14)):
    total += a * b
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
i = 10
for i in range(2):
    pass
print(i)
count = 0
while count < 1000000:
    count += 7
print(count)
for ch in 'hé€😀':
    print(ch, ord(ch))

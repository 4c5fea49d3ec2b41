# Loop-carried variables switching between int, float and big int repeatedly.
x = 1
trace = []
for i in range(600):
    if i % 150 == 0:
        x = float(x)
    elif i % 150 == 75:
        x = int(x)
    x = x * 2 if x < 1e6 else x // 3
    if i % 100 == 0:
        trace.append((i, type(x).__name__, x))
print(trace)
y = 0
for i in range(300):
    y += 2**62 if i % 2 else -(2**62)
    y += 1
print(y, type(y).__name__)
z = 0.5
for i in range(200):
    z = (z * 3) % 1 if i % 10 else round(z * 1000)
print(z)

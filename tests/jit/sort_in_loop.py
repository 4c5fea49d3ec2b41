# Sorting and min/max with key functions inside loops; key functions change behaviour mid-loop.
state = 1234
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
data = [rand(1001) for _ in range(200)]
checks = 0
for i in range(100):
    key = (lambda x: x) if i < 50 else (lambda x: -x)
    s = sorted(data, key=key)
    checks += s[0] + s[-1] * 2
print(checks)
print(data[:5], sorted(data)[:5], max(data), min(data))
pairs = [(rand(10**6) / 10**6, i) for i in range(300)]
pairs.sort()
print([p[1] for p in pairs[:5]], pairs[0][0])
words = [''.join('abc'[rand(3)] for _ in range(3)) for _ in range(100)]
print(sorted(set(words))[:5], len(set(words)), sorted(words, key=lambda w: (w[::-1], w))[:3])

# Strings built and scanned in hot loops, including non-ASCII.
parts = []
for i in range(1000):
    parts.append(str(i))
s = ','.join(parts)
print(len(s), s[:20], s[-10:])
count = 0
for ch in s:
    if ch == '7':
        count += 1
print(count)
t = ''
for i in range(300):
    t += 'é€😀'[i % 3]
print(len(t), t[:6], t.count('😀'), len(t.encode('utf-8')))
rev = ''
for ch in 'hello wörld':
    rev = ch + rev
print(rev)
words = []
for i in range(200):
    words.append(f'{i:03d}-{i * i:x}')
print(words[:3], words[-1])
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'the quick brown fox' * 20)
print(caesar[:40])
n = 0
text = 'abracadabra' * 100
i = text.find('cad')
while i != -1:
    n += 1
    i = text.find('cad', i + 1)
print(n)

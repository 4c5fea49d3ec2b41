# String slicing and indexing in hot loops with ASCII and non-ASCII text.
text = 'The quick brown fox jumps over the lazy dog. ' * 20
count = 0
for i in range(len(text) - 3):
    if text[i:i + 3] == 'the' or text[i:i + 3] == 'The':
        count += 1
print(count)
uni = 'naïve café résumé 😀 ' * 30
letters = 0
for i in range(len(uni)):
    if uni[i].isalpha():
        letters += 1
print(letters, len(uni), uni[-5:], uni[::50])
pal = 0
s = 'abacabadabacaba' * 5
for i in range(len(s)):
    for j in range(i + 1, min(len(s), i + 8) + 1):
        sub = s[i:j]
        if sub == sub[::-1]:
            pal += 1
print(pal)

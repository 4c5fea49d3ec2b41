# str case methods and predicates.
s = 'Hello, World ß İ ǅ'
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print('hello world'.title(), "they're bill's".title(), 'ß'.upper(), 'ﬁ'.upper())
for t in ['abc', 'ABC', 'Abc', 'abc1', '123', '½', '٣', ' ', '', 'a b', 'Title Case', '\t\n', 'x_1', '_', 'é', '²']:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print('ǅ'.lower(), 'ǅ'.upper(), 'ǆ'.title(), 'ŉ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower())

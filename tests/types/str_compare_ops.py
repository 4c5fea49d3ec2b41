# String comparisons, multiplication, concatenation, membership and conversion.
words = ['banana', 'Apple', 'cherry', 'apple', 'éclair', 'Zebra', '', 'a', 'ab', '😀']
print(sorted(words))
print(sorted(words, key=str.casefold))
print('a' < 'b' < 'c', 'abc' < 'abd', 'abc' < 'ab', 'A' < 'a', 'Z' < 'a', 'a' * 3 == 'aaa')
print(max(words), min(words), 'app' in 'apple', 'ppl' not in 'apple')
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
print(str(1) + str(2.0) + str(None) + str([1]) + str((1,)) + str({1: 2}))
print('abc'.__add__('d'), 'ab'.__mul__(2), 'x'.__rmul__(3), 'abc'.__contains__('b'), 'b'.__lt__('a'))
s = 'x'
for _ in range(4):
    s = s + s
print(len(s))
print('é' == 'é', len('é'), 'e\u0301' == 'é')

# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 == 1, (5 & 3) == 1)
print(not 1 == 2, not (1 == 2), -3 % 5, -(3 % 5))
print(1 < 2 == 2, 1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)())
print(True or False and False, (True or False) and False)
print(~1 + 1, ~(1 + 1), -~5, ~-5)
print(3 - -3, 3 - - - 3, +-+1)
x = [1, 2, 3]
print(x[1] ** 2, -x[0], not x, x * 2 + [0])
print('a' + 'b' * 3, ('a' + 'b') * 3, 2 * 'ab' + 'c')
print(1 in [1] == True, (1 in [1]) == True)
print(5 > 3 > 1 and 'chain', 0 or None or '')
print(2 + 3 if True else 0, 2 + (3 if False else 0))
print(1 @ 1 if False else 'matmul skipped', [1, 2][-1:][0])
a = b = 3
a += b * 2
print(a, b)
print(*[1, 2] * 2)
print(12 & 10 | 1, 12 & (10 | 1), 2 ** 2 * 3, 2 * 2 ** 3)
print(not not 0, - - 1, (yield_ := 3) + 1)

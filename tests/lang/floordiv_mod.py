# Floor division and modulo sign rules for ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e300, 1e-300)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    for name, f in (('//', lambda x, y: x // y), ('%', lambda x, y: x % y), ('divmod', divmod)):
        try:
            print(f(a, b))
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0)
print(2**100 // 7, 2**100 % 7, -(2**100) // 7, -(2**100) % 7)
print(2**100 // -(2**50), 2**100 % -(2**50 + 1))
print(divmod(-2**70, 3), divmod(2**70, -3))
print(divmod(7, 2.5), divmod(-7, 2.5))
print(True // 2, True % 2, 10 // True)

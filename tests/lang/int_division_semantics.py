# True division of large ints is correctly rounded; int/float mixed ops.
print(10**20 / 3, (10**20 + 1) / 10**20, 2**1000 / 2**999, (2**1000 + 1) / 2**1000)
print(1 / 2**1074 if False else 2**-1074, (2**53 + 1) / 2, 7 // 2.0, 7 % 2.0, -7 // 2.0)
print(10**400 // 10**398, 10**400 % 7, (-10**400) // 10**399)
try:
    10**400 / 10**(-1) if False else (10**400) / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 / 10**399, 1 / 10**400, 10**-400 if False else 0.0)
print(3 / 4, -3 / 4, 3 / -4, 0 / 5, -0 / 5, 0.0 / -5, type(4 / 2).__name__)
print(divmod(10**20, 7), divmod(-10**20, 7), divmod(10**20, -7))
print(2**63 // 3, 2**63 % 3, -(2**63) // 3, (2**63 - 1) // -1, (-2**63) // -1)

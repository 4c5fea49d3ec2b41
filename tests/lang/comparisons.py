# Comparison operators, chaining, and cross-type rules.
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0 == True, 3 > 2 >= 2 > 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] < [0])
print('abc' < 'abd', 'Z' < 'a', 'é' > 'z', '' < 'a')
print(b'a' < b'b', (1, 2) == (1, 2), [1] == [1.0])
print(1 == 1.0, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 == 2.0**53, float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,))
x = 1
print(None == None, None is None, None == 0, x is not None)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1} == frozenset({1}))
print({'a': 1} == {'a': 1.0}, {'a': 1} == {'a': 2})
for a, b in [(1, 'a'), ([], ()), (None, 1), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 != 'a', [] != (), 0 == False, '' == b'')
x = 5
print(1 < x < 10, not 1 < x < 4, 0 <= x <= 5 < 6)
print(1 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 'bc' in 'abc', '' in 'x')
print(2 in {2: 'x'}, 'x' in {2: 'x'}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(max([3, 1, 2]) == 3 and min('bca') == 'a')
print(10**20 > 1e19, 10**400 > 1e308, -10**400 < -1e308, 10**400 > float('inf'))
print(2**1000 == 2.0**1000, 3**100 < 3.0**100)

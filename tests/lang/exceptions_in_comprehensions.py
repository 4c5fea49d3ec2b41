# Exceptions inside comprehensions and generator expressions propagate with partial work discarded.
def risky(x):
    if x == 3:
        raise ValueError(f'bad {x}')
    return x
out = 'unset'
try:
    out = [risky(x) for x in range(5)]
except ValueError as e:
    print(type(e).__name__, e, out)
seen = []
try:
    {seen.append(x) or x: risky(x) for x in range(5)}
except ValueError:
    print('seen before failure', seen)
g = (risky(x) for x in range(5))
vals = []
try:
    for v in g:
        vals.append(v)
except ValueError as e:
    print('partial', vals, e)
print(list(g))
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)

# Nested exception groups, the 15-member width limit and the depth limit.
def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e

inner = ExceptionGroup('inner', [leaf(1), TypeError('t')])
wide = ExceptionGroup('wide', [leaf(i) for i in range(17)])
deep = ValueError('deepest')
for d in range(12):
    deep = ExceptionGroup(f'level {d}', [deep])
try:
    raise ExceptionGroup('outer', [inner, KeyError('k'), wide, deep])
except ExceptionGroup as g:
    print(len(g.exceptions))
    raise

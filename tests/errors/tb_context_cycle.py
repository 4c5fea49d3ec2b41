# Context chains: explicit cause over context, suppressed context, a cycle.
def a():
    raise KeyError('a')

def b():
    try:
        a()
    except KeyError as e:
        raise ValueError('b') from None

def c():
    try:
        b()
    except ValueError as e:
        err = TypeError('c')
        err.__context__ = e
        e.__context__ = err
        raise err

try:
    c()
finally:
    print('cleanup')

# An exception raised in finally replaces the one in flight.
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
f()

# Uncaught error propagating through yield from.
def inner():
    yield 1
    raise KeyError('inner failed')
def middle():
    yield from inner()
def outer():
    yield from middle()
for v in outer():
    print('got', v)

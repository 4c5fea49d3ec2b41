# StopIteration inside a generator surfaces as RuntimeError with the cause shown.
def gen():
    it = iter([])
    yield next(it)
list(gen())

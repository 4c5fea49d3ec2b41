# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration('inner')
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def ok():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(ok()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
def gen_with_return_value():
    yield 1
    return 'val'
g = gen_with_return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
g = (x for x in [])
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)

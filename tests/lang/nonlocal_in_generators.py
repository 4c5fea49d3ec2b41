# nonlocal and closures used from generators and lambdas created in loops.
def make_counter_gen():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen(), peek
g, peek = make_counter_gen()
next(g); next(g)
print(peek(), next(g), peek())
def accumulate():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    results = [add(i) for i in range(5)]
    return results, total
print(accumulate())
def gen_closure():
    fs = []
    for i in range(3):
        def g(i=i):
            yield i
            yield i * 10
        fs.append(g)
    return [list(f()) for f in fs]
print(gen_closure())

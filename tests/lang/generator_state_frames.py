# Generator state transitions observed through inspect and gi_ attributes.
import inspect
def gen():
    x = yield 1
    try:
        yield x
    finally:
        print('finalizing')
g = gen()
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_running)
print(next(g), inspect.getgeneratorstate(g))
print(g.send('sent'), inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g)))
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame)
def delegator():
    yield from gen()
d = delegator()
next(d)
print(type(d.gi_yieldfrom).__name__)
d.close()
print(inspect.isgenerator(d), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(print))

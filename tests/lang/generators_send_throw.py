# send(), throw(), close() and their edge cases.
def echo():
    received = None
    while True:
        try:
            received = yield received
            print('got', received)
        except ValueError as e:
            print('caught', e)
            received = 'recovered'
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send('two'))
print(g.throw(ValueError('bad')))
print(g.throw(ValueError, ValueError('x')) if False else g.send(3))
g.close()
try:
    g.send(4)
except StopIteration:
    print('closed: StopIteration')
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g3 = closer()
next(g3)
g3.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = bad_closer()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def no_catch():
    yield 1
    yield 2
g5 = no_catch()
next(g5)
try:
    g5.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(g5))
g6 = no_catch()
try:
    g6.throw(IndexError)
except IndexError:
    print('throw before start propagates')
def returns_on_close():
    try:
        yield 1
    finally:
        print('finally on close')
g7 = returns_on_close()
next(g7)
del g7
import gc; gc.collect()
def running():
    yield g8.send(None)
g8 = running()
try:
    next(g8)
except ValueError as e:
    print(type(e).__name__, e)
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for i in range(5):
    a.send(i)
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)

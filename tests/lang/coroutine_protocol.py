# Coroutines driven by hand: send, throw, close, awaitables with __await__.
import types
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield f'suspend {self.v}'
        return (self.v, got)
async def coro():
    a = await Awaitable(1)
    b = await Awaitable(2)
    return a, b
c = coro()
print(c.send(None))
print(c.send('first resume'))
try:
    c.send('second resume')
except StopIteration as e:
    print('result', e.value)
c2 = coro()
c2.send(None)
try:
    c2.throw(KeyError('k'))
except KeyError as e:
    print('throw propagated', repr(e))
c3 = coro()
c3.send(None)
c3.close()
print('closed', c3.cr_frame is None)
@types.coroutine
def legacy():
    x = yield 'legacy yield'
    return x
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send('legacy value')
except StopIteration as e:
    print(e.value)
async def never_awaited():
    return 1
n = never_awaited()
n.close()
class BadAwait:
    def __await__(self): return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(type(e).__name__, e)

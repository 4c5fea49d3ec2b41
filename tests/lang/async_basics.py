# async def, await, async for/with driven by asyncio.run.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('aexit', exc[0].__name__ if exc[0] else None)
        return False
async def main():
    print(await add(1, 2))
    print([x async for x in agen(4)])
    async with ACM() as r:
        print('using', r)
    results = await asyncio.gather(add(1, 1), add(2, 2), add(3, 3))
    print(results)
    try:
        async with ACM():
            raise ValueError('in async with')
    except ValueError as e:
        print('caught', e)
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    return 'main done'
print(asyncio.run(main()))
coro = add(5, 6)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print('not reached', e.value)
except Exception as e:
    print(type(e).__name__)
coro.close()
async def simple():
    return 7
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
import inspect
print(inspect.iscoroutinefunction(simple), inspect.isasyncgenfunction(agen))

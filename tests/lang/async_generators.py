# Async generators: asend, athrow, aclose, and async comprehensions.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print('ticker got', received)
    finally:
        print('ticker cleanup')
async def main():
    g = ticker(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    try:
        await g.athrow(ValueError('thrown in'))
    except ValueError as e:
        print('athrow propagated:', e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('finished after athrow')
    g2 = ticker(5)
    await g2.__anext__()
    await g2.aclose()
    print([x async for x in ticker(3) if x != 1])
    print({x: x * 2 async for x in ticker(2)})
    async def squares():
        for i in range(4):
            await asyncio.sleep(0)
            yield i * i
    total = 0
    async for s in squares():
        total += s
    print('total', total)
asyncio.run(main())

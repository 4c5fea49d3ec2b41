# aiter and anext builtins.
import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    try:
        aiter([1])
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())

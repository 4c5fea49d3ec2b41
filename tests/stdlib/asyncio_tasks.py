# asyncio: tasks, cancellation, wait_for, Queue, Event, Lock, timers.
import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise
async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result='slept'))
    print(t.done(), await t, t.done(), t.result())
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(i, q, out)) for i in range(2)]
    for i in range(5):
        await q.put(i)
    await q.join()
    print(sorted(item for _, item in out))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    s = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(s.cancel())
    try:
        await s
    except asyncio.CancelledError:
        print('awaiting cancelled task raised CancelledError', s.cancelled())
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print('timed out')
    print(await asyncio.wait_for(asyncio.sleep(0, 'quick'), 1))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woken'
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(wt.done(), ev.is_set())
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(('in', n))
            await asyncio.sleep(0)
            order.append(('out', n))
    await asyncio.gather(critical(1), critical(2), critical(3))
    print(order)
    order = []
    async def timed(d, tag):
        await asyncio.sleep(d)
        order.append(tag)
    await asyncio.gather(timed(0.03, 'c'), timed(0.01, 'a'), timed(0.02, 'b'))
    print(order)
    try:
        await asyncio.gather(add_err(), asyncio.sleep(0))
    except ZeroDivisionError as e:
        print('gather raised', e)
    c = add_err()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(main))
    c.close()
    print(asyncio.current_task() is not None)
    return 'end'
async def add_err():
    return 1 / 0
print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'loop result')))
loop.close()

# bench: quick=2 full=300
"""Coroutines: async/await driven by hand with send(), without asyncio.

A tiny round-robin scheduler runs many `async def` tasks. Each task walks a
tree of nested awaits (coroutines awaiting coroutines), and at the leaves
awaits a Switch object whose __await__ yields control back to the scheduler,
or a Channel whose get() suspends until another task puts a value.
sys.argv[1] is the number of rounds. Prints the results of all tasks.
"""
import collections
import sys


class Switch:
    """Awaiting a Switch lets the scheduler run the other tasks."""

    __slots__ = ()

    def __await__(self):
        yield None


class Channel:
    """An unbounded queue; get() suspends while it is empty."""

    def __init__(self):
        self.items = collections.deque()

    def put(self, item):
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Switch()
        return self.items.popleft()


class Scheduler:
    def __init__(self):
        self.ready = collections.deque()
        self.results = {}
        self.switches = 0

    def spawn(self, name, coroutine):
        self.ready.append((name, coroutine))

    def run(self):
        while self.ready:
            name, coroutine = self.ready.popleft()
            try:
                coroutine.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
            else:
                self.switches += 1
                self.ready.append((name, coroutine))


async def tree_sum(depth, seed):
    if depth == 0:
        await Switch()
        return seed % 7
    left = await tree_sum(depth - 1, seed * 2 + 1)
    right = await tree_sum(depth - 1, seed * 2 + 2)
    return left + right + 1


async def producer(channel, count):
    for i in range(count):
        channel.put(i * i % 101)
        if i % 4 == 0:
            await Switch()
    channel.put(None)
    return count


async def consumer(channel):
    total = 0
    while True:
        item = await channel.get()
        if item is None:
            return total
        total += item


def run_round(r):
    scheduler = Scheduler()
    for i in range(8):
        scheduler.spawn("tree%d" % i, tree_sum(8, i + r))
    for i in range(4):
        channel = Channel()
        scheduler.spawn("producer%d" % i, producer(channel, 300 + 50 * i))
        scheduler.spawn("consumer%d" % i, consumer(channel))
    scheduler.run()
    return scheduler


def main():
    rounds = int(sys.argv[1])
    totals = collections.Counter()
    switches = 0
    for r in range(rounds):
        scheduler = run_round(r)
        switches += scheduler.switches
        totals.update(scheduler.results)
    for name in sorted(totals):
        print("%s %d" % (name, totals[name]))
    print("switches %d" % switches)


main()

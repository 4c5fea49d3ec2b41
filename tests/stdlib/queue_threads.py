# queue: FIFO, LIFO and priority order, maxsize, Empty/Full with and
# without timeouts, task_done/join, and producer/consumer threads.
import queue
import threading

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sorted(queue.__all__))
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), [q.get() for _ in range(5)], q.empty())
    show(lambda: q.get_nowait())
    show(lambda: q.get(timeout=0.01))
    show(lambda: q.get(timeout=-1))
q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
show(lambda: q.put_nowait(3))
show(lambda: q.put(3, timeout=0.01))
show(lambda: q.put(3, block=False))
print(q.get(), q.get(), q.full())
q.task_done()
q.task_done()
show(lambda: q.task_done())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Queue[int])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])

# Producers and consumers.
work = queue.Queue(maxsize=3)
results = queue.Queue()

def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * item)
        work.task_done()

threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    work.put(i)
for _ in threads:
    work.put(None)
work.join()
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out) == [i * i for i in range(30)], results.qsize(), work.unfinished_tasks)

sq = queue.SimpleQueue()
def later():
    sq.put("from thread")
t = threading.Thread(target=later)
t.start()
print(sq.get(timeout=5))
t.join()

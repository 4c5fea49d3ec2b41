# Condition, Event, Semaphore, BoundedSemaphore, Barrier, Timer, local.
import threading

cond = threading.Condition()
items = []

def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())

got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(got))

ev = threading.Event()
seen = []
def waiter():
    seen.append(ev.wait(5))
w = threading.Thread(target=waiter)
w.start()
ev.set()
w.join()
print(seen, ev.is_set(), threading.Event().wait(0.01))

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)

order = []
barrier = threading.Barrier(3, action=lambda: order.append('all arrived'))
def party(i):
    barrier.wait()
    with cond:
        order.append(i)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[0], sorted(order[1:]), barrier.broken)

fired = []
t = threading.Timer(0.01, fired.append, args=['timer'])
t.start()
t.join()
c = threading.Timer(10, fired.append, args=['cancelled'])
c.start()
c.cancel()
c.join()
print(fired)

data = threading.local()
data.x = 'main'
def show():
    data.x = 'worker'
    print('worker sees', data.x)
s = threading.Thread(target=show)
s.start()
s.join()
print('main sees', data.x)

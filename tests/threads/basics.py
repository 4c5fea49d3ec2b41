# Threads with join, locks, RLock, results collected under a lock.
import threading
import _thread

results = []
lock = threading.Lock()

def work(n, scale=1):
    s = 0
    for i in range(n):
        s += i * scale
    with lock:
        results.append(s)

ts = [threading.Thread(target=work, args=(20000 * (k + 1),), kwargs={'scale': 2}) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(ts[0].name, ts[0].is_alive(), ts[0].daemon, threading.active_count())

l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)

r = threading.RLock()
with r:
    with r:
        print('reentered')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

done = []
ident = _thread.start_new_thread(lambda a, b: done.append(a + b), (1, 2))
while not done:
    pass
print(done, isinstance(ident, int))

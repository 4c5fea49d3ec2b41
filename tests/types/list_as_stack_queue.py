# Lists as stacks and queues; collections.deque operations.
stack = []
for c in '(a[b]{c})':
    if c in '([{':
        stack.append(c)
    elif c in ')]}':
        print('pop', stack.pop(), 'for', c)
print('balanced', not stack)
from collections import deque
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.popleft(), q.pop(), len(q), q[0], q[-1], q.maxlen)
q.rotate(1); print(q)
q.rotate(-2); print(q)
q.extendleft('ab'); print(q)
print(list(reversed(q)), q.count('a'), 'b' in q, q.index(2) if 2 in q else None)
q.clear()
try:
    q.pop()
except IndexError as e:
    print(type(e).__name__, e)
d = deque(range(10))
del d[2]
d.remove(7)
d.insert(1, 'x')
print(d, d == deque(d), d * 2 == deque(list(d) * 2))

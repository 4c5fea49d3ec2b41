# deque's methods check their arguments with CPython's messages, called
# bound (d.name), as a bound method kept in a variable, and unbound.
from collections import deque

NAMES = ['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft',
         'clear', 'copy', '__copy__', 'count', 'index', 'insert', 'remove',
         'reverse', 'rotate', '__reversed__', '__reduce__']

for name in NAMES:
    for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
        d = deque([1, 2, 3])
        try:
            getattr(d, name)(*args)
        except TypeError as e:
            print(name, len(args), e)
        except (ValueError, IndexError) as e:
            print(name, len(args), type(e).__name__, e)
    try:
        getattr(deque([1]), name)(x=1)
    except TypeError as e:
        print(name, 'kw', e)

d = deque(range(5))
app, pop = d.append, d.popleft
for i in range(5, 10):
    app(i)
    print(pop(), end=' ')
print(d)
deque.append(d, 10)
print(deque.pop(d), d.rotate(2), d, d.index(7, 1, 5))
try:
    deque.append()
except TypeError as e:
    print(e)
try:
    deque.append([], 1)
except TypeError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)

import os, sys as system
from . import a
from ..pkg.mod import (b as c, d,)
from ... import e
from x import *
global g
x = y = 1
x: int = 5
(x): int
obj.attr: str
a[0]: list[int] = []
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x >>= 8; x <<= 9; x &= 10; x ^= 11; x |= 12; x @= 13
del a, b[0], c.d, (e, f), [g]
assert x, "msg"
raise
raise E
raise E from cause
pass
*a, b = c
a, *b = c
[a, (b, c)] = d
for i in range(10):
    if i:
        break
    elif i > 2:
        continue
    else:
        pass
else:
    pass
async def f(a, /, b: int = 1, *args: int, c, d=2, **kwargs) -> None:
    async for x in y:
        await z
    async with a as b, c:
        yield
    return x
while True:
    nonlocal_ = 1
else:
    pass
with (a as b, c as d,):
    pass
with (yield):
    pass
with a as (b, c), d as [e]:
    pass
try:
    pass
except ValueError as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
try:
    pass
finally:
    pass
@decorator
@decorator.attr(arg)
@(lambda f: f)
class C(Base, metaclass=Meta, **kw):
    """doc"""
    def method(self, *, key=None): ...
def g():
    global x
    def h():
        nonlocal y
    yield from h()
    x = yield 1, 2

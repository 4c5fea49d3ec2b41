# with statements: enter/exit order, suppression, multiple items, exceptions.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with (CM('p') as p,
      CM('q')):
    print('parenthesized', p)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
try:
    with CM('outer', suppress=True), CM('inner'):
        raise TypeError('t')
except TypeError:
    print('not reached')
print('outer suppressed inner error')
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with CM('first'), EnterFails():
        print('no')
except RuntimeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('from exit')
try:
    with ExitRaises():
        raise KeyError('body')
except ValueError as e:
    print(type(e).__name__, e, 'context:', repr(e.__context__))
from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print('handled in cm')
    finally:
        print('teardown', tag)
with managed('m') as v:
    print('using', v)
with managed('z'):
    1 / 0
with suppress(KeyError):
    {}['missing']
print('suppress ok')
with ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(CM(n))
    print('stack body')

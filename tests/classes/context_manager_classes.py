# Context manager classes: state, reuse, exception info, nesting via ExitStack, reentrancy.
class Timer:
    depth = 0
    def __init__(self, name): self.name = name
    def __enter__(self):
        Timer.depth += 1
        print('  ' * Timer.depth + 'enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('  ' * Timer.depth + f'exit {self.name} exc={et.__name__ if et else None} tb={tb is not None}')
        Timer.depth -= 1
with Timer('outer') as o:
    with Timer('inner'):
        pass
    print(o.name)
try:
    with Timer('boom'):
        raise RuntimeError('x')
except RuntimeError:
    pass
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][0]
print('suppressed IndexError')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
class Reusable:
    def __init__(self): self.uses = 0
    def __enter__(self):
        self.uses += 1
        return self.uses
    def __exit__(self, *a): return False
r = Reusable()
with r as a:
    with r as b:
        print(a, b)
from contextlib import contextmanager, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name
    print(f'</{name}>')
with tag('a'), tag('b') as b:
    print('content', b)
with ExitStack() as st:
    st.callback(print, 'callback 1')
    st.callback(print, 'callback 2')
    st.enter_context(tag('stacked'))
with nullcontext('value') as v:
    print(v)
class Res:
    def close(self): print('closed resource')
with closing(Res()):
    print('using resource')
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

# add_note and __notes__ (3.11).
try:
    e = ValueError('base')
    e.add_note('first note')
    e.add_note('second note')
    raise e
except ValueError as exc:
    print(exc.__notes__)
e = KeyError('k')
print(hasattr(e, '__notes__'))
try:
    e.add_note(5)
except TypeError as exc:
    print(type(exc).__name__, exc)
class E(Exception):
    pass
x = E('x')
x.__notes__ = ['preset']
x.add_note('added')
print(x.__notes__)
x.__notes__ = 'not a list'
try:
    x.add_note('again')
except TypeError as exc:
    print(type(exc).__name__, exc)
import traceback
try:
    err = RuntimeError('boom')
    err.add_note('context: while testing')
    raise err
except RuntimeError as exc:
    print(traceback.format_exception_only(type(exc), exc))

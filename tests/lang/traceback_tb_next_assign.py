# tb_next is writable (a traceback or None), and TracebackException.format
# shows edits to .stack.
import traceback


def inner():
    raise ValueError('boom')


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    exc = e

tb = exc.__traceback__
names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)

# drop the middle frames
last = tb
while last.tb_next is not None:
    last = last.tb_next
tb.tb_next.tb_next = last
print([f.name for f in traceback.extract_tb(tb)])
tb.tb_next = None
print([f.name for f in traceback.extract_tb(tb)], exc.__traceback__ is tb)
print(''.join(traceback.format_exception(exc)).replace(__file__, 'FILE'))

for bad in (1, 'x', object()):
    try:
        tb.tb_next = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    tb.tb_next = tb
except ValueError as e:
    print('ValueError:', e)
tb.tb_next = last
try:
    last.tb_next = tb
except ValueError as e:
    print('ValueError:', e)
try:
    del tb.tb_next
except TypeError as e:
    print('TypeError:', e)
print([f.name for f in traceback.extract_tb(tb)])

# TracebackException.stack edits show in format()
try:
    outer()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
print(len(te.stack))
del te.stack[1:3]
print(''.join(te.format()).replace(__file__, 'FILE'))
te.stack = traceback.StackSummary.from_list([('f.py', 1, 'fn', 'line text')])
print(''.join(te.format()))
te2 = traceback.TracebackException.from_exception(exc)
te2.stack.append(traceback.FrameSummary('g.py', 2, 'gn', line='appended'))
print(''.join(te2.format()).replace(__file__, 'FILE'))


# chained: the cause's stack edited
def chained():
    try:
        outer()
    except ValueError as e:
        raise KeyError('k') from e


try:
    chained()
except KeyError as e:
    te3 = traceback.TracebackException.from_exception(e)
te3.__cause__.stack = traceback.StackSummary.from_list(te3.__cause__.stack[-1:])
print(''.join(te3.format()).replace(__file__, 'FILE'))

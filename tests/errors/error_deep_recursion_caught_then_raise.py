# After catching a RecursionError, a normal uncaught error prints a normal traceback.
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError:
    print('recovered from recursion')
def fail():
    raise LookupError('after recovery')
fail()

# A frame kept past its call (sys._getframe, a traceback) keeps the locals
# it had when the call ended.
import sys


def keep(a):
    y = "held"
    z = [a, y]
    return sys._getframe()


f = keep(7)
print(sorted(f.f_locals.items(), key=lambda kv: kv[0]))


def fail(n):
    w = n * 2
    raise ValueError(n)


try:
    fail(21)
except ValueError as e:
    tb = e.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print(sorted(tb.tb_frame.f_locals.items()))

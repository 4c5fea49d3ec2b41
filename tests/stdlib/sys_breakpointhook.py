# sys.breakpointhook, builtins.breakpoint and $PYTHONBREAKPOINT; also
# sys.call_tracing, the dlopen flags and getallocatedblocks.
import os
import sys

print(sys.breakpointhook is sys.__breakpointhook__)
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint(1, 2, sep='-')
os.environ['PYTHONBREAKPOINT'] = 'print'
print(sys.breakpointhook('x'))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('12'))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
# Unimportable names warn (on stderr) and return None.
for name in ['nosuchmod.f', 'os.nosuchattr', '.x', 'x.', 'nosuchbuiltin']:
    os.environ['PYTHONBREAKPOINT'] = name
    print(name, breakpoint())
# An error other than ImportError/AttributeError propagates.
os.environ['PYTHONBREAKPOINT'] = 'int'
try:
    breakpoint('z')
except ValueError as e:
    print('ValueError', e)

sys.breakpointhook = lambda *a, **k: ('hook', a, k)
print(breakpoint(1, k=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(repr(e))
sys.breakpointhook = sys.__breakpointhook__

print(sys.call_tracing(max, (3, 7)))
print(sys.call_tracing(lambda: 'no args', ()))
for bad in ([1], None):
    try:
        sys.call_tracing(max, bad)
    except TypeError as e:
        print(e)
try:
    sys.call_tracing(max)
except TypeError as e:
    print(e)
try:
    sys.call_tracing(func=max, args=())
except TypeError as e:
    print(e)

print(sys.getdlopenflags() == os.RTLD_NOW)
sys.setdlopenflags(os.RTLD_NOW | os.RTLD_GLOBAL)
print(sys.getdlopenflags() == os.RTLD_NOW | os.RTLD_GLOBAL)
try:
    sys.setdlopenflags('x')
except TypeError as e:
    print(e)
n = sys.getallocatedblocks()
keep = [[i] for i in range(10000)]
print(type(n) is int, n > 0, sys.getallocatedblocks() >= 10000)

# print with sep, end, file and flush.
import sys, io
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -- ', end='!\n')
print('no newline', end='')
print()
print()
print(1, 2, sep=None, end=None)
print(*range(5), sep=',')
print('to stderr', file=sys.stderr)
buf = io.StringIO()
print('into', 'buffer', file=buf, sep='_')
print(repr(buf.getvalue()))
print('flushed', flush=True)
print(None, True, 1.0, [1], {'a': 1}, (1,), b'b', sep='|')
for bad in [dict(sep=5), dict(end=[]), dict(file=5)]:
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print('é€😀')
sys.stdout.write('write returns ' + str(sys.stdout.write('')) + '\n')
print('tab\tsep', 'multi\nline')
print(file=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('x', 'y', file=w, end='E')
print(w.parts)

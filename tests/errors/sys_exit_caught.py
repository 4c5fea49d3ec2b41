# SystemExit can be caught and inspected; raise SystemExit directly.
import sys
for arg in [0, 5, 'msg', None, (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
raise SystemExit(2)

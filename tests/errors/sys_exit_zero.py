# sys.exit(0) and sys.exit(None) are successful exits; finally blocks run.
import sys
try:
    print('in try')
    sys.exit(0)
finally:
    print('finally runs on exit')

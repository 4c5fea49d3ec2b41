# sys.exit from nested calls with pending with/finally cleanup.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit handler sees', a[0].__name__)
        return False
def inner():
    with CM():
        sys.exit(4)
def outer():
    try:
        inner()
    finally:
        print('outer finally')
outer()

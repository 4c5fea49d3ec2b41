# callable() on all kinds of objects.
import math
class WithCall:
    def __call__(self): pass
class NoCall: pass
objs = [len, print, math.sqrt, lambda: 0, WithCall, WithCall(), NoCall, NoCall(), 1, 'str', None, [].append, str.upper, classmethod, type, object(), (x for x in [])]
print([callable(o) for o in objs])
nc = NoCall()
nc.__call__ = lambda: 1
print(callable(nc))

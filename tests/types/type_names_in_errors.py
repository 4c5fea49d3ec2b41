# Error messages name non-builtins types as CPython's tp_name does:
# module.Name (collections.deque, types.SimpleNamespace, _struct.Struct).
import collections, itertools, types, io, struct
objs = [collections.deque(), itertools.count(), types.SimpleNamespace(), io.BytesIO(), struct.Struct('i'), collections.OrderedDict(), 3, 'x', [1]]
for o in objs:
    for f in (lambda: hash(o), lambda: o.nosuch, lambda: o[0], lambda: len(o), lambda: iter(o), lambda: o + None, lambda: type(o).nosuch):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
for cls in (collections.deque, itertools.count, types.SimpleNamespace):
    try:
        cls[int]
    except TypeError as e:
        print(e)

# with-statement as-binding: __enter__ return values, tuple targets, attribute targets.
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Pair() as (a, b):
    print(a, b)
class Holder: pass
h = Holder()
class Val:
    def __init__(self, v): self.v = v
    def __enter__(self): return self.v
    def __exit__(self, *a): return None
with Val('attr') as h.attr, Val([0, 0]) as lst:
    lst[0] = h.attr
print(h.attr, lst)
d = {}
with Val('item') as d['k']:
    pass
print(d)
with Val(None) as n:
    print(n)
with Val(5):
    print('no as-target')
def f():
    with Val('returned from with') as v:
        return v
print(f())

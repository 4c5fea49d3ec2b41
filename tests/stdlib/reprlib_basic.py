# reprlib: size-limited reprs and recursive_repr.
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr(10 ** 50), reprlib.repr([[[[[[[1]]]]]]]))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3]), r.repr([]))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
n = Node(); n.children.append(n); print(n, Node.__repr__.__name__)

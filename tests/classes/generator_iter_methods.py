# Classes implementing __iter__ as a generator method, plus __next__ on the same object (iterator protocol).
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self):
        stack = [self]
        while stack:
            n = stack.pop()
            yield n.v
            stack.extend(reversed(n.kids))
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), list(t.depth_first()), sum(t), max(t), 5 in t, sorted(t, reverse=True))
class Fib:
    def __init__(self, limit): self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(f))
print(list(zip(Fib(10), Tree(7, Tree(8)))))

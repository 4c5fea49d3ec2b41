# zip/enumerate with infinite iterators, consumption order and strict mode partial consumption.
import itertools
print(list(zip(itertools.count(), 'abc')), list(enumerate('ab', start=-1)), list(enumerate('x', 2**70)))
it = iter([1, 2, 3, 4])
print(list(zip(it, 'ab')), list(it))
def gen(name, n):
    for i in range(n):
        print(f'{name} yields {i}')
        yield i
print(list(zip(gen('a', 2), gen('b', 3))))
try:
    for pair in zip(gen('x', 1), gen('y', 2), strict=True):
        print('pair', pair)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(*[[1, 2, 3]] * 1)), list(zip(*[iter(range(6))] * 2)))

# The operator module mirrors the dunder protocol.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(5), op.pos(-5))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.invert(5), op.not_(0), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(3, 2), op.gt(1, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'k': 'v'}, 'k'), op.concat([1], [2]))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1)
print(l, op.index(5), op.abs(-3), op.matmul.__name__)
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.attrgetter('real')(3j), op.attrgetter('__class__.__name__')(1))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'b')('aaa'))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iconcat([1], [3]), op.imul('ab', 2))
class V:
    def __add__(self, o): return 'V.__add__'
    def __radd__(self, o): return 'V.__radd__'
print(op.add(V(), 1), op.add(1, V()))

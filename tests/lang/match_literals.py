# match: literal, capture, wildcard, value, or-patterns and guards.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case b'bytes':
            return 'bytes'
        case n if isinstance(n, int) and n > 100:
            return 'big %d' % n
        case _:
            return 'other %r' % (x,)
for v in [0, 2, 'hello', True, None, -1, 1.5, 2j, b'bytes', 1000, 50, 'x', 1.0, False]:
    print(repr(v), '->', describe(v))
class Color:
    RED = 'red'
    GREEN = 'green'
def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case other:
            return 'unknown ' + other
print(color('red'), color('green'), color('blue'))
def guard(p):
    match p:
        case x if x < 0:
            return 'neg'
        case x if x == 0:
            return 'zero'
        case x:
            return 'pos %d' % x
print([guard(i) for i in (-5, 0, 5)])
def or_capture(v):
    match v:
        case [x] | (x, _):
            return x
        case _:
            return None
print(or_capture([1]), or_capture((2, 3)), or_capture([1, 2, 3]))
x = 'unchanged'
match 42:
    case x:
        pass
print(x)

# match: nested patterns, as-bindings, dotted names, mixing sequence/mapping/class patterns.
import enum
class Op(enum.Enum):
    ADD = '+'
    MUL = '*'
class Num:
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
class BinOp:
    __match_args__ = ('op', 'l', 'r')
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
def ev(e):
    match e:
        case Num(v):
            return v
        case BinOp(Op.ADD, l, r):
            return ev(l) + ev(r)
        case BinOp(Op.MUL, Num(0), _) | BinOp(Op.MUL, _, Num(0)):
            return 0
        case BinOp(Op.MUL, l, r):
            return ev(l) * ev(r)
    raise ValueError('bad expr')
print(ev(BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Num(4)))), ev(BinOp(Op.MUL, Num(0), Num(9))))
def cmd(c):
    match c.split():
        case ['go', ('north' | 'south') as d]:
            return f'going {d}'
        case ['take', *items] if items:
            return f'taking {", ".join(items)}'
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return f'unknown verb {verb}'
        case []:
            return 'empty'
for c in ['go north', 'go west', 'take a b', 'take', 'exit', 'dance now', '']:
    print(repr(c), '->', cmd(c))
def ev2(msg):
    match msg:
        case {'event': 'click', 'pos': (x, y)} if x > 0:
            return f'click at {x},{y}'
        case {'event': 'key', 'key': str(k)}:
            return 'key ' + k
        case {'event': e, **rest}:
            return f'{e} with {sorted(rest)}'
    return 'nothing'
for m in [{'event': 'click', 'pos': (1, 2)}, {'event': 'click', 'pos': (0, 2)}, {'event': 'key', 'key': 'a'}, {'event': 'key', 'key': 1}, {}]:
    print(ev2(m))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match 5:
    case int() | float() as num if num > 3:
        print('big number', num)
match {'a': {'b': [1, 2]}}:
    case {'a': {'b': [_, second]}}:
        print('second', second)

# match: mapping and class patterns, __match_args__, keyword patterns.
def mp(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', **rest}:
            return f'circle rest={sorted(rest)}'
        case {'k': [1, *more]}:
            return f'k list {more}'
        case {}:
            return 'some mapping'
        case _:
            return 'not mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 0}, {'type': 'circle', 'r': 1, 'c': 0},
          {'k': [1, 2, 3]}, {}, {'a': 1}, [1], 'str']:
    print(mp(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def cls(v):
    match v:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis {x}'
        case Point(x=0, y=y):
            return f'on y axis {y}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'some point'
        case int(i) | float(i):
            return f'number {i}'
        case str() as s:
            return f'string {s!r}'
    return 'unknown'
for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), 5, 2.5, 'hi', None]:
    print(cls(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
from dataclasses import dataclass
@dataclass
class DC:
    name: str
    value: int
match DC('n', 3):
    case DC(name, value=v):
        print('dataclass', name, v)
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}:
        print('kw', kw)
match (1, 2):
    case (1, 2) as whole:
        print('as', whole)

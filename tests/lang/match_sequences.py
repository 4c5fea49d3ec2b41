# match: sequence patterns with star, nesting, and types that do not match.
def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case [first, *_, last] if first == last:
            return 'same ends'
        case [0, *rest]:
            return f'starts 0 rest={rest}'
        case [*init, 9]:
            return f'ends 9 init={init}'
        case [[a, b], *others]:
            return f'nested {a} {b} + {len(others)}'
        case _:
            return 'other'
for v in [[], [1], (1, 2), [1, 2, 1], [0, 5, 6], [4, 5, 9], [[1, 2], 3, 4], [1, 2, 3], 'ab', b'ab', range(2), {1, 2}, {0: 'a'}]:
    print(repr(v), '->', seq(v))
def typed(v):
    match v:
        case (int(), str()):
            return 'int-str pair'
        case [int(n), *_] if n > 10:
            return 'big first'
        case (x, (y, z)):
            return f'deep {x}{y}{z}'
    return 'no match'
print(typed((1, 'a')), typed([20, 1]), typed([1, (2, 3)]), typed([1, 'a', 2]))
import collections
print(seq(collections.deque([7])))
print(seq(bytearray(b'x')))

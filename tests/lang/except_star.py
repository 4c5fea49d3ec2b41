# ExceptionGroup and except* (3.11).
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(eg, repr(eg.exceptions), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print('ValueError group:', repr(g), [str(e) for e in g.exceptions])
except* TypeError as g:
    print('TypeError group:', [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup('x', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled KeyError')
except ExceptionGroup as rest:
    print('unhandled rest:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped:', type(g).__name__, repr(g.exceptions))
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: 'v' in str(e))))
print(repr(eg.subgroup(KeyError)))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
try:
    raise nested
except* ValueError as g:
    print('nested values:', repr(g))
except* TypeError as g:
    print('nested types:', repr(g))
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup('b', [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('raised in handler')
except Exception as e:
    print('handler raised:', repr(e), 'context:', repr(e.__context__))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG('mine', [ValueError(1), TypeError(2)])
except* ValueError as g:
    print('derived type:', type(g).__name__)
except* TypeError as g:
    print('derived type:', type(g).__name__)

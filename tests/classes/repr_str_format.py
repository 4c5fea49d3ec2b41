# __repr__, __str__, __format__, __bytes__ and their defaults/fallbacks.
class Both:
    def __repr__(self): return 'Both(repr)'
    def __str__(self): return 'Both(str)'
b = Both()
print(b, repr(b), str(b), [b], (b,), {'k': b}, f'{b}', f'{b!r}', '%s %r' % (b, b), '{} {!r}'.format(b, b))
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
print(ReprOnly(), str(ReprOnly()), f'{ReprOnly()}')
class StrOnly:
    def __str__(self): return 'str only'
print(StrOnly(), repr(StrOnly()).startswith('<__main__.StrOnly object at '))
class Fmt:
    def __format__(self, spec):
        return 'Fmt[' + spec + ']'
print(format(Fmt(), 'abc'), f'{Fmt():>10}', '{:x}'.format(Fmt()), format(Fmt()))
class NoFormat: 
    def __str__(self): return 'nf'
print(format(NoFormat()), f'{NoFormat()}')
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Bytes:
    def __bytes__(self): return b'bytes!'
print(bytes(Bytes()))
class SubStr(str):
    def __str__(self): return 'overridden'
print(str(SubStr('x')), SubStr('x') + '', repr(SubStr('x')))
class SubInt(int):
    def __repr__(self): return 'SubInt!'
print(SubInt(5), repr(SubInt(5)), f'{SubInt(5)}', '%d' % SubInt(5), str(SubInt(5)))
print(repr(Both), str(int), repr(len), repr(None.__class__))

# f-strings: expressions, conversions, format specs, nesting, '=' specifier.
name, n, pi = 'world', 42, 3.14159265
print(f'hello {name}!', f"{n}", f'''{n + 1}''', F'{name!r}', f'{name!s}', f'{"é"!a}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }')
print(f'{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {1234567:_}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b} {n:c}')
width, prec = 10, 3
print(f'{pi:{width}.{prec}f}|', f'{name:>{width}}|', f'{name:{"*"}^{width}}')
print(f'{n = }', f'{n=}', f'{n * 2 = }', f'{name=!s}', f'{pi=:.2f}', f'{ name = }')
print(f'{{literal}}', f'{{{n}}}', f'a{{b')
d = {'key': 'val'}
print(f"{d['key']}", f'{d["key"]}', f'{[1, 2][1]}', f'{(lambda x: x * 2)(4)}')
print(f'{"nested " + f"{n}"}', f'''{f"{f'{1}'}"}''')
print(f'{3 if n > 10 else 4}', f'{n!r:>6}', f'{"abc"!r:^9}|')
class Fmt:
    def __format__(self, spec):
        return f'<Fmt spec={spec!r}>'
    def __repr__(self):
        return 'Fmt()'
    def __str__(self):
        return 'str-Fmt'
print(f'{Fmt()}', f'{Fmt():xyz}', f'{Fmt()!r}', f'{Fmt()!s}', f'{Fmt()!r:>8}')
import datetime
dt = datetime.date(2024, 1, 15)
print(f'{dt:%Y/%m/%d}', f'{dt}')
print(f'{"multi"}' f'{"ple"}' 'plain' f"{n}")
print(f'''{
    n
    + 1
}''')
for bad in ['{n:d}'.replace('n', "'s'"), '{1:abc}']:
    try:
        print(eval('f' + repr(bad)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    f'{name:d}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{-0.0:.1f} {1e100:.3e} {float("inf"):f} {float("nan"):F}')
print(f'{12:{"<" if n else ">"}6}|')
x = 10
print(f'{x:{x}}|', f'{"x":{x}}|')
print(f'{n:,}', f'{2**70:,}', f'{12345.6789:_.2f}')
print(f'{True}', f'{None}', f'{[1, "a"]}', f'{(1,)}')

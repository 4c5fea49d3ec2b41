# string: constants, capwords, Template, Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable), string.capwords(' hello   big world '), string.capwords('a-b-c', '-'))
T = string.Template
t = T('$who likes $what, ${who}s pay $$5')
print(t.substitute(who='tim', what='ham'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(T('$who and $other').safe_substitute(who='x'), T('$x $ y').safe_substitute(x=1), t.get_identifiers(), t.is_valid(), T('$').is_valid())
try: T('$who').substitute()
except KeyError as e: print('KeyError', e)
try: T('abc\nde $ f').substitute(f=1)
except ValueError as e: print(e)
class Pct(T): delimiter = '%'
print(Pct('%a costs %%%b').substitute(a='x', b=3))
f = string.Formatter()
print(f.format('{0}-{1}-{x}', 1, 2, x=3), f.format('{} {}', 'a', 'b'), f.format('{0.real} {1[0]} {k[a]}', 3, [9], k={'a': 'A'}))
print(f.format('{:>{w}}|{!r:^9}|{{}}', 'r', 'q', w=4), f.format('{0:{1}.{2}f}', 3.14159, 8, 2))
print(list(f.parse('a{0!r:>3}b{}c{{')))
for bad in ['{0} {}', '{', '}']:
    try: f.format(bad, 1, 2)
    except ValueError as e: print(e)

# string.Template: the compiled pattern attribute, subclasses that change
# delimiter/idpattern/braceidpattern/flags or give a whole pattern; plus
# shutil.get_terminal_size and open(encoding='locale').
import os
import re
import shutil
import string
from string import Template

print(type(Template.pattern).__name__, Template.pattern.flags & re.VERBOSE != 0)
print(Template.flags == re.IGNORECASE)
t = Template('$who likes ${what}; $$5 $who')
print(t.substitute(who='tim', what='ham'))
print(t.get_identifiers(), t.is_valid())
print(Template('$a $B').substitute(a=1, B=2))
try:
    Template('x\n  $').substitute()
except ValueError as e:
    print('ValueError', e)
try:
    Template('$x').substitute({})
except KeyError as e:
    print('KeyError', e)
print(Template('$x $$ $ ${y').safe_substitute(x=1))
print(Template('$x $y').substitute({'x': 1, 'y': 2}, y=3))


class Percent(Template):
    delimiter = '%'


print(Percent('%x and %% and %{y}').substitute(x=1, y=2))
print(Percent.pattern.pattern != Template.pattern.pattern)


class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9.]*'
    braceidpattern = r'[^}]+'
    flags = 0


print(Dotted('$a.b ${c d} $A').safe_substitute({'a.b': 1, 'c d': 2, 'A': 3}))


class Own(Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[A-Z]+)\]\] |
      (?P<invalid>)
    )'''


o = Own('[[name]] [[UP]] [[[[ [[')
print(o.pattern.pattern.strip().splitlines()[0])
print(o.safe_substitute(name='n', UP='u'))
print(o.is_valid(), Own('[[a]]').get_identifiers())


class Broken(Template):
    pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|{(?P<braced>[a-z]+)}|(?P<invalid>\?))|(?P<other>\#)'


try:
    Broken('#').substitute()
except ValueError as e:
    print('ValueError', e.args[0])
try:
    Broken('#').is_valid()
except ValueError as e:
    print('ValueError', e.args[0])

os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'x'
os.environ['LINES'] = '-2'
sz = shutil.get_terminal_size((70, 20))
print(sz.columns > 0, sz.lines > 0, len(sz), type(sz).__name__)
del os.environ['COLUMNS'], os.environ['LINES']
print(os.terminal_size((1, 2)) if hasattr(os, 'terminal_size') else 'os.terminal_size(columns=1, lines=2)')

with open(__file__, encoding='locale') as f:
    print(f.encoding, f.readline().rstrip())

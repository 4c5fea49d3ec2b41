# configparser: parsing rules, interpolation, mapping protocol, converters,
# write(), errors and their messages.
import configparser
import io
import os
import tempfile
import warnings
from configparser import (ConfigParser, RawConfigParser, ExtendedInterpolation,
                          BasicInterpolation, Interpolation)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = '%s: %s | %r' % (type(e).__name__, e, e.args)
    print(getattr(f, '__name__', f), '->', repr(r))


INI = """\
# leading comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s
user = nobody

[bitbucket.org]
User = hg
path: %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
  # indented comment line
empty =
spaced key   =   spaced value
pct = 100%%
[  spaced section  ]
k=v
[Other]
x = 1.5
b = ON
bad = %(nope)s
loop = %(loop)s
badsyntax = %x
trailing = value ; not a comment
"""
cp = ConfigParser()
cp.read_string(INI)
print(cp.sections(), list(cp), len(cp), 'DEFAULT' in cp, 'nope' in cp)
print(cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.get('bitbucket.org', 'path'), cp['bitbucket.org']['user'], cp.get('bitbucket.org', 'path', raw=True))
print(repr(cp['topsecret.server.com']['multi']), repr(cp['topsecret.server.com']['empty']))
print(repr(cp.get('topsecret.server.com', 'spaced key')), cp.get('topsecret.server.com', 'pct'))
print(cp.getint('topsecret.server.com', 'port'), cp.getboolean('topsecret.server.com', 'forwardx11'),
      cp.getfloat('Other', 'x'), cp.getboolean('Other', 'b'), cp['Other'].getfloat('x'))
print(cp.get('  spaced section  ', 'k'), cp.get('Other', 'trailing'))
print(cp.items('bitbucket.org'))
print(cp.items('bitbucket.org', raw=True, vars={'user': 'V'}))
print(cp.get('bitbucket.org', 'path', vars={'home': '/v'}))
print([(k, repr(v)) for k, v in cp.items()])
show(cp.get, 'Other', 'bad')
show(cp.get, 'Other', 'loop')
show(cp.get, 'Other', 'badsyntax')
show(cp.get, 'Other', 'missing')
show(cp.get, 'Missing', 'x')
print(cp.get('Missing', 'x', fallback='fb'), cp.get('Other', 'y', fallback=None),
      cp.getint('Other', 'y', fallback=7), cp['Other'].get('y', 'dflt'), cp['Other'].getint('y'))
show(cp.getint, 'Other', 'b')
show(cp.getboolean, 'Other', 'x')
print(cp.has_option('Other', 'user'), cp.has_option('Other', 'zzz'), cp.has_option(None, 'user'),
      cp.has_option('Nope', 'user'), cp.has_section('Other'), cp.has_section('DEFAULT'))
s = cp['Other']
print(s, s.name, s.parser is cp, 'x' in s, 'user' in s, len(s), list(s)[:3])
s['new'] = 'val'
del s['x']
print(cp.options('Other'))
show(s.__delitem__, 'nope')
show(s.__getitem__, 'nope')
show(s.__setitem__, 'k', 5)
show(cp.set, 'Other', 'k', 5)
show(cp.set, 'Other', 'k', '50%')
show(cp.set, 'Nope', 'k', 'v')
show(cp.add_section, 'Other')
show(cp.add_section, 'DEFAULT')
show(cp.add_section, 5)
show(cp.options, 'Nope')
print(cp.remove_option('Other', 'new'), cp.remove_option('Other', 'new'), cp.remove_section('Other'),
      cp.remove_section('Other'))
show(cp.remove_option, 'Nope', 'x')
show(cp.__delitem__, 'DEFAULT')
show(cp.__getitem__, 'Nope')
cp['New'] = {'a': 1, 'B': 2.5, 'c': 'x'}
print(cp.items('New', raw=True))
cp['New'] = {'z': 'only'}
print(cp.options('New'))
print(cp.popitem()[0], cp.sections())
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

for text in ['no header = 1\n', '[a]\nx = 1\n[a]\n', '[a]\nx = 1\nX = 2\n',
             '[a]\njunk line\n=v\nother junk\n', '[a]\n  x\n', '[a\nx=1\n', '[]\n']:
    p = ConfigParser()
    try:
        p.read_string(text, source='src.ini')
        print('ok', {k: dict(v) for k, v in p.items()})
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
        if isinstance(e, configparser.ParsingError):
            print('  ', getattr(e, 'errors', None), e.source)
p = ConfigParser(strict=False)
p.read_string('[a]\nx = 1\n[a]\nx = 2\n')
print(dict(p['a']))
show(ConfigParser().read_dict, {'a': {'x': 1, 'X': 2}})

p = ConfigParser(allow_no_value=True, delimiters=('=>',), comment_prefixes=('//',),
                 inline_comment_prefixes=('#', '//'), empty_lines_in_values=False,
                 default_section='common')
p.read_string('[common]\nc => 1\n[s]\nflag\nkey => val # comment\nother => a#b // c\n'
              'long => one\n  two\n\n  three\n// whole comment\n')
print({k: dict(v) for k, v in p.items()}, p.get('s', 'flag'))
out = io.StringIO()
p.write(out)
print(out.getvalue())

e = ConfigParser(interpolation=ExtendedInterpolation())
e.read_string('[DEFAULT]\nroot = /r\n[paths]\nhome = ${root}/home\nme = ${home}/me\n'
              'cost = $$5\n[other]\nref = ${paths:me}/x\nbad = ${nope:x}\n'
              'many = ${a:b:c}\nsyn = $x\nbr = ${x\n')
print(e.get('paths', 'me'), e.get('paths', 'cost'), e.get('other', 'ref'))
for opt in ('bad', 'many', 'syn', 'br'):
    show(e.get, 'other', opt)
show(e.set, 'other', 'k', 'a$b')

r = RawConfigParser()
r.read_string('[a]\nx = %(y)s\n')
r.set('a', 'n', 5)
print(r.get('a', 'x'), r.get('a', 'n'), type(r._interpolation).__name__)
n = ConfigParser(interpolation=None, defaults={'d': '%(x)s'})
n.read_string('[a]\nx = %(y)s\n')
print(n.get('a', 'x'), n.get('a', 'd'))
show(ConfigParser, interpolation=5)
d = ConfigParser(defaults={'v': '%(w)s', 'w': 'W'})
print(d.get('DEFAULT', 'v'), d.defaults())

c = ConfigParser(converters={'list': lambda v: v.split(',')})
c.read_string('[a]\nl = 1,2,3\n')
print(c.getlist('a', 'l'), c['a'].getlist('l'), sorted(c.converters), c.converters['list'] is not None,
      c.converters['int'])
c.converters['upper'] = str.upper
print(c.getupper('a', 'l'), c['a'].getupper('l'), c['a'].getupper('zz', 'fb'))
del c.converters['upper']
print(hasattr(c, 'getupper'), hasattr(c['a'], 'getupper'), len(c.converters))
show(c.converters.__setitem__, '', str)
show(c.converters.__setitem__, 5, str)

class Keep(ConfigParser):
    def optionxform(self, s):
        return s
k = Keep()
k.read_string('[a]\nMixed = 1\n')
print(k.options('a'))

d = tempfile.mkdtemp()
f1 = os.path.join(d, 'a.ini')
with open(f1, 'w') as f:
    f.write('[file]\nx = 1\n')
p = ConfigParser()
print(p.read([f1, os.path.join(d, 'missing.ini')]) == [f1], p.get('file', 'x'))
with open(f1) as f:
    p.read_file(f)
print(p.sections())
p2 = ConfigParser()
try:
    with open(f1) as f:
        p2.read_file(f)
        p2.read_file(io.StringIO('[file]\n'))
except configparser.DuplicateSectionError as ex:
    print(ex)
p2.read_file(iter(['[it]\n', 'y = 2\n']))
print(p2.get('it', 'y'))
os.remove(f1)
os.rmdir(d)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    configparser.SafeConfigParser()
    li = ConfigParser(interpolation=configparser.LegacyInterpolation())
    li.read_string('[a]\nx = %(y)s!\ny = Y\nz = %(q)s\n')
    print(li.get('a', 'x'))
    show(li.get, 'a', 'z')
    print([str(x.message)[:40] for x in w])
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, sorted(configparser.__all__) == sorted(
    n for n in dir(configparser) if n in configparser.__all__))
print(repr(configparser.Error('m')), str(configparser.NoOptionError('o', 's')),
      configparser.DuplicateSectionError('s', 'f', 3), configparser.DuplicateOptionError('s', 'o'))
show(configparser.ParsingError)
show(configparser.ParsingError, 'a', 'b')
pe = configparser.ParsingError('src')
pe.append(3, 'line')
print(str(pe), pe.errors)

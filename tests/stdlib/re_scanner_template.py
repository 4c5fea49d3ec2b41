# re.Scanner and the deprecated re.template / re.TEMPLATE.
import re, warnings
print(re.template in vars(re).values(), 'template' in re.__all__, 'Scanner' in re.__all__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = re.template('a|b', re.I)
print([(x.category.__name__, str(x.message)) for x in w])
print(p, p.flags & re.T != 0, p.match('B'))
print(re.TEMPLATE, re.T is re.TEMPLATE or re.T == re.TEMPLATE)

def ident(scanner, token): return ('ID', token, scanner.match.span())
def num(scanner, token): return ('NUM', int(token))
sc = re.Scanner([
    (r'[a-zA-Z_]\w*', ident),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', num),
    (r'=|\+|-|\*|/', lambda s, t: ('OP', t)),
    (r'\s+', None),
    (r';', 'SEMI'),
])
print(sc.scan('x = 3 + 4.5 * foo_1;'))
print(sc.scan('a = 1 $ b'))
print(sc.scan(''))
# Groups inside phrases; flags; a phrase that matches empty stops the scan.
sc2 = re.Scanner([(r'(a)(b)?', lambda s, t: ('AB', t, s.match.group(1))), (r'C', 'c'), (r'x*', 'x')], re.I)
print(sc2.scan('abAcCx'))
sc3 = re.Scanner([(r' [0-9]+  # digits', 'N'), (r'[a-z]+', 'W')], re.X)
print(sc3.scan('12ab3'))
print(type(sc.scanner).__name__, sc.lexicon[5])

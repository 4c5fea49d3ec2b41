# urllib.parse: splitting, unsplitting, joining, netloc attributes, quoting,
# query strings, bytes in and out, errors, legacy helpers.
import urllib
import urllib.parse as up
import warnings
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(f.__name__, repr(args)[:70], '->', repr(r))


urls = [
    'http://www.python.org/doc/#frag', 'https://user:pw@Host.Example.COM:8080/p/a/t/h;par?q=1&r=2#f',
    'HTTP://x', 'file:///tmp/junk.txt', 'file:/tmp/x', 'mailto:a@b.c', 'news:comp.lang.python',
    '//netloc/path', '/path;params?query#frag', 'path/only', '', '?q', '#f',
    'http://[::1]:80/', 'http://[2001:db8::7%eth0]/x', 'http://[v1.fe]/', 'a1+-.:rest',
    '1http://x', 'http:80', 'path:80', ' \t http://a\n/b\r?c', 'svn+ssh://h/r',
    'http://a/b;p1/c;p2', 'sip:alice@atlanta.com;maddr=239.255.255.1', 'tel:+1-816-555-1212',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt', 'http://h?x#y?z', 'http://h#y?z', 'x:/y//z',
    'http://[::1', 'http://::1]/', 'http://[127.0.0.1]/', 'http://[vz.x]/', 'http://[zz::1]/',
    'http://u@h@x/', 'http://h:/', 'http://h:abc/', 'http://h:99999/', 'http://h:-1/',
    'http://héllo.com/é?é#é',
]
for u in urls:
    show(urlparse, u)
    show(urlsplit, u)
    try:
        r = urlsplit(u)
        print(' ', r.username, r.password, r.hostname, r.geturl() == urlunsplit(r), r.geturl())
        print(' ', r.port)
    except ValueError as e:
        print('  ValueError', e)
show(urlparse, 'path', 'https')
show(urlsplit, 'http://a/b#c', allow_fragments=False)
show(urlparse, b'http://u:p@h:1/p;x?q#f')
r = urlparse(b'http://u:p@H:1/p;x?q#f')
print(r.username, r.password, r.hostname, r.port, r.geturl(), r.decode(), r.decode().encode())
print(urlsplit('http://x/y').encode('ascii'), urldefrag(b'a#b'), urldefrag('a#b').geturl())
show(urlparse, b'http://\xff/')
show(urlparse, 'http://x', b'https')
show(urlunsplit, ('http', '', '//p', '', ''))
show(urlunsplit, ('http', '', 'p', '', ''))
show(urlunsplit, ('', '', '//p', 'q', 'f'))
show(urlunsplit, ('mailto', '', 'a@b', '', ''))
show(urlunparse, ('http', 'h', 'p', 'par', 'q', 'f'))
show(urlunparse, (b'http', b'h', b'/p', b'', b'', b''))
show(urldefrag, 'http://a/b?c#d')
show(urldefrag, 'http://a/b?c')

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g', 'a//b', '//', '../a//b/./c']:
    print(repr(rel), urljoin(base, rel), urljoin('http://a/b/', rel), urljoin('svn://a/b', rel))
print(urljoin('', 'x'), urljoin('http://a', ''), urljoin(b'http://a/b', b'c'),
      urljoin('mailto:x', 'y'), urljoin('http://a/b', 'g', allow_fragments=False))
show(urljoin, 'http://a/', b'x')

for s in ['abc def', 'a/b?c=d&e', '', 'é€', '~_.-', 'a+b', b'a b\xff', bytearray(b'x y')]:
    for f in (quote, quote_plus):
        show(f, s)
    show(quote, s, safe='')
show(quote, 'a b/c', safe=b'/ ')
show(quote_plus, 'a b/c', safe='/')
show(quote_plus, b'a b/c', safe=b'/')
show(quote, 'é', encoding='latin-1')
show(quote, '€', encoding='latin-1')
show(quote, '€', encoding='latin-1', errors='replace')
show(quote, b'x', encoding='utf-8')
show(quote, b'x', errors='strict')
show(quote_from_bytes, 'x')
show(quote_from_bytes, b'a\xffb', safe='é/')
show(quote_from_bytes, b'a\xff', safe=b'\xff')
show(quote, None)
for s in ['abc%20def', '%', '%2', '%zz', '%E2%82%AC', '%e2%82%ac%', '%ff', 'é%20', 'a+b%2B',
          '', b'a%20b', '%C3', 'x%C3y']:
    show(unquote, s)
    show(unquote_plus, s) if isinstance(s, str) else None
    show(unquote_to_bytes, s)
show(unquote, '%ff', errors='strict')
show(unquote, '%e9', encoding='latin-1')
show(unquote, None)
show(unquote_to_bytes, None)

for qs in ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&c=3', 'a=%20+x&%2B=+', '', '&&a=1&&', 'x=1=2',
           b'a=1&b=%C3%A9', 'a=%ff']:
    show(parse_qsl, qs)
    show(parse_qsl, qs, keep_blank_values=True)
    show(parse_qs, qs)
    show(parse_qs, qs, True)
show(parse_qsl, 'a=1;b=2', separator=';')
show(parse_qsl, 'a&b', strict_parsing=True)
show(parse_qsl, 'a=1&&b=2', strict_parsing=True)
show(parse_qsl, 'a=1&b=2', max_num_fields=1)
show(parse_qsl, 'a=1&b=2', max_num_fields=2)
show(parse_qsl, 'a=1', separator='')
show(parse_qsl, 'a=1', separator=None)
show(parse_qsl, 'a=%e9', encoding='latin-1')

show(urlencode, {'a': 1, 'b': 'x y', 'c': b'\xff', 'é': '€'})
show(urlencode, [('a', [1, 2]), ('b', 'xy'), ('c', (b'p', 'q'))])
show(urlencode, [('a', [1, 2]), ('b', 'xy'), ('c', (b'p', 'q')), ('d', 5)], doseq=True)
show(urlencode, {'a': '/ x'}, safe='/')
show(urlencode, {'a': '/ x'}, quote_via=quote)
show(urlencode, {'a': 'é'}, encoding='latin-1')
show(urlencode, 'abc')
show(urlencode, [1, 2])
show(urlencode, [])
show(urlencode, 5)

print(up.unwrap('<URL:http://a/b>'), up.unwrap(' <x> '), up.unwrap('URL: y'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('HTTP://x'), up.splittype('/x'), up.splithost('//h:1/p'),
          up.splithost('//h?q'), up.splithost('x'), up.splituser('u:p@h@x'),
          up.splituser('h'), up.splitpasswd('u:p:q'), up.splitpasswd('u'),
          up.splitport('h:80'), up.splitport('h:'), up.splitport('h:x'),
          up.splitnport('h:80'), up.splitnport('h:x'), up.splitnport('h'), up.splitnport('h:', 5),
          up.splitquery('a?b?c'), up.splitquery('a'), up.splittag('a#b'), up.splittag('a'),
          up.splitattr('a;b=1;c'), up.splitvalue('b=1'), up.splitvalue('c'), up.to_bytes('x'))
    print(len(w), str(w[0].message), w[0].category.__name__, w[-1].message)
print(sorted(n for n in dir(up) if not n.startswith('_') and n not in
             ('functools', 'ipaddress', 'namedtuple', 're', 'sys', 'types', 'warnings')))
print(sorted(up.__all__))
print(up.scheme_chars, up.uses_netloc[:5], 'sip' in up.non_hierarchical)
print(up.ParseResult._fields, up.SplitResult._fields, up.DefragResult._fields)
print(isinstance(urlparse('x'), tuple), up.ParseResult.__mro__[1].__name__)
print(up.ParseResult('a', 'b', 'c', 'd', 'e', 'f'), up.SplitResultBytes(b'', b'', b'', b'', b''))
print(up.clear_cache(), urllib.parse is up)

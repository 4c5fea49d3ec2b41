# str.encode / bytes.decode with the built-in codecs, their aliases and the
# built-in error handlers, with CPython's UnicodeError attributes.
text = 'Grüße – “quoted” € ½ Ω ж ё 😀 \udcff'


def show(f, *args):
    try:
        print(ascii(f(*args)))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print('  ', e.encoding, ascii(e.object[:20]), e.start, e.end, e.reason)


names = ['cp1252', 'windows-1252', 'CP1251', 'cp437', 'IBM850', 'latin1', 'L1', 'iso-8859-15', 'ISO8859_2',
         'iso 8859 5', 'koi8-r', 'KOI8_U', 'mac-roman', 'macintosh', 'cp037', 'ebcdic-cp-us', 'cp1250',
         'u8', 'UTF8', 'utf_8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf32', 'utf-32-le', 'utf_32_be',
         'ascii', 'us-ascii', '646', 'unicode_escape', 'raw_unicode_escape', 'tis-620', 'hp-roman8', 'cp874',
         'ptcp154', 'kz1048', ' utf-8 ', 'UTF--8', 'no-such', 'utf-7x']
for name in names:
    for errors in ['strict', 'replace', 'backslashreplace']:
        show(str.encode, text, name, errors)
for name in ['cp1252', 'cp437', 'koi8-r', 'mac-roman', 'cp037', 'iso8859-7', 'cp1255', 'cp864']:
    data = bytes(range(256))
    show(bytes.decode, data, name)
    show(bytes.decode, data, name, 'replace')
    show(bytes.decode, data, name, 'backslashreplace')
    show(bytes.decode, data, name, 'surrogateescape')

s = 'a\xe9\u20ac\U0001f600\ud800z'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
               'surrogateescape', 'surrogatepass', 'bogus']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252']:
        show(str.encode, s, enc, errors)
show(str.encode, '\udc80\udcff', 'latin-1', 'surrogateescape')
show(str.encode, '\udc80\udcff', 'utf-16', 'surrogateescape')
show(str.encode, '\ud800\udfff', 'utf-16', 'surrogatepass')
show(str.encode, '\ud800', 'utf-32', 'surrogatepass')

bad = [b'ab\x80cd', b'\xc3', b'\xe2\x82', b'\xed\xa0\x80x', b'\xf4\x90\x80\x80', b'\xff\xfe\x00',
       b'a\x00\x00\xd8b\x00', b'\x00\xdc', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00']
for data in bad:
    for enc in ['utf-8', 'utf-16-le', 'utf-16', 'utf-32-le', 'ascii', 'utf-8-sig']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
                       'xmlcharrefreplace', 'namereplace']:
            show(bytes.decode, data, enc, errors)

for data in [rb'a\tb\n\\ \x41\u00e9\U0001F600 \101\7 \N{GREEK SMALL LETTER ALPHA}\N{LATIN CAPITAL LETTER GHA}',
             b'caf\xe9', rb'\x4', rb'\u12', rb'\U00110000', b'end\\', rb'\N{NO SUCH NAME}', rb'\N{', rb'\N']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        show(bytes.decode, data, enc)
        show(bytes.decode, data, enc, 'replace')
for s in ['a\tb\n\\ \'"', 'caf\xe9 \u20ac \U0001f600 \x00\x7f', '\ud800']:
    show(str.encode, s, 'unicode_escape')
    show(str.encode, s, 'raw_unicode_escape')
print(b'\xef\xbb\xbfhi'.decode('utf-8-sig'), b'hi'.decode('utf-8-sig'), 'hi'.encode('utf-8-sig'))
print('hi'.encode('utf-16'), 'hi'.encode('utf-32'), b'\xfe\xff\x00h'.decode('utf-16'), b'h\x00'.decode('utf-16'))
print(bytes('é', 'cp1252'), str(b'\xe9', 'cp1252'), str(b'\x80', 'windows-1252', 'strict'))
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-8-sig', 'cp1252', 'utf-16-le']:
    for s in ['Z,a\udcff\u0131 ', '\udcff\ud800\udc80', 'a\udc80\udcffb\u0100']:
        show(str.encode, s, enc, 'surrogateescape')

# The codecs module: lookup, CodecInfo, incremental and stream classes,
# registries of codecs and error handlers, against CPython.
import codecs, io, os, tempfile
print(codecs.lookup('latin1').name, codecs.lookup('UTF8').name, type(codecs.lookup('cp1252')).__name__)
info = codecs.lookup('utf-16')
print(info.encode('hi'), info.decode(b'\xff\xfeh\x00i\x00'), info.name)
print(codecs.encode('abc', 'rot13'), codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'))
print(codecs.decode(codecs.encode(b'hello'*3, 'zlib'), 'zlib'), codecs.encode(b'hi', 'base64'))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.encode('', True))
dec = codecs.getincrementaldecoder('utf-8')()
data = 'é€😀'.encode()
print([dec.decode(data[i:i+1]) for i in range(len(data))], dec.decode(b'', True))
dec = codecs.getincrementaldecoder('utf-16')()
data = 'é€😀'.encode('utf-16-be')
data = codecs.BOM_UTF16_BE + data
print([dec.decode(data[i:i+1]) for i in range(len(data))])
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')), list(codecs.iterencode(['a', 'b'], 'utf-8-sig')))
def handler(e):
    print('handler', type(e).__name__, e.start, e.end, e.reason)
    return ('<%d>' % e.start, e.end)
codecs.register_error('mine', handler)
print('aé€b'.encode('ascii', 'mine'), b'a\xffb'.decode('utf-8', 'mine'))
print(codecs.lookup_error('strict'), codecs.lookup_error('mine') is handler)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
print(codecs.utf_8_decode(b'ab\xc3', 'strict', False), codecs.utf_8_decode(b'ab\xc3', 'replace', True))
print(codecs.utf_16_encode('x', None, 1), codecs.latin_1_encode('é'), codecs.escape_decode(b'\\x41\\n'), codecs.escape_encode(b"a'\n\x00"))
print(codecs.charmap_decode(b'\x00\x01', 'strict', 'ab'), codecs.charmap_encode('ab', 'strict', codecs.charmap_build('ab' + '\ufffe'*254)))
def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)), lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='myrot')
codecs.register(search)
print('abc'.encode('myrot'), bytes(b'ABC').decode('myrot'), codecs.lookup('myrot').name)
b = io.BytesIO()
w = codecs.getwriter('utf-16')(b)
w.write('ab'); w.write('c')
print(b.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO(b.getvalue()))
print(r.read())
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\n\nend'.encode()))
print(r.readline(), r.readlines())
print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_UTF32_BE, codecs.BOM64_LE)
print(sorted(n for n in dir(codecs) if not n.startswith('_'))[:5])
try:
    codecs.lookup('bogus-enc')
except LookupError as e:
    print(e)
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('x', 'utf-32-be'))
path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(path, 'w', encoding='cp1252') as f:
    f.write('café €\n')
with codecs.open(path, encoding='cp1252') as f:
    print(repr(f.read()))
print(open(path, 'rb').read())
os.remove(path)
for bad in [lambda e: 'x', lambda e: ('x',), lambda e: (1, 2), lambda e: ('x', 99)]:
    codecs.register_error('bad', bad)
    for f in [lambda: 'a\xff'.encode('ascii', 'bad'), lambda: b'a\xff'.decode('ascii', 'bad')]:
        try:
            print(ascii(f()))
        except Exception as e:
            print(type(e).__name__, e)
codecs.register_error('bytesrepl', lambda e: (b'<%d>' % e.start, e.end))
print('a\u20acb'.encode('latin-1', 'bytesrepl'), 'a\u20acb'.encode('cp1252', 'bytesrepl'))
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\ud800b', 1, 3, 'bad'),
                UnicodeDecodeError('utf-8', b'a\xe9\xed\xa0\x80b', 1, 2, 'bad'),
                UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'bad'), ValueError('x')]:
        try:
            print(name, h.__name__, ascii(h(exc)))
        except Exception as e:
            print(name, type(e).__name__, e)
srw = codecs.EncodedFile(io.BytesIO('héllo\n'.encode('latin-1')), 'utf-8', 'latin-1')
print(srw.read())
sio = io.BytesIO()
rw = codecs.StreamReaderWriter(sio, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write('ünï')
rw.seek(0)
print(rw.read())
for name in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'cp1252', 'latin-1', 'ascii',
             'unicode_escape', 'koi8-r', 'mac-roman', 'iso8859-15', 'raw-unicode-escape', 'hex', 'base64', 'rot13', 'zlib']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, info.incrementalencoder.__name__, info.streamreader.__name__)
text = 'Grüße, 世界 😀\n'
for name in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-32', 'utf-32-be', 'unicode_escape']:
    data = text.encode(name)
    dec = codecs.getincrementaldecoder(name)()
    out = ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b'', True)
    enc = codecs.getincrementalencoder(name)()
    again = b''.join(enc.encode(c) for c in text) + enc.encode('', True)
    print(name, out == text, again == data, codecs.decode(data, name) == text)
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xc3', True)
except UnicodeDecodeError as e:
    print(e)
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(codecs.make_encoding_map({1: 2, 3: 2, 4: 5}), codecs.make_identity_dict(range(3)))
try:
    codecs.register(1)
except TypeError as e:
    print(e)
try:
    codecs.register_error('x', 1)
except TypeError as e:
    print(e)
d = codecs.getincrementaldecoder('unicode_escape')()
data = rb'a\N{GREEK SMALL LETTER ALPHA}b\u00e9\x41\\'
print(ascii(''.join(d.decode(data[i:i+1]) for i in range(len(data)))))
print('abc'.encode('cp037'), b'\x81\x82'.decode('cp037'), 'abc'.encode('cp1252'), b'abc'.decode('koi8-r'))
e = UnicodeTranslateError('a\xe9\u20acz', 1, 3, 'bad')
for n in ['strict','ignore','replace','backslashreplace','xmlcharrefreplace','namereplace','surrogateescape','surrogatepass']:
    try: print(n, ascii(codecs.lookup_error(n)(e)))
    except Exception as x: print(n, type(x).__name__, x)

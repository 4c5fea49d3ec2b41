# str.encode / bytes.decode with codecs and error handlers.
s = 'Grüße, 世界 😀'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
for errors in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    print(errors, s.encode('ascii', errors))
raw = b'ok \xe9\xff\xfe end'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    d = raw.decode('utf-8', errors)
    print(errors, ascii(d))
print(raw.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == raw)
try:
    s.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('abc'.encode(), 'é'.encode('utf-8'), b'\xc3\xa9'.decode(), bytes('é', 'latin-1'))
print(len('😀'.encode('utf-16-le')), '😀'.encode('utf-16-le').decode('utf-16-le'), '\x00'.encode())
print(b'\xef\xbb\xbfhi'.decode('utf-8-sig'), 'hi'.encode('utf-8-sig'))
print('Ünïcödé'.encode('utf-8').decode('latin-1'))

# str.encode / bytes.decode: random strings, codecs and error handlers (seeded), against CPython.
import random, sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)  # invalid escapes in unicode_escape input
rnd = random.Random(2)
alphabet = ['a', 'Z', ' ', '\x00', '\x7f', '\x80', '\xe9', '\xff', '\u0100', '\u20ac', '\u0416', '\ud800', '\udc80', '\udcff', '\udfff', '\U0001f600', '\ufeff', '\\', 'N', '{', '}', 'x', 'u']
encs = ['ascii', 'latin-1', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252', 'cp437', 'koi8-r', 'cp037', 'mac-roman', 'iso8859-5', 'unicode_escape', 'raw_unicode_escape', 'cp1255']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
byte_alpha = [0, 0x41, 0x5c, 0x75, 0x78, 0x4e, 0x7b, 0x7d, 0x30, 0x80, 0x81, 0x9d, 0xc3, 0xa9, 0xed, 0xa0, 0xb0, 0xdc, 0xd8, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xf4, 0x90, 0xff, 0xfe, 0xef, 0xbb, 0xbf]
def show(f):
    try:
        r = f()
        return ascii(r)
    except Exception as e:
        if isinstance(e, UnicodeError):
            return '%s %s %s %s %s' % (type(e).__name__, e.encoding, e.start, e.end, e.reason)
        return '%s %s' % (type(e).__name__, e)
for _ in range(300):
    s = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
    b = bytes(rnd.choice(byte_alpha) for _ in range(rnd.randint(0, 7)))
    enc, h = rnd.choice(encs), rnd.choice(handlers)
    print(ascii(s), enc, h, show(lambda: s.encode(enc, h)))
    print(b, enc, h, show(lambda: b.decode(enc, h)))

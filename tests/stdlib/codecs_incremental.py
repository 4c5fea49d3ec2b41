# Incremental decoders fed random chunks of random bytes (seeded), against CPython.
import codecs, random, sys, warnings
warnings.simplefilter('ignore')
rnd = random.Random(3)
byte_alpha = [0, 0x41, 0x5c, 0x75, 0x78, 0x4e, 0x7b, 0x7d, 0x30, 0x80, 0x81, 0xc3, 0xa9, 0xed, 0xa0, 0xdc, 0xd8, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x00]
encs = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'cp1252', 'latin-1', 'raw_unicode_escape']
for _ in range(250):
    b = bytes(rnd.choice(byte_alpha) for _ in range(rnd.randint(0, 10)))
    if rnd.random() < 0.3:
        b = rnd.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE]) + b
    enc = rnd.choice(encs)
    errors = rnd.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'])
    d = codecs.getincrementaldecoder(enc)(errors)
    out = []
    try:
        i = 0
        while i < len(b):
            n = rnd.randint(1, 3)
            out.append(d.decode(b[i:i + n]))
            i += n
        out.append(d.decode(b'', True))
        r = ascii(out)
    except UnicodeError as e:
        if not isinstance(e, UnicodeDecodeError):
            print(b, enc, errors, 'UnicodeError', e)
            continue
        r = 'UnicodeDecodeError %s %s %s %s %s' % (e.encoding, ascii(e.object), e.start, e.end, e.reason)
    print(b, enc, errors, r)

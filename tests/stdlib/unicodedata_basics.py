# unicodedata: names, lookup (aliases, named sequences), properties and
# normalization, against CPython 3.11 (Unicode 14.0.0).
import unicodedata as u
print(u.unidata_version, u.name('é'), u.lookup('latin small letter e with acute'), u.category('é'), u.bidirectional('א'))
for ch in 'a1½Ⅻ٣é\u0301 \u00a0\u4e00😀\u0378\ud800\uac00\U00020000\u2160':
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.decomposition(ch), u.name(ch, '?'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\u0301', 'é', 'ﬁ', '\u1e9b\u0323', '한국어', 'Å\u212b', 'x\u0378\u0301', 'a\ud800\u0301']:
        print(form, ascii(s), ascii(u.normalize(form, s)), u.is_normalized(form, s))
for name in ['LATIN CAPITAL LETTER GHA', 'LATIN SMALL LETTER R WITH TILDE', 'hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-20000', 'BYTE ORDER MARK', 'nope']:
    try:
        print(ascii(u.lookup(name)))
    except KeyError as e:
        print('KeyError', e)
for f in [u.name, u.category, u.decimal, u.numeric]:
    for a in ['ab', 1, '']:
        try: f(a)
        except Exception as e: print(type(e).__name__, e)
try: u.lookup('x'*300)
except KeyError as e: print(repr(e))
try: u.name('\x00')
except ValueError as e: print(e)
for f in ['decimal','digit','numeric']:
    try: getattr(u,f)('a')
    except ValueError as e: print(e)
try: u.normalize('X','a')
except ValueError as e: print(e)
print(b'\\N{BOM}'.decode('unicode_escape') == '\ufeff')
for name in ['HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GGAEGG', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-04E00', 'cjk compatibility ideograph-f900', 'NUSHU CHARACTER-1B170', 'nushu character-1b170', 'line feed', 'LF', 'latin small letter r with tilde']:
    try:
        print(name, ascii(u.lookup(name)))
    except KeyError as e:
        print('KeyError', e)
    try:
        print(name, ascii(('\\N{%s}' % name).encode().decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
# A sample of every property over all planes, summarized.
import hashlib
h = hashlib.sha256()
for c in range(0, 0x110000, 61):
    ch = chr(c)
    h.update(repr((u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
                   u.decimal(ch, -1), u.digit(ch, -1), u.numeric(ch, -1), u.decomposition(ch), u.name(ch, ''))).encode())
print(h.hexdigest())
print(sorted(n for n in dir(u) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')))

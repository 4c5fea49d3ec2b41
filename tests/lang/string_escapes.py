# String literal escapes and raw strings.
s = 'a\tb\nc\\d\'e\"f'
print(repr(s), len(s))
print(repr('\x00\x1f\x7f\x80\xff'), len('\xff'))
print(repr('\u0041\u00e9\u4e2d\U0001f40d'), len('\U0001f40d'))
print('\101\102\103', '\0' == '\x00', '\777' if False else 'octal')
print(repr('\N{SNOWMAN}'), '\N{DIGIT ONE}')
print(repr(r'\n\t\\'), len(r'\n'), r'\'quote')
print(repr('''a
b'''), repr("""x\
y"""))
print(repr('\a\b\f\v\r'))
print(repr("mixed 'quotes'"), repr('mixed "quotes"'), repr('both \' and "'))
print('\u00e9' == 'é', '\xe9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
print(ord('\n'), ord('\r'), chr(10) == '\n')
print(repr('\x1b[0m'), repr('\u200b'), repr('\ud800'[:0]))
print(repr('é€😀'), ascii('é€😀'))
print(rb'\x41', b'\x41', repr(b'\\'), br'\\')
print('\\', '\\\\', len('\\\\'))

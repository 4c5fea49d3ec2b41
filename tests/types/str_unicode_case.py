# Unicode-aware case mapping and classification beyond ASCII.
samples = ['ß', 'ﬀ', 'İ', 'ı', 'Σ', 'ς', 'ǈ', 'Ω', 'µ', 'ÿ', 'ŉ', 'ΐ', 'ﬆ', 'Å', 'ǰ']
for s in samples:
    print(s, s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), len(s.upper()), s.isupper(), s.islower())
print('ΟΔΟΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'straße'.upper(), 'ǆungla'.title(), 'ǅ'.istitle())
print('Ⅷ'.lower(), 'ⓐ'.upper(), '①'.isdigit(), '①'.isdecimal(), '①'.isnumeric(), '六'.isnumeric(), '六'.isdigit())
print('\u00a0'.isspace(), '\u2028'.isspace(), '\x1c'.isspace(), '\u200b'.isspace(), 'ａ'.isalpha(), 'ａ'.upper())

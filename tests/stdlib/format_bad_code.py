# format() and %-formatting with a NUL or other invalid presentation type, against
# CPython 3.11: NUL is float's and complex's default type, an unknown code for int
# and str; a lone surrogate is one code point of the spec.
vals = [1, 1.5, 'ab', 1j, True, 2**70, None, [1], b'x']
for code in ['\x00', '\x01', 'z', 'y', '\u20ac', '\U0001f600', '\x7f', 'Z', '=', '5\x00', ',\x00', 'xx', '\ud800', 'c', 'n', '%', 's', 'r', '.2\x00', '>10\x00']:
    for v in vals:
        try: r = format(v, code); print(repr(code), type(v).__name__, repr(r))
        except Exception as e: print(repr(code), type(v).__name__, type(e).__name__, repr(str(e)))
for f in [lambda: '{:\x00}'.format(1), lambda: f'{1:\x00}', lambda: '%\x00' % 1, lambda: (1).__format__('\x00'), lambda: (1.5).__format__('\x00x')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(str(e)))
for fmt in ['%\x00', '%\x1f', '%\x7f', '%\u20ac', '%\x80', '%\ud800', '% \x01']:
    try: fmt % 1
    except Exception as e: print(type(e).__name__, repr(str(e)))
    try: fmt.encode('utf-8', 'surrogatepass') % 1
    except Exception as e: print(type(e).__name__, repr(str(e)))

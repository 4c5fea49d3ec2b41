# locale in the C and C.UTF-8 locales: setlocale/getlocale, encodings,
# localeconv, formatting and parsing numbers, nl_langinfo, errors.
import locale
import os
import warnings

os.environ.pop('LC_CTYPE', None)
os.environ.pop('LC_NUMERIC', None)
os.environ['LC_ALL'] = 'C.UTF-8'
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getencoding(),
      locale.getpreferredencoding(), locale.getpreferredencoding(False))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', '', None, ('C', None), (None, None),
             'en_US.UTF-8', 'c.utf8', 'xx_YY', ('en_US', 'UTF-8')]:
    try:
        print(repr(name), repr(locale.setlocale(locale.LC_ALL, name)), locale.getlocale(),
              locale.getlocale(locale.LC_TIME), locale.getencoding(), locale.getpreferredencoding(False),
              locale.nl_langinfo(locale.CODESET))
    except locale.Error as e:
        print(repr(name), 'Error', e, locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(), locale.getpreferredencoding())
saved = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL, saved) == saved, locale.setlocale(locale.LC_NUMERIC))
for bad in [(99, 'C'), ('x', 'C'), (locale.LC_ALL, 5), (locale.LC_ALL, ('a', 'b', 'c'))]:
    try:
        locale.setlocale(*bad)
    except Exception as e:
        print(type(e).__name__, e)
locale.setlocale(locale.LC_ALL, '')
print(locale.localeconv())
print(locale.format_string('%d|%s|%.2f|%10.3f|%%|%x', (1234567, 'x', 1234.5, -2.5, 255), grouping=True))
print(locale.format_string('%(a)d-%(b)s', {'a': 5, 'b': 'B'}), locale.format_string('%.1f', 2.25),
      locale.format_string('%s', [1, 2]), locale.format_string('%d', 10 ** 7, grouping=True, monetary=True))
print(locale.str(1.5), locale.str(1 / 3), locale.str(1e20), locale.atof('1.5'), locale.atof('2', int),
      locale.atoi('42'), locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
for f, arg in [(locale.atof, '1,5'), (locale.atoi, '4.2'), (locale.currency, 1.5)]:
    try:
        f(arg)
    except ValueError as e:
        print('ValueError', e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('é', 'é'), locale.strxfrm('abc'),
      sorted(['b', 'A', 'a', 'é'], key=locale.strxfrm))
for n in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'RADIXCHAR', 'THOUSEP', 'YESEXPR',
          'NOEXPR', 'CRNCYSTR', 'AM_STR', 'PM_STR', 'DAY_1', 'DAY_7', 'ABDAY_3', 'MON_1', 'MON_12',
          'ABMON_5', 'ERA', 'ALT_DIGITS']:
    print(n, getattr(locale, n), repr(locale.nl_langinfo(getattr(locale, n))))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print('ValueError', e)
for n in ['C', 'POSIX', 'c', 'C.UTF-8', 'C.utf8', 'en_US.utf8', 'de_DE.UTF-8', 'xx',
          'UTF-8', 'ja_JP.eucjp', 'en_GB.ISO-8859-1']:
    print(n, locale.normalize(n))
print(locale.gettext('msg'), locale.dgettext(None, 'm'), locale.dcgettext(None, 'm', locale.LC_MESSAGES),
      locale.textdomain(None), locale.bindtextdomain('dom', None), locale.bind_textdomain_codeset('dom', None))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale(), locale.format('%.1f', 2.5))
    try:
        locale.format('%d %d', 1)
    except ValueError as e:
        print('ValueError', e)
    print(len(w), w[0].category.__name__)
print(issubclass(locale.Error, Exception), sorted(locale.__all__))

"""Locale services for Adder, whose only locales are glibc's built-in ones:
"C" (also named "POSIX") and "C.UTF-8" (also "C.utf8").

Like CPython on such a system, the process starts with LC_CTYPE set to
C.UTF-8 (PEP 538 coercion) and the other categories in "C".
setlocale(category, '') takes the name from LC_ALL, LC_<category> or LANG
and raises Error for a locale that is not installed. In both locales
numbers use '.' and no grouping, and localeconv(), nl_langinfo(),
format_string(), str(), atof() and friends give glibc's C results; text
I/O in Adder is UTF-8 whatever the locale says.
"""

import os as _os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

# glibc's categories in the order of its composite LC_ALL names, with
# their numbers (6 is LC_ALL itself).
_CATEGORIES = [('LC_CTYPE', 0), ('LC_NUMERIC', 1), ('LC_TIME', 2),
               ('LC_COLLATE', 3), ('LC_MONETARY', 4), ('LC_MESSAGES', 5),
               ('LC_PAPER', 7), ('LC_NAME', 8), ('LC_ADDRESS', 9),
               ('LC_TELEPHONE', 10), ('LC_MEASUREMENT', 11),
               ('LC_IDENTIFICATION', 12)]
_CATEGORY_NAMES = dict((n, name) for name, n in _CATEGORIES)

# Installed locales: the name setlocale() accepts -> its canonical spelling.
_INSTALLED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.utf8'}

_current = dict.fromkeys(_CATEGORY_NAMES, 'C')
_current[LC_CTYPE] = 'C.UTF-8'


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')


def _query(category):
    if category != LC_ALL:
        return _current[category]
    names = [_current[n] for _, n in _CATEGORIES]
    if all(name == names[0] for name in names):
        return names[0]
    return ';'.join('%s=%s' % (cname, _current[n]) for cname, n in _CATEGORIES)


def _from_environment(category):
    """The locale name setlocale(category, '') means."""
    for var in ('LC_ALL', _CATEGORY_NAMES.get(category, 'LC_ALL'), 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _set(category, name):
    if category == LC_ALL:
        if ';' in name:
            parts = dict(p.split('=', 1) for p in name.split(';') if '=' in p)
            names = {n: parts.get(cname) for cname, n in _CATEGORIES}
        else:
            names = {n: (name or _from_environment(n)) for _, n in _CATEGORIES}
    else:
        names = {category: name or _from_environment(category)}
    resolved = {}
    for n, value in names.items():
        if value not in _INSTALLED:
            raise Error('unsupported locale setting')
        resolved[n] = _INSTALLED[value]
    _current.update(resolved)


def setlocale(category, locale=None):
    """Set the locale for category (a name, '' for the environment's, or a
    (language, encoding) pair) and return it; with locale None, return the
    current setting."""
    _check_category(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale is not None:
        _set(category, locale)
    return _query(category)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def localeconv():
    """The numeric and monetary conventions of the current locale (the C
    locale's, which C.UTF-8 shares)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2, /):
    """Compare two strings by the current locale's collation (code
    points in the C locales)."""
    if not isinstance(os1, _builtin_str) or not isinstance(os2, _builtin_str):
        raise TypeError('strcoll() argument must be str')
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """The string that compares as string does under strcoll()."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


# --- formatting (no grouping, '.' decimal point in the C locales) ---------

def _check_one_directive(percent):
    import re
    m = re.match(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]$',
                 percent)
    if not m:
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f as the locale wants (thousands
    grouping on request; the C locales group nothing)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2)
    _check_one_directive(percent)
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money in the current locale (impossible in C)."""
    if localeconv()['frac_digits'] == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")


def str(val):
    """Convert float to string, using the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """Parse a localized number into the form float() and int() take."""
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a number in float()'s form into the locale's."""
    return string


def atof(string, func=float):
    """Parse a string to a float as the locale writes numbers."""
    return func(delocalize(string))


def atoi(string):
    """Parse a string to an int as the locale writes numbers."""
    return int(delocalize(string))


# --- names ----------------------------------------------------------------

# A few common locale aliases (language -> language_TERRITORY.encoding).
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'zh_cn': 'zh_CN.gb2312',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'pt_br': 'pt_BR.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1',
}

# Encoding names as normalize() spells them, by lowercased name without
# '-' and '_'.
locale_encoding_alias = {
    'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15',
    'iso88592': 'ISO8859-2', 'latin1': 'ISO8859-1', 'ascii': 'ISO8859-1',
    'eucjp': 'eucJP', 'gb2312': 'gb2312', 'koi8r': 'KOI8-R', 'cp1252': 'CP1252',
}


def normalize(localename):
    """Return a normalized locale code for localename ('de_de.utf8' ->
    'de_DE.UTF-8'); names it does not know come back unchanged."""
    code = localename.lower().replace(':', '.')
    code, at, modifier = code.partition('@')
    suffix = at + modifier
    langname, dot, encoding = code.partition('.')
    if not dot:
        alias = locale_alias.get(langname)
        return alias + suffix if alias else localename
    norm = encoding.replace('-', '').replace('_', '')
    full = locale_alias.get(langname + '.' + norm)
    if full:
        return full + suffix
    encoding = locale_encoding_alias.get(norm, encoding)
    if '_' in langname:
        lang, _, territory = langname.partition('_')
        return lang + '_' + territory.upper() + '.' + encoding + suffix
    alias = locale_alias.get(langname)
    if alias:
        return alias.split('.')[0] + '.' + encoding + suffix
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of category's current locale; (None,
    None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the (language code, encoding) the environment names."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Deprecated: set category to the environment's locale."""
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def getencoding():
    """The current LC_CTYPE locale's encoding."""
    if _current[LC_CTYPE] == 'C':
        return 'ANSI_X3.4-1968'
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default, as the environment's
    locale (or, without do_setlocale, the current one) says."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    old = _current[LC_CTYPE]
    try:
        _set(LC_CTYPE, '')
    except Error:
        pass
    try:
        return getencoding()
    finally:
        _current[LC_CTYPE] = old


# --- nl_langinfo: glibc's item numbers and their C-locale values ----------

_LANGINFO = {
    'CODESET': 14, 'RADIXCHAR': 65536, 'THOUSEP': 65537,
    'ABDAY_1': 131072, 'DAY_1': 131079, 'ABMON_1': 131086, 'MON_1': 131098,
    'AM_STR': 131110, 'PM_STR': 131111, 'D_T_FMT': 131112, 'D_FMT': 131113,
    'T_FMT': 131114, 'T_FMT_AMPM': 131115, 'ERA': 131116, 'ERA_D_FMT': 131118,
    'ALT_DIGITS': 131119, 'ERA_D_T_FMT': 131120, 'ERA_T_FMT': 131121,
    'CRNCYSTR': 262159, 'YESEXPR': 327680, 'NOEXPR': 327681,
}
_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']
_LANGINFO_VALUES = {
    65536: '.', 65537: '', 131110: 'AM', 131111: 'PM',
    131112: '%a %b %e %H:%M:%S %Y', 131113: '%m/%d/%y', 131114: '%H:%M:%S',
    131115: '%I:%M:%S %p', 131116: '', 131118: '', 131119: '', 131120: '',
    131121: '', 262159: '-', 327680: '^[yY]', 327681: '^[nN]',
}
for _i, _day in enumerate(_DAYS):
    globals()['ABDAY_%d' % (_i + 1)] = 131072 + _i
    globals()['DAY_%d' % (_i + 1)] = 131079 + _i
    _LANGINFO_VALUES[131072 + _i] = _day[:3]
    _LANGINFO_VALUES[131079 + _i] = _day
for _i, _month in enumerate(_MONTHS):
    globals()['ABMON_%d' % (_i + 1)] = 131086 + _i
    globals()['MON_%d' % (_i + 1)] = 131098 + _i
    _LANGINFO_VALUES[131086 + _i] = _month[:3]
    _LANGINFO_VALUES[131098 + _i] = _month
globals().update(_LANGINFO)
del _i, _day, _month


def nl_langinfo(key, /):
    """Return the value of the locale information item key."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO_VALUES[key]
    except (KeyError, TypeError):
        raise ValueError('unsupported langinfo constant') from None


# --- message catalogs (none are installed: messages come back as given) --

_domain = 'messages'


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    global _domain
    if domain is not None:
        _domain = domain
    return _domain


def bindtextdomain(domain, dir, /):
    return dir if dir is not None else '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset, /):
    return codeset

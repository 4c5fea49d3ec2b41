"""Lines of source files, read on demand and cached, for tracebacks and
warnings: getline(filename, lineno) returns one line ('' when there is
none)."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); size is None for an entry
# registered by lazycache (a 1-tuple holding a function giving the source).
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counting from 1) of the file, with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file, reading it unless cached ([] on failure)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (all, or just filename)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue  # lazily loaded: nothing on disk to compare with
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # not from a file
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename (looking along sys.path for a relative name, or asking
    the module's loader) into the cache and return its lines."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = data.splitlines(True)
                if lines and not lines[-1].endswith('\n'):
                    lines[-1] += '\n'
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a way to get filename's source from its module's loader
    (module_globals['__loader__'].get_source) without reading it yet.
    Returns whether the file can be (or already is) cached."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False

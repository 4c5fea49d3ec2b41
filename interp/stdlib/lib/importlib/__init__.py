"""Adder's importlib: import_module, reload and invalidate_caches over the
interpreter's import machinery (the _adder_import module)."""

import sys
import _adder_import

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    """The absolute name of the module name relative (level dots) to package."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _absolute_name(name, package):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        return _resolve_name(name[level:], package, level)
    return name


def import_module(name, package=None):
    """Import a module; a relative name ('.x') resolves against package."""
    return _adder_import.gcd_import(_absolute_name(name, package))


def invalidate_caches():
    """Adder's finders keep no caches: nothing to invalidate."""


def reload(module):
    """Run the source of an imported module again in its namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f'parent {parent_name!r} not in sys.modules',
                              name=parent_name) from None
        path = parent.__path__
    spec = _adder_import.find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    spec.loader.exec_module(module)
    return sys.modules[name]

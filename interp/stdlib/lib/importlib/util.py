"""Helpers over module specs: find_spec, module_from_spec,
spec_from_file_location, spec_from_loader, resolve_name."""

import sys
import _adder_import
from importlib import _resolve_name, _absolute_name
from importlib.machinery import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    return _absolute_name(name, package)


def find_spec(name, package=None):
    """The spec of module name: its __spec__ when already imported, else
    found on its parent's __path__ (importing the parent) or sys.path;
    None when there is no such module."""
    fullname = _absolute_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    path = None
    if parent_name:
        parent = _adder_import.gcd_import(parent_name)
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _adder_import.find_spec(fullname, path)


def module_from_spec(spec):
    """A new module for spec, with its import attributes set; the loader's
    exec_module still has to run it."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module name loaded by loader."""
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_NO_LOCATIONS = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NO_LOCATIONS):
    """A spec for module name loaded from the source file location."""
    if location is None:
        if loader is None or not hasattr(loader, 'get_filename'):
            return None
        location = loader.get_filename(name)
    location = str(location) if not isinstance(location, str) else location
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _NO_LOCATIONS:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec

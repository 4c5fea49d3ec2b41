"""Run Python modules and files as scripts: run_module and run_path."""

import os
import sys
import importlib.util
import _adder_import

__all__ = ['run_module', 'run_path']


def _run_code(code, run_globals, init_globals, mod_name, mod_spec, fname):
    """Run code in run_globals after setting its module attributes."""
    if init_globals is not None:
        run_globals.update(init_globals)
    loader = mod_spec.loader if mod_spec is not None else None
    pkg_name = mod_spec.parent if mod_spec is not None else None
    if fname is None and mod_spec is not None and mod_spec.has_location:
        fname = mod_spec.origin
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=None,
                       __doc__=None, __loader__=loader, __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals, mod_name, mod_spec, fname):
    """Run code in a fresh module that stands in sys.modules[mod_name] and
    sys.argv[0] while it runs; return a copy of its globals."""
    module = type(sys)(mod_name)
    saved_module = sys.modules.get(mod_name, _MISSING)
    saved_argv0 = sys.argv[0] if sys.argv else None
    sys.modules[mod_name] = module
    if fname is not None and sys.argv:
        sys.argv[0] = fname
    try:
        _run_code(code, module.__dict__, init_globals, mod_name, mod_spec, fname)
    finally:
        if saved_module is _MISSING:
            sys.modules.pop(mod_name, None)
        else:
            sys.modules[mod_name] = saved_module
        if saved_argv0 is not None:
            sys.argv[0] = saved_argv0
    return module.__dict__.copy()


_MISSING = object()


def _get_module_details(mod_name):
    """The spec and code of module mod_name; a package gives its
    __main__ submodule's."""
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f'Error while finding module specification for '
                          f'{mod_name!r} ({type(ex).__name__}: {ex})') from ex
    if spec is None:
        raise ImportError(f'No module named {mod_name}')
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        return _get_module_details(mod_name + '.__main__')
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_code'):
        raise ImportError(f'No code object available for {mod_name}')
    return spec.name, spec, loader.get_code(spec.name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run module mod_name's code in a fresh namespace named run_name
    (default mod_name) and return the namespace."""
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, spec, None)
    return _run_code(code, {}, init_globals, run_name, spec, None)


def run_path(path_name, init_globals=None, run_name=None):
    """Run the file (or the __main__ module of the directory) path_name in
    a fresh namespace named run_name (default '<run_path>') and return it."""
    if run_name is None:
        run_name = '<run_path>'
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        spec = _adder_import.find_spec('__main__', [path_name])
        if spec is None:
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        code = spec.loader.get_code('__main__')
        return _run_module_code(code, init_globals, run_name, spec, spec.origin)
    with open(path_name, 'rb') as f:
        source = f.read()
    code = compile(source, path_name, 'exec')
    return _run_module_code(code, init_globals, run_name, None, path_name)

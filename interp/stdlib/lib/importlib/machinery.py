"""The classes of Adder's import machinery."""

from _adder_import import ModuleSpec, SourceFileLoader, BuiltinImporter

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The suffixes of the files modules are loaded from."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES

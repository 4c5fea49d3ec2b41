"""The io module: text and binary streams.

The classes are implemented in Go by _io; this module re-exports them with
the SEEK_* constants and the abstract base classes that the concrete
streams are registered with.
"""

from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRandom, TextIOWrapper)
import abc

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    """Open path for reading as a binary file (how the import system
    reads source)."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """Return encoding, or the default text encoding when it is None."""
    if encoding is None:
        return "locale"
    return encoding


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class of all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

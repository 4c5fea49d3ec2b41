"""The JSON scanner: make_scanner(decoder) returns scan_once(string, idx),
which parses the JSON value at idx and returns (value, end) or raises
StopIteration(idx) when no value starts there. Implemented in Go (_json)."""

from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner

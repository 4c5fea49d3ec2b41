// Package pyhash computes the hash values CPython 3.11 computes, so that
// hash(), and with it the iteration order of sets and dicts, agree with
// CPython's when both run with the same PYTHONHASHSEED.
//
// It works on plain Go values; the caller maps Python objects onto them:
//
//   - str and bytes hash with SipHash-1-3 keyed by a [Secret] (sys.hash_info
//     reports algorithm 'siphash13' and cutoff 0: no small-string special
//     case). A str is hashed over its PEP 393 storage: 1, 2 or 4
//     little-endian bytes per code point, chosen by the largest code point.
//     The empty str and bytes hash to 0.
//   - int, float, complex and rationals hash by value modulo the Mersenne
//     prime 2**61-1 ([Modulus]), so numbers that compare equal hash equal.
//   - tuple and frozenset hashes combine the hashes of their items.
//
// Every result is a valid Python hash: never -1 (CPython's error marker).
package pyhash

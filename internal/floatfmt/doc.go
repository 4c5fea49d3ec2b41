// Package floatfmt converts between float64 and text exactly as CPython
// 3.11 does:
//
//   - [Repr] is repr(x) and str(x): the shortest digits that round-trip,
//     in exponent form when the decimal exponent is below -4 or at least 16.
//   - [Format] is PyOS_double_to_string, the presentation types of the
//     format-spec mini-language (”, e, E, f, F, g, G, n, %) and of
//     %-formatting, with precision and the '#' and 'z' flags.
//   - [ParseSpec] parses a format spec into a [Spec], with CPython's error
//     messages; [Spec.AppendNumber] lays out sign, fill, alignment, width and
//     ',' or '_' grouping for floats and ints alike; [FormatSpec] is
//     format(x, spec) for a float.
//   - [Round] is round(x, ndigits); [Hex] and [FromHex] are float.hex and
//     float.fromhex; [Parse] and [ParseBytes] are float(str) and
//     float(bytes).
//
// Digits are correctly rounded from the exact binary value, ties to even,
// as David Gay's dtoa does for CPython; this package gets them from strconv,
// which rounds the same way. Text is UTF-8; errors carry CPython's messages
// (an *[Error] with the Python exception class).
package floatfmt

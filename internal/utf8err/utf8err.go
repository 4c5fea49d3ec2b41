// Package utf8err classifies invalid UTF-8 as Python's utf-8 codec reports
// it, for the decoder (object) and for source text the tokenizer rejects
// (interp/syntax).
package utf8err

// Classify classifies an invalid UTF-8 sequence at the start of b as
// CPython's decoder does: how many bytes the error covers and the reason
// its UnicodeDecodeError gives ("invalid start byte", "invalid
// continuation byte", "unexpected end of data").
func Classify(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if b[k] < l || b[k] > h {
			return k, "invalid continuation byte"
		}
	}
	panic("BUG: utf8err.Classify on a valid sequence")
}

// str.go: SipHash-1-3 over bytes and over the PEP 393 layout of str.

package pyhash

import (
	"math/bits"
	"unicode/utf8"
)

// sip is a streaming SipHash-1-3 state. Input bytes gather little-endian in
// m until eight are present, as the reference implementation reads them.
type sip struct {
	v0, v1, v2, v3 uint64
	m              uint64 // pending bytes, the first in the low byte
	nm             uint   // number of pending bytes (0..7)
	n              uint64 // total bytes fed
}

func newSip(s *Secret) sip {
	return sip{
		v0: s.k0 ^ 0x736f6d6570736575,
		v1: s.k1 ^ 0x646f72616e646f6d,
		v2: s.k0 ^ 0x6c7967656e657261,
		v3: s.k1 ^ 0x7465646279746573,
	}
}

// sipRound is one SipRound of the state v0..v3.
func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

func (h *sip) round() {
	h.v0, h.v1, h.v2, h.v3 = sipRound(h.v0, h.v1, h.v2, h.v3)
}

func (h *sip) compress(m uint64) {
	h.v3 ^= m
	h.round()
	h.v0 ^= m
}

// add feeds the low size bytes of v (size 1, 2 or 4), least significant first.
func (h *sip) add(v uint64, size uint) {
	h.n += uint64(size)
	h.m |= v << (8 * h.nm)
	h.nm += size
	if h.nm >= 8 {
		h.compress(h.m)
		h.nm -= 8
		// The bytes of v that did not fit in the word just compressed.
		h.m = v >> (8 * (size - h.nm)) & (1<<(8*h.nm) - 1)
	}
}

func (h *sip) sum() int64 {
	b := h.n<<56 | h.m
	h.compress(b)
	h.v2 ^= 0xff
	h.round()
	h.round()
	h.round()
	return fixHash(h.v0 ^ h.v1 ^ h.v2 ^ h.v3)
}

// fixHash reinterprets an unsigned hash, replacing the reserved -1 by -2.
func fixHash(u uint64) int64 {
	if int64(u) == -1 {
		return -2
	}
	return int64(u)
}

// sipBytes is SipHash-1-3 of a whole byte string, its state in locals
// (the streaming sip keeps it in memory, which costs each round loads
// and stores: this is the common case, ASCII str and bytes keys).
func sipBytes[T string | []byte](s *Secret, b T) int64 {
	if len(b) == 0 {
		return 0
	}
	h := newSip(s)
	v0, v1, v2, v3 := h.v0, h.v1, h.v2, h.v3
	round := func() { v0, v1, v2, v3 = sipRound(v0, v1, v2, v3) }
	last := uint64(len(b)) << 56
	for len(b) >= 8 {
		m := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	for i := 0; i < len(b); i++ {
		last |= uint64(b[i]) << (8 * i)
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return fixHash(v0 ^ v1 ^ v2 ^ v3)
}

// Bytes returns hash(b) for a bytes (or memoryview of bytes) value.
func (s *Secret) Bytes(b []byte) int64 {
	return sipBytes(s, b)
}

// String returns hash(str) for the Python str whose code points str encodes
// in UTF-8. Surrogate code points U+D800..U+DFFF, which Python strings may
// hold, are accepted in their generalized three-byte UTF-8 form (as WTF-8
// stores them); any other invalid byte counts as U+FFFD.
func (s *Secret) String(str string) int64 {
	maxCP := rune(0)
	ascii := true
	for i := 0; i < len(str); i++ {
		if str[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return sipBytes(s, str)
	}
	for i := 0; i < len(str); {
		r, n := decodeWTF8(str[i:])
		maxCP = max(maxCP, r)
		i += n
	}
	size := kindSize(maxCP)
	h := newSip(s)
	for i := 0; i < len(str); {
		r, n := decodeWTF8(str[i:])
		h.add(uint64(r), size)
		i += n
	}
	return h.sum()
}

// Runes returns hash(str) for the Python str with code points cps.
func (s *Secret) Runes(cps []rune) int64 {
	if len(cps) == 0 {
		return 0
	}
	maxCP := rune(0)
	for _, r := range cps {
		maxCP = max(maxCP, r)
	}
	size := kindSize(maxCP)
	h := newSip(s)
	for _, r := range cps {
		h.add(uint64(r), size)
	}
	return h.sum()
}

// kindSize is the PEP 393 storage width, in bytes, of a str whose largest
// code point is maxCP.
func kindSize(maxCP rune) uint {
	switch {
	case maxCP < 0x100:
		return 1
	case maxCP < 0x10000:
		return 2
	}
	return 4
}

// decodeWTF8 decodes one code point like utf8.DecodeRuneInString, but also
// accepts encoded surrogates (ED A0..BF 80..BF).
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

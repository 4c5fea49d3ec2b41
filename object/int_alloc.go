package object

// int_alloc.go: result objects of big-int arithmetic, allocated once with
// room for the result's words and without zeroing them.
//
// math/big reuses a result's word buffer when its capacity suffices, and
// otherwise makes a fresh buffer, which Go zeroes. For the long ints of
// spigot-style programs (thousands of words, each multiplied by a small
// int) that zeroing cost as much as the multiplication itself. A buffer
// that math/big is about to overwrite does not need zeroing: math/big
// never reads a result word it has not written (it reuses buffers holding
// stale values all the time), and a word buffer holds no pointers, so the
// collector never looks at its contents either.

import (
	"math/big"
	"math/bits"
	"unsafe"
)

// makeNoZero is the runtime's allocation of a byte slice that is not
// zeroed (bytes.Buffer and strings.Builder grow with it). The runtime
// exports it to internal/bytealg through a push linkname, which is what
// lets this pull linkname past the linker's check.
//
//go:linkname makeNoZero internal/bytealg.MakeNoZero
func makeNoZero(n int) []byte

// wordBits and wordBytes are the size of a big.Word (a uint).
const (
	wordBits  = bits.UintSize
	wordBytes = wordBits / 8
)

// newBigResult returns a fresh exact int object whose V is 0 with room for
// at least words words, which the caller sets to the result (see result).
// Results of one word are left to math/big: they mostly fit in an
// immediate, and then the object is dropped.
func newBigResult(words int) *BigInt {
	x := &BigInt{Header: Header{IntType}}
	if words > 1 {
		b := makeNoZero(words * wordBytes)
		w := unsafe.Slice((*big.Word)(unsafe.Pointer(unsafe.SliceData(b))), cap(b)/wordBytes)
		x.V.SetBits(w[:0])
	}
	return x
}

// result returns the int x holds: an immediate when it fits in int64 (x is
// then dropped), else x itself. x must be an exact int made by
// newBigResult that nothing else refers to yet.
func (x *BigInt) result() Value {
	if x.V.IsInt64() {
		return Int(x.V.Int64())
	}
	return FromPointer(unsafe.Pointer(x))
}

// bigWords returns the number of words of |b|.
func bigWords(b *big.Int) int { return len(b.Bits()) }

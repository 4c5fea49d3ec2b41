// container.go: tuple and frozenset hashes, combined from item hashes.

package pyhash

import "math/bits"

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// TupleHasher accumulates a tuple's hash one item at a time, so a caller can
// hash items as it walks them without building a slice. The zero value is
// not ready; start with [NewTupleHasher].
type TupleHasher struct {
	acc uint64
	n   uint64
}

// NewTupleHasher returns the state for an empty tuple.
func NewTupleHasher() TupleHasher {
	return TupleHasher{acc: xxPrime5}
}

// Add mixes in the hash of the next item (the xxHash64 round).
func (t *TupleHasher) Add(h int64) {
	t.acc += uint64(h) * xxPrime2
	t.acc = bits.RotateLeft64(t.acc, 31)
	t.acc *= xxPrime1
	t.n++
}

// Sum returns the hash of the tuple of the items added so far.
func (t *TupleHasher) Sum() int64 {
	acc := t.acc + (t.n ^ (xxPrime5 ^ 3527539))
	if int64(acc) == -1 {
		return 1546275796
	}
	return int64(acc)
}

// Tuple returns hash(t) for a tuple whose items hash to hashes.
func Tuple(hashes []int64) int64 {
	t := NewTupleHasher()
	for _, h := range hashes {
		t.Add(h)
	}
	return t.Sum()
}

// FrozenSet returns hash(s) for a frozenset whose (distinct) items hash to
// hashes, in any order.
func FrozenSet(hashes []int64) int64 {
	var acc uint64
	for _, h := range hashes {
		u := uint64(h)
		acc ^= ((u ^ 89869747) ^ (u << 16)) * 3644798167
	}
	acc ^= (uint64(len(hashes)) + 1) * 1927868237
	acc ^= (acc >> 11) ^ (acc >> 25)
	acc = acc*69069 + 907133923
	if int64(acc) == -1 {
		return 590923713
	}
	return int64(acc)
}

package object

// list_sort_prefix.go: sorting by key prefixes. When every sort key is an
// exact str, or every key a tuple whose first items are all ints, all
// floats (no NaN) or all exact strs, each item is sorted with a 64-bit prefix of its key (and of
// the tuple's second item) stored beside it. Most comparisons are then
// decided by the prefixes, in the array being sorted, without loading the
// key objects, which a large sort finds scattered over the heap (each
// load a cache miss). Equal prefixes that do not prove the keys' first
// items equal fall back to the full comparison, so every comparison has
// the outcome (and the errors) it has without prefixes.

import (
	"encoding/binary"
	"math"
)

// A prefix maps a key (an int, a float or an exact str) to a uint64 whose
// order is the key's order wherever two prefixes differ:
//   - an int (immediate) is its value with the sign bit flipped; equal
//     prefixes mean equal ints;
//   - a float other than NaN is its bits with the sign bit flipped, all of
//     them for negatives, and -0.0 taken as 0.0; equal prefixes mean equal
//     floats;
//   - a str is its first 7 bytes, big-endian and zero-padded, followed by
//     a byte holding its length, 8 for any length of 8 or more. Padding
//     and length order a str before the longer strs it begins, and WTF-8
//     bytes order as code points do. Equal prefixes whose length byte is
//     below 8 mean equal strs.
type prefixKind uint8

const (
	prefixNone prefixKind = iota
	prefixInt
	prefixFloat
	prefixStr
)

const prefixLongStr = 8

// prefixKindOf is the kind of prefix v has: prefixNone when it is not an
// immediate int, a float other than NaN or an exact str.
func prefixKindOf(v Value) prefixKind {
	switch {
	case v.IsInt():
		return prefixInt
	case v.IsFloat():
		if math.IsNaN(v.AsFloat()) {
			return prefixNone
		}
		return prefixFloat
	case v.isStrExactly():
		return prefixStr
	}
	return prefixNone
}

// prefixOf returns v's prefix; v must have prefix kind k (not prefixNone).
func prefixOf(v Value, k prefixKind) uint64 {
	switch k {
	case prefixInt:
		return uint64(v.AsInt()) ^ 1<<63
	case prefixFloat:
		f := v.AsFloat()
		if f == 0 {
			f = 0 // -0.0 equals 0.0
		}
		b := math.Float64bits(f)
		if b>>63 != 0 {
			return ^b
		}
		return b | 1<<63
	}
	s := (*Str)(v.p).s
	var b [8]byte
	copy(b[:7], s)
	b[7] = byte(min(len(s), prefixLongStr))
	return binary.BigEndian.Uint64(b[:])
}

// prefixDecides reports whether two equal prefixes of kind k prove their
// values equal.
func prefixDecides(p uint64, k prefixKind) bool {
	return k != prefixStr || p&0xff < prefixLongStr
}

// prefixed is an item being sorted with its key and the key's prefixes:
// pre[0] of the key (or of a tuple key's first item), pre[1] of a tuple
// key's second item (0 when the sort does not use it).
type prefixed struct {
	pre   [2]uint64
	key   Value
	value Value
}

// keyPrefixKinds returns the prefix kinds of the keys' first and second
// columns: for str keys (prefixStr, prefixNone); for tuple keys the kind
// their first items share (the second column's kind is used only when
// every tuple has a second item of a kind they share); ok is false when
// the keys have no usable prefix.
func keyPrefixKinds(keys []Value) (k0, k1 prefixKind, ok bool) {
	first := keys[0]
	if first.isStrExactly() {
		for _, k := range keys {
			if !k.isStrExactly() {
				return 0, 0, false
			}
		}
		return prefixStr, prefixNone, true
	}
	if first.IsImmediate() || first.Type() != TupleType {
		return 0, 0, false
	}
	k0, k1 = prefixNone, prefixNone
	for i, k := range keys {
		if k.IsImmediate() || k.Type() != TupleType {
			return 0, 0, false
		}
		items := (*Tuple)(k.p).Items
		if len(items) == 0 {
			return 0, 0, false
		}
		c0 := prefixKindOf(items[0])
		c1 := prefixNone
		if len(items) > 1 {
			c1 = prefixKindOf(items[1])
		}
		if i == 0 {
			k0, k1 = c0, c1
		}
		if c0 != k0 || c0 == prefixNone {
			return 0, 0, false
		}
		if c1 != k1 {
			k1 = prefixNone
		}
	}
	return k0, k1, true
}

// sortPrefixed sorts items stably by keys (keys[i] is the key of items[i];
// keys may be items itself) through their prefixes, as sortValues sorts
// them; k0 and k1 come from keyPrefixKinds.
func sortPrefixed(t *Thread, items, keys []Value, k0, k1 prefixKind, reverse bool) error {
	tuples := !keys[0].isStrExactly()
	elems := make([]prefixed, len(items))
	for i, k := range keys {
		e := &elems[i]
		e.key, e.value = k, items[i]
		if !tuples {
			e.pre[0] = prefixOf(k, k0)
			continue
		}
		ti := (*Tuple)(k.p).Items
		e.pre[0] = prefixOf(ti[0], k0)
		if k1 != prefixNone {
			e.pre[1] = prefixOf(ti[1], k1)
		}
	}
	var less func(a, b Value) (bool, error)
	if tuples {
		less = func(a, b Value) (bool, error) { return tupleLess(t, (*Tuple)(a.p).Items, (*Tuple)(b.p).Items) }
	} else {
		// WTF-8 orders bytewise as code points do.
		less = func(a, b Value) (bool, error) { return (*Str)(a.p).s < (*Str)(b.p).s, nil }
	}
	if reverse {
		reverseSlice(elems)
	}
	err := timsort(elems, func(a, b prefixed) (bool, error) {
		if a.pre[0] != b.pre[0] {
			return a.pre[0] < b.pre[0], nil
		}
		if a.pre[1] != b.pre[1] && prefixDecides(a.pre[0], k0) {
			return a.pre[1] < b.pre[1], nil
		}
		return less(a.key, b.key)
	})
	if reverse {
		reverseSlice(elems)
	}
	for i := range elems {
		items[i] = elems[i].value
	}
	return err
}

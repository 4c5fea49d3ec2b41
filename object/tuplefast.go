package object

import "unsafe"

// Tuples of up to six items are allocated with their items in one block:
// one allocation instead of two for the tuples that BUILD_TUPLE makes most
// (return values, swaps, dict items).

type (
	tuple1 struct {
		Tuple
		a [1]Value
	}
	tuple2 struct {
		Tuple
		a [2]Value
	}
	tuple3 struct {
		Tuple
		a [3]Value
	}
	tuple4 struct {
		Tuple
		a [4]Value
	}
	tuple5 struct {
		Tuple
		a [5]Value
	}
	tuple6 struct {
		Tuple
		a [6]Value
	}
)

// NewPair returns the new tuple (a, b), in one allocation.
func NewPair(a, b Value) *Tuple {
	p := &tuple2{a: [2]Value{a, b}}
	p.typ = TupleType
	p.Items = p.a[:]
	return &p.Tuple
}

// NewTupleCopy returns a new tuple holding a copy of items. A pair, the
// most common tuple, is NewPair: its items are stored into the fresh
// object, which needs no write barrier.
func NewTupleCopy(items []Value) *Tuple {
	if len(items) == 2 {
		return NewPair(items[0], items[1])
	}
	t := NewTupleN(len(items))
	copyItems(t.Items, items)
	return t
}

// copyItems copies src to dst, of the same length. Up to four values are
// stored unrolled, which the compiler covers with one write barrier check:
// copy's typedslicecopy call (and an array assignment's typedmemmove) and
// a loop's check per store all cost several times that for the few items
// of most tuples.
func copyItems(dst, src []Value) {
	switch len(src) {
	case 1:
		dst[0] = src[0]
	case 2:
		_, _ = dst[1], src[1]
		dst[0], dst[1] = src[0], src[1]
	case 3:
		_, _ = dst[2], src[2]
		dst[0], dst[1], dst[2] = src[0], src[1], src[2]
	case 4:
		_, _ = dst[3], src[3]
		dst[0], dst[1], dst[2], dst[3] = src[0], src[1], src[2], src[3]
	default:
		dst = dst[:len(src)]
		for i, v := range src {
			dst[i] = v
		}
	}
}

// NewTupleN returns a new tuple of n items, all Null, for the caller to
// fill in before the tuple is used anywhere (it is immutable from then
// on); a tuple of up to six items is a single allocation.
func NewTupleN(n int) *Tuple {
	var t *Tuple
	switch n {
	case 0:
		return EmptyTuple
	case 1:
		b := &tuple1{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 2:
		b := &tuple2{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 3:
		b := &tuple3{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 4:
		b := &tuple4{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 5:
		b := &tuple5{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 6:
		b := &tuple6{}
		b.Items = b.a[:]
		t = &b.Tuple
	default:
		t = &Tuple{Items: make([]Value, n)}
	}
	t.typ = TupleType
	return t
}

// Thread.NewTuple makes the tuples of iterators and functions that yield
// them by the million (itertools.product, struct.unpack): a thread carves
// tuples of up to six items out of blocks of tupleSlabLen tupleN structs
// (tuple and items side by side), one block per length, and longer ones
// out of a block of tuples and a block of items. Measured under GOGC=400
// with the machine loaded: a block per 32 tuples of three cost 30% less
// CPU than one allocation per tuple (NewTupleN), and struct.unpack('<idh')
// 17% less CPU in all. The price is memory: a block stays alive while any
// of its tuples does. A thread's slabs are used by that thread only.

// slab is the rest of a block of objects of one Go type (a tupleN, a
// bytesBlock) that a thread hands out one at a time.
type slab struct {
	block    unsafe.Pointer
	off, end uintptr // the next unused object and the block's size, in bytes
}

// longSlab is the rest of a block of tuples and of a block of items, for
// tuples of more than six items.
type longSlab struct {
	tuples []Tuple
	items  []Value
}

const (
	tupleSlabLen  = 32
	longSlabItems = 512 // items per block of longSlab; longer tuples are allocated alone
)

// tupleItemsOffset is where the items of a tupleN start.
const tupleItemsOffset = unsafe.Offsetof(tuple1{}.a)

// slabBlock starts a new block of tupleSlabLen values of type T.
func slabBlock[T any](s *slab) {
	p := new([tupleSlabLen]T)
	s.block, s.off, s.end = unsafe.Pointer(p), 0, unsafe.Sizeof(*p)
}

// NewTuple returns a new tuple of n items, all Null, for the caller to
// fill in before the tuple is used anywhere (it is immutable from then on).
// It is NewTupleN made cheaper for tuples made in bulk, at the memory cost
// described above.
func (t *Thread) NewTuple(n int) *Tuple {
	if n == 0 {
		return EmptyTuple
	}
	if n > len(t.tupleSlabs) {
		return t.newLongTuple(n)
	}
	s := &t.tupleSlabs[n-1]
	if s.off == s.end {
		switch n {
		case 1:
			slabBlock[tuple1](s)
		case 2:
			slabBlock[tuple2](s)
		case 3:
			slabBlock[tuple3](s)
		case 4:
			slabBlock[tuple4](s)
		case 5:
			slabBlock[tuple5](s)
		default:
			slabBlock[tuple6](s)
		}
	}
	p := unsafe.Add(s.block, s.off)
	s.off += tupleItemsOffset + uintptr(n)*unsafe.Sizeof(Value{})
	tu := (*Tuple)(p)
	tu.typ = TupleType
	tu.Items = unsafe.Slice((*Value)(unsafe.Add(p, tupleItemsOffset)), n)
	return tu
}

// NewTupleFrom returns a new tuple holding a copy of items, made as
// NewTuple makes it.
func (t *Thread) NewTupleFrom(items []Value) *Tuple {
	tu := t.NewTuple(len(items))
	copyItems(tu.Items, items)
	return tu
}

// newLongTuple is NewTuple for more than six items.
func (t *Thread) newLongTuple(n int) *Tuple {
	if n > longSlabItems/8 {
		return NewTupleN(n)
	}
	s := &t.longSlab
	if len(s.tuples) == 0 {
		s.tuples = make([]Tuple, tupleSlabLen)
	}
	if len(s.items) < n {
		s.items = make([]Value, longSlabItems)
	}
	tu := &s.tuples[0]
	s.tuples = s.tuples[1:]
	tu.typ = TupleType
	tu.Items = s.items[:n:n]
	s.items = s.items[n:]
	return tu
}

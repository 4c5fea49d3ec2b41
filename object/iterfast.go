package object

// NextFast advances the built-in iterators that loops meet most (range,
// list and tuple iterators) through a direct call, which the compiler can
// inline, instead of the type's Next slot: it returns the next item, or
// Null at the end, with handled true; handled is false for any other
// iterator, which the caller advances with Next.
func NextFast(it Value) (v Value, handled bool) {
	switch it.Type() {
	case RangeIterType:
		v, _ = rangeIterNext(nil, it)
		return v, true
	case ListIterType, TupleIterType:
		v, _ = seqIterNextItem(nil, it)
		return v, true
	}
	return Null, false
}

package object

import "math"

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

// NextPair advances the iterators whose items are pairs made for each
// item (enumerate, a dict's items iterator, zip of two iterables) for a
// loop that unpacks each item into two targets: it returns the pair's
// items without making the tuple, a Null at the end, with handled true.
// handled is false for any other iterator (and for an enumerate whose
// count leaves int64), which the caller advances with Next.
func NextPair(t *Thread, it Value) (a, b Value, handled bool, err error) {
	switch it.Type() {
	case EnumerateType:
		e := (*Enumerate)(it.p)
		if e.bigIndex != nil || e.index == math.MaxInt64 {
			return Null, Null, false, nil
		}
		x, err := Next(t, e.it)
		if err != nil || x.IsNull() {
			return Null, Null, true, err
		}
		e.index++
		return Int(e.index - 1), x, true, nil
	case DictItemIterType:
		d := (*dictIter)(it.p)
		if d.kind != iterItems {
			return Null, Null, false, nil
		}
		e, err := d.next()
		if e == nil {
			return Null, Null, true, err
		}
		return e.key, e.value, true, nil
	case ZipType:
		z := (*Zip)(it.p)
		if len(z.its) != 2 {
			return Null, Null, false, nil
		}
		var items [2]Value
		if ok, err := z.next(t, items[:]); !ok {
			return Null, Null, true, err
		}
		return items[0], items[1], true, nil
	}
	return Null, Null, false, nil
}

package object

// GetSlice returns container[start:stop] (the BINARY_SLICE instruction).
// For lists, tuples and strs it slices without making a slice object.
func GetSlice(t *Thread, container, start, stop Value) (Value, error) {
	switch container.Type() {
	case StrType:
		s := (*Str)(container.p)
		lo, n, err := sliceBounds(t, s.length, start, stop)
		if err != nil {
			return Null, err
		}
		return s.slice(lo, 1, n).AsValue(), nil
	case ListType:
		items := (*List)(container.p).Items
		lo, n, err := sliceBounds(t, len(items), start, stop)
		if err != nil {
			return Null, err
		}
		return newListSlice(items, lo, 1, n).AsValue(), nil
	case TupleType:
		items := (*Tuple)(container.p).Items
		lo, n, err := sliceBounds(t, len(items), start, stop)
		if err != nil {
			return Null, err
		}
		if n == len(items) {
			return container, nil
		}
		return NewTuple(sliceItems(items, lo, 1, n)...).AsValue(), nil
	}
	return GetItem(t, container, NewSlice(start, stop, None))
}

// sliceBounds returns the first index and the length of [start:stop] on a
// sequence of the given length, without a slice object when both bounds
// are small ints.
func sliceBounds(t *Thread, length int, start, stop Value) (lo, n int, err error) {
	if start.IsInt() && stop.IsInt() {
		// adjustSliceIndices for step 1.
		n := int64(length)
		clip := func(i int64) int64 {
			if i < 0 {
				return max(i+n, 0)
			}
			return min(i, n)
		}
		a, b := clip(start.AsInt()), clip(stop.AsInt())
		return int(a), int(max(b-a, 0)), nil
	}
	s := Slice{Start: orNone(start), Stop: orNone(stop), Step: None}
	lo, _, _, n, err = s.Indices(t, length)
	return lo, n, err
}

// GetSliceStep returns container[start:stop:step] (BUILD_SLICE followed
// by BINARY_SUBSCR, as a trace runs it) without making the slice object
// for a list or tuple.
func GetSliceStep(t *Thread, container, start, stop, step Value) (Value, error) {
	if step == None || step == Int(1) {
		return GetSlice(t, container, start, stop)
	}
	var items []Value
	switch container.Type() {
	case ListType:
		items = (*List)(container.p).Items
	case TupleType:
		items = (*Tuple)(container.p).Items
	default:
		return GetItem(t, container, NewSlice(start, stop, step))
	}
	s := Slice{Start: start, Stop: stop, Step: step}
	lo, _, st, n, err := s.Indices(t, len(items))
	if err != nil {
		return Null, err
	}
	if container.Type() == ListType {
		return newListSlice(items, lo, st, n).AsValue(), nil
	}
	return NewTuple(sliceItems(items, lo, st, n)...).AsValue(), nil
}

// SetSlice performs container[start:stop] = v (the STORE_SLICE
// instruction). For lists it assigns without making a slice object.
func SetSlice(t *Thread, container, start, stop, v Value) error {
	if container.Type() == ListType {
		s := Slice{Start: start, Stop: stop, Step: None}
		return listAssignSlice(t, (*List)(container.p), &s, v)
	}
	return SetItem(t, container, NewSlice(start, stop, None), v)
}

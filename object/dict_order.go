// dict_order.go: reordering a dict's entries without hashing their keys
// again, for collections.OrderedDict (move_to_end, popitem(last=False),
// reverse iteration).

package object

// MoveToEnd moves the entry of key to the end of d's order (last) or to its
// front, keeping the stored key and value. key is hashed once; its stored
// twin is never hashed. ok is false when key is absent.
func (d *Dict) MoveToEnd(t *Thread, key Value, last bool) (ok bool, err error) {
	hash, err := Hash(t, key)
	if err != nil || d.used == 0 {
		return false, err
	}
	slot, ix, err := d.lookup(t, key, hash)
	if err != nil || ix < 0 {
		return false, err
	}
	if d.atEnd(ix, last) {
		return true, nil // already there: the order is unchanged
	}
	e := d.entries[ix]
	if !last {
		order := make([]dictEntry, 0, len(d.entries))
		order = append(order, e)
		order = append(order, d.entries[:ix]...)
		order = append(order, d.entries[ix+1:]...)
		d.entries = order
		d.resize(len(d.indices)) // renumbers the entries from their stored hashes
		return true, nil
	}
	d.entries[ix] = dictEntry{}
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, e)
	if len(d.entries) > dictUsable(len(d.indices)) {
		d.resize(d.used * 3) // drops the dead entries, as an insertion would
	} else {
		d.mutated(true)
	}
	return true, nil
}

// atEnd reports whether the entry ix is the last live one (last) or the
// first.
func (d *Dict) atEnd(ix int, last bool) bool {
	others := d.entries[:ix]
	if last {
		others = d.entries[ix+1:]
	}
	for i := range others {
		if !others[i].key.IsNull() {
			return false
		}
	}
	return true
}

// PopFirst removes and returns the first item without hashing its key; ok
// is false when d is empty. from is a position (0, or the next returned by
// the previous PopFirst while KeysVersion has not changed since) before
// which no entry is live; next is the one to pass to the following call.
// When the dead entries at the front outnumber the live ones, the table is
// compacted, so that a queue drained from the front stays linear.
func (d *Dict) PopFirst(from int) (key, value Value, next int, ok bool) {
	if d.used == 0 {
		return Null, Null, 0, false
	}
	i := min(from, len(d.entries))
	for i < len(d.entries) && d.entries[i].key.IsNull() {
		i++
	}
	if i == len(d.entries) { // a stale from: start over
		for i = 0; d.entries[i].key.IsNull(); i++ {
		}
	}
	e := d.entries[i]
	d.indices[d.findIndex(e.hash, i)] = dictDummy
	d.entries[i] = dictEntry{}
	d.used--
	next = i + 1
	if next > d.used+dictMinSize {
		d.resize(len(d.indices))
		next = 0
	} else {
		d.mutated(true)
	}
	return e.key, e.value, next, true
}

// Prev iterates over the items backward: starting from any pos at or past
// the end (len of the entries or more, e.g. math.MaxInt), it returns the
// last live entry before pos and the position to continue from, or ok
// false at the front.
func (d *Dict) Prev(pos int) (key, value Value, prev int, ok bool) {
	for i := min(pos, len(d.entries)) - 1; i >= 0; i-- {
		if e := &d.entries[i]; !e.key.IsNull() {
			return e.key, e.value, i, true
		}
	}
	return Null, Null, 0, false
}

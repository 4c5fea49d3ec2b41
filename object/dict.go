package object

import (
	"sync/atomic"
	"unsafe"
)

// Dict is a Python dict: an insertion-ordered hash table with any hashable
// keys. Entries are kept in insertion order in entries (a deleted entry
// keeps its slot with a Null key until the next resize); indices is an open
// addressing table of entry numbers probed as CPython probes its tables.
type Dict struct {
	Header
	indices []int32 // len is a power of two; dictEmpty, dictDummy or an entry number
	entries []dictEntry
	used    int // number of live entries

	// version changes on every mutation; keysVersion only when a key is
	// added or removed or the table is rebuilt, so that a cached entry
	// number stays valid while keysVersion holds.
	version     uint64
	keysVersion uint64
}

type dictEntry struct {
	hash  int64
	key   Value
	value Value
}

const (
	dictEmpty   = -1
	dictDummy   = -2
	dictMinSize = 8
	perturbBits = 5
)

var lastDictVersion atomic.Uint64

func nextDictVersion() uint64 { return lastDictVersion.Add(1) }

// NewDict returns an empty dict.
func NewDict() *Dict {
	d := &Dict{}
	d.typ = DictType
	return d
}

// NewDictSized returns an empty dict with room for n items before it grows
// (as CPython's _PyDict_NewPresized).
func NewDictSized(n int) *Dict {
	switch {
	case n <= 0:
		return NewDict()
	case n <= dictUsable(dictMinSize):
		return newDictInline()
	}
	d := NewDict()
	d.resize((n*3 + 1) / 2)
	return d
}

// dictInline is a dict allocated together with a table of the smallest
// size, for dicts made with their few items known (literals, decoded
// objects): one allocation instead of two, and the table next to the
// dict's fields, where a lookup finds it without another cache miss. A
// dict that outgrows the table leaves it unused.
type dictInline struct {
	Dict
	table dictTable8
}

// newDictInline returns an empty dict with an inline table of
// dictMinSize slots.
func newDictInline() *Dict {
	x := &dictInline{}
	d := &x.Dict
	d.typ = DictType
	d.indices, d.entries = x.table.indices[:], x.table.entries[:0]
	for i := range d.indices {
		d.indices[i] = dictEmpty
	}
	return d
}

// dictUsable is how many entries (live or deleted) a table of the given
// size holds before it must grow: two thirds, as in CPython.
func dictUsable(size int) int { return size * 2 / 3 }

// AsValue returns the dict as a Value.
func (d *Dict) AsValue() Value { return FromPointer(unsafePointer(d)) }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// Version returns a tag that changes on every mutation of d.
func (d *Dict) Version() uint64 { return d.version }

// KeysVersion returns a tag that changes whenever keys are added or removed
// or entry numbers change.
func (d *Dict) KeysVersion() uint64 { return d.keysVersion }

func (d *Dict) mutated(keys bool) {
	v := nextDictVersion()
	d.version = v
	if keys {
		d.keysVersion = v
	}
}

// lookup returns the slot of d.indices where key lives and its entry
// number, or the slot where key would be inserted and entry -1. Keys of
// equal hashes compare as keysEqual compares them.
func (d *Dict) lookup(t *Thread, key Value, hash int64) (slot int, entry int, err error) {
	if len(d.indices) == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeSlot := -1
	for {
		ix := d.indices[i]
		switch {
		case ix == dictEmpty:
			if freeSlot >= 0 {
				return freeSlot, -1, nil
			}
			return int(i), -1, nil
		case ix == dictDummy:
			if freeSlot < 0 {
				freeSlot = int(i)
			}
		default:
			e := &d.entries[ix]
			if e.key == key {
				return int(i), int(ix), nil
			}
			if e.hash != hash {
				break
			}
			if keyStr, ok := key.exactStr(); ok {
				// keysEqual's str case inline: no Python code runs.
				if s, ok := e.key.exactStr(); ok {
					if s.s == keyStr.s {
						return int(i), int(ix), nil
					}
					break
				}
			}
			if eq, ok := quickEqual(e.key, key); ok {
				if eq {
					return int(i), int(ix), nil
				}
				break
			}
			startKey, startVersion := e.key, d.keysVersion
			eq, err := Equal(t, startKey, key) // keysEqual for what quickEqual cannot tell
			if err != nil {
				return -1, -1, err
			}
			if d.keysVersion != startVersion || int(ix) >= len(d.entries) || d.entries[ix].key != startKey {
				// The comparison mutated the dict: start over, as CPython does.
				return d.lookup(t, key, hash)
			}
			if eq {
				return int(i), int(ix), nil
			}
		}
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
}

// keysEqual compares two dict keys that are not identical and have equal
// hashes, with a fast path for str keys (Equal has those of int and
// tuple keys).
func keysEqual(t *Thread, a, b Value) (bool, error) {
	if sa, ok := a.exactStr(); ok {
		if sb, ok := b.exactStr(); ok {
			return sa.s == sb.s, nil
		}
	}
	return Equal(t, a, b)
}

// GetItem returns d[key], or ok false when key is absent.
func (d *Dict) GetItem(t *Thread, key Value) (v Value, ok bool, err error) {
	hash, err := Hash(t, key)
	if err != nil {
		return Null, false, err
	}
	return d.GetItemHashed(t, key, hash)
}

// GetItemHashed is GetItem with the key's hash already computed.
func (d *Dict) GetItemHashed(t *Thread, key Value, hash int64) (Value, bool, error) {
	_, ix, err := d.lookup(t, key, hash)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetStr returns d[key] for a str key. It never runs Python code: a stored
// key of another type that would compare equal to a str is not found (only
// str subclasses overriding __eq__ could, which is what CPython's
// "unicode-only" lookups also ignore for interned names).
func (d *Dict) GetStr(key *Str) (Value, bool) {
	if e := d.findStr(key); e != nil {
		return e.value, true
	}
	return Null, false
}

// StrValueAddr returns the address of the value of key's entry (a str
// key, found as GetStr finds it), or nil when key is absent. The address
// stays that entry's while KeysVersion holds: JIT traces load and store
// globals there, and must then advance the version (VersionCounter).
func (d *Dict) StrValueAddr(key *Str) *Value {
	if e := d.findStr(key); e != nil {
		return &e.value
	}
	return nil
}

// VersionCounter returns the address of the word dict versions are drawn
// from. Code that stores into an entry in place (JIT traces, holding the
// GIL) sets the dict's version to this word plus one and stores that back,
// as nextDictVersion does, so versions stay unique across dicts and never
// repeat.
func VersionCounter() *uint64 { return (*uint64)(unsafePointer(&lastDictVersion)) }

// findStr returns key's entry (GetStr), or nil.
func (d *Dict) findStr(key *Str) *dictEntry {
	if len(d.indices) == 0 {
		return nil
	}
	hash := key.Hash()
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.indices[i]
		if ix == dictEmpty {
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == hash {
				if e.key.p == unsafePointer(key) {
					return e
				}
				if s, ok := e.key.exactStr(); ok && s.s == key.s {
					return e
				}
			}
		}
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
}

// SetStr sets d[key] = value for a str key; it cannot fail.
func (d *Dict) SetStr(key *Str, value Value) {
	if err := d.SetItemHashed(nil, key.AsValue(), key.Hash(), value); err != nil {
		panic("BUG: SetStr: " + err.Error())
	}
}

// SetItem sets d[key] = value.
func (d *Dict) SetItem(t *Thread, key, value Value) error {
	hash, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.SetItemHashed(t, key, hash, value)
}

// SetItemHashed is SetItem with the key's hash already computed.
func (d *Dict) SetItemHashed(t *Thread, key Value, hash int64, value Value) error {
	if len(d.indices) == 0 {
		d.resize(dictMinSize)
	}
	slot, ix, err := d.lookup(t, key, hash)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		d.mutated(false)
		return nil
	}
	if len(d.entries) >= dictUsable(len(d.indices)) {
		d.resize(d.used * 3) // CPython's GROWTH_RATE
		slot = d.emptySlot(hash)
	}
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash, key, value})
	d.used++
	d.mutated(true)
	return nil
}

// DelItem deletes d[key]; ok is false when key was absent.
func (d *Dict) DelItem(t *Thread, key Value) (ok bool, err error) {
	hash, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return d.DelItemHashed(t, key, hash)
}

// DelItemHashed is DelItem with the key's hash already computed.
func (d *Dict) DelItemHashed(t *Thread, key Value, hash int64) (bool, error) {
	slot, ix, err := d.lookup(t, key, hash)
	if err != nil || ix < 0 {
		return false, err
	}
	d.indices[slot] = dictDummy
	d.entries[ix] = dictEntry{}
	d.used--
	d.mutated(true)
	return true, nil
}

// Tables of the two smallest sizes, which most dicts keep all their life,
// hold their indices and entries in one allocation (the same bytes as two,
// one malloc fewer per dict).
type (
	dictTable8 struct {
		indices [dictMinSize]int32
		entries [dictMinSize * 2 / 3]dictEntry
	}
	dictTable16 struct {
		indices [2 * dictMinSize]int32
		entries [2 * dictMinSize * 2 / 3]dictEntry
	}
)

// newDictTable returns the indices of a table of size slots (a power of
// two, at least dictMinSize), all dictEmpty, and an empty entries slice
// with room for the dictUsable(size) entries the table holds.
func newDictTable(size int) (indices []int32, entries []dictEntry) {
	switch size {
	case dictMinSize:
		b := new(dictTable8)
		indices, entries = b.indices[:], b.entries[:0]
	case 2 * dictMinSize:
		b := new(dictTable16)
		indices, entries = b.indices[:], b.entries[:0]
	default:
		indices, entries = make([]int32, size), make([]dictEntry, 0, dictUsable(size))
	}
	for i := range indices {
		indices[i] = dictEmpty
	}
	return indices, entries
}

// resize rebuilds the table with the smallest power-of-two size of at
// least minSize slots (and at least dictMinSize), compacting the entries.
func (d *Dict) resize(minSize int) {
	size := dictMinSize
	for size < minSize {
		size <<= 1
	}
	var live []dictEntry
	d.indices, live = newDictTable(size)
	for _, e := range d.entries {
		if e.key.IsNull() {
			continue
		}
		d.indices[d.emptySlot(e.hash)] = int32(len(live))
		live = append(live, e)
	}
	d.entries = live
	d.mutated(true)
}

// emptySlot returns the first empty slot of hash's probe sequence. In a
// table without dummy slots (one resize has just built), that is where a
// key known to be absent goes.
func (d *Dict) emptySlot(hash int64) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.indices[i] != dictEmpty {
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.indices, d.entries, d.used = nil, nil, 0
	d.mutated(true)
}

// Next iterates over the items: starting from pos 0, it returns the next
// live entry at or after pos and the position to continue from, or ok
// false at the end.
func (d *Dict) Next(pos int) (key, value Value, next int, ok bool) {
	for ; pos < len(d.entries); pos++ {
		if e := &d.entries[pos]; !e.key.IsNull() {
			return e.key, e.value, pos + 1, true
		}
	}
	return Null, Null, pos, false
}

// ItemTuples returns d's (key, value) pairs, in order, as 2-tuples (the
// items of dict.items() materialised).
func (d *Dict) ItemTuples() []Value {
	items := make([]Value, 0, d.Len())
	for pos := 0; ; {
		k, v, next, ok := d.Next(pos)
		if !ok {
			return items
		}
		items = append(items, NewPair(k, v).AsValue())
		pos = next
	}
}

// nextEntry returns the first live entry at or after pos, and the position
// after it; ok is false at the end. The entry pointer is valid only until
// the dict is next modified.
func (d *Dict) nextEntry(pos int) (e *dictEntry, next int, ok bool) {
	for ; pos < len(d.entries); pos++ {
		if e := &d.entries[pos]; !e.key.IsNull() {
			return e, pos + 1, true
		}
	}
	return nil, pos, false
}

// Pop removes key and returns its value; ok is false when key was absent.
func (d *Dict) Pop(t *Thread, key Value) (value Value, ok bool, err error) {
	hash, err := Hash(t, key)
	if err != nil || d.used == 0 {
		return Null, false, err
	}
	slot, ix, err := d.lookup(t, key, hash)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	value = d.entries[ix].value
	d.indices[slot] = dictDummy
	d.entries[ix] = dictEntry{}
	d.used--
	d.mutated(true)
	return value, true, nil
}

// PopLast removes and returns the last item (dict.popitem); ok is false
// when d is empty. The entries after it are dropped so that the next
// insertion reuses the slot, as in CPython.
func (d *Dict) PopLast() (key, value Value, ok bool) {
	if d.used == 0 {
		return Null, Null, false
	}
	i := len(d.entries) - 1
	for d.entries[i].key.IsNull() {
		i--
	}
	e := d.entries[i]
	slot := d.findIndex(e.hash, i)
	d.indices[slot] = dictDummy
	clear(d.entries[i:])
	d.entries = d.entries[:i]
	d.used--
	d.mutated(true)
	return e.key, e.value, true
}

// findIndex returns the slot of d.indices that holds entry number ix,
// whose hash is hash.
func (d *Dict) findIndex(hash int64, ix int) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.indices[i] != int32(ix) {
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	keys := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Copy returns a shallow copy of d.
func (d *Dict) Copy() *Dict {
	c := NewDict()
	c.copyFrom(d)
	return c
}

// DictLayout is where a Dict keeps its hash table, for native code that
// probes it (the JIT's lookups and in-place stores): the offsets of the
// data pointer and length of indices (int32 entry numbers, or Empty or
// Dummy) and of the data pointer of entries, and the size of an entry,
// which holds the hash at +0, the key's two words at KeyOff and the
// value's at ValueOff. PerturbShift is the probe sequence's shift.
var DictLayout = struct {
	Indices, IndicesLen, Entries, EntrySize, KeyOff, ValueOff int64
	Empty, Dummy                                              int32
	PerturbShift                                              uint8
}{
	Indices:      int64(unsafe.Offsetof(Dict{}.indices)),
	IndicesLen:   int64(unsafe.Offsetof(Dict{}.indices)) + 8,
	Entries:      int64(unsafe.Offsetof(Dict{}.entries)),
	EntrySize:    int64(unsafe.Sizeof(dictEntry{})),
	KeyOff:       int64(unsafe.Offsetof(dictEntry{}.key)),
	ValueOff:     int64(unsafe.Offsetof(dictEntry{}.value)),
	Empty:        dictEmpty,
	Dummy:        dictDummy,
	PerturbShift: perturbBits,
}

// copyFrom makes d, which has no entries (not even deleted ones), hold the
// items of src: d.update(src) without comparing a key, since the keys of
// src are distinct. d gets a table of its own of src's size, with room for
// as many entries as that holds.
func (d *Dict) copyFrom(src *Dict) {
	if len(src.entries) != src.used {
		// Compact as src's next resize would; resize only reads d.entries.
		d.entries, d.used = src.entries, src.used
		d.resize(len(src.indices))
		return
	}
	if len(src.indices) > 0 {
		d.indices, d.entries = newDictTable(len(src.indices))
		copy(d.indices, src.indices)
		d.entries = append(d.entries, src.entries...)
	}
	d.used = src.used
	d.mutated(true)
}

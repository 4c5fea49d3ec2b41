// set.go: the hash table of set and frozenset. It follows CPython 3.11's
// setobject.c step for step (table sizes, linear probing then perturbed
// probing, reuse of the last dummy seen, fill/used accounting, resize
// policy and the insertion order of bulk operations), because a set's
// iteration order is its table order and programs print sets.

package object

import (
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// Set is a set or frozenset (or an instance of a subclass of either).
//
// An entry is empty (hash 0, Null key), a dummy left by a deletion (hash
// -1, setDummy key) or active. fill counts active and dummy entries, used
// the active ones. A nil table stands for an empty table of setMinSize.
type Set struct {
	Header
	table  []setEntry
	fill   int
	used   int
	finger int   // where pop() resumes its search
	hash   int64 // frozenset hash, -1 until computed
	// small is the table of a set that never grew past setMinSize
	// entries (one allocation for the set and its table, and a table
	// native code can add to from the first add on).
	small [setMinSize]setEntry
}

type setEntry struct {
	hash int64
	key  Value
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

var setDummyHeader Header

// setDummy is the key of a deleted entry.
var setDummy = Value{p: unsafe.Pointer(&setDummyHeader)}

// The set types.
var (
	SetType       = newBuiltinType("set", nil)
	FrozenSetType = newBuiltinType("frozenset", nil)
)

// AsValue returns the set as a Value.
func (s *Set) AsValue() Value { return FromPointer(unsafe.Pointer(s)) }

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// AsSet returns v as a *Set when v is a set, a frozenset or an instance of
// a subclass of either.
func (v Value) AsSet() (*Set, bool) {
	if v.p != nil && !v.IsImmediate() {
		if solid := v.Type().solid; solid == SetType || solid == FrozenSetType {
			return (*Set)(v.p), true
		}
	}
	return nil, false
}

// NewSet returns a new empty set.
func NewSet() *Set { return newSetOfType(SetType) }

// newSetOfType returns an empty instance of typ (set, frozenset or a
// subclass of either).
func newSetOfType(typ *Type) *Set {
	if typ == SetType || typ == FrozenSetType {
		s := &Set{Header: Header{typ}, hash: -1}
		s.table = s.small[:]
		return s
	}
	s := (*Set)(typ.AllocInstance())
	s.hash = -1
	return s
}

// isFrozen reports whether s is a frozenset (or subclass instance).
func (s *Set) isFrozen() bool { return s.typ.solid == FrozenSetType }

// mask returns the table size minus one.
func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

// lookup finds key: it returns the index of its entry (found), or of the
// empty entry that ends its probe sequence.
func (s *Set) lookup(t *Thread, key Value, hash int64) (index int, found bool, err error) {
	if s.table == nil {
		return -1, false, nil
	}
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.hash == 0 && e.key.IsNull() {
				return int(j), false, nil
			}
			if e.hash == hash {
				startKey := e.key
				if startKey == key {
					return int(j), true, nil
				}
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return -1, false, err
				}
				if !sameTable(table, s.table) || e.key != startKey {
					goto restart
				}
				if eq {
					return int(j), true, nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// smallTable returns s's inline table emptied, for a set that has no
// table (a new instance of a subclass, or a cleared set).
func (s *Set) smallTable() []setEntry {
	clear(s.small[:])
	return s.small[:]
}

// sameTable reports whether a and b are the same table.
func sameTable(a, b []setEntry) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// addEntry adds key (whose hash is hash) unless an equal key is present.
func (s *Set) addEntry(t *Thread, key Value, hash int64) error {
	if s.table == nil {
		s.table = s.smallTable()
	}
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.hash == 0 && e.key.IsNull() {
				if free >= 0 {
					table[free] = setEntry{hash, key}
					s.used++
					return nil
				}
				*e = setEntry{hash, key}
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				s.resize(s.growthTarget())
				return nil
			}
			if e.hash == hash {
				startKey := e.key
				if startKey == key {
					return nil
				}
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if !sameTable(table, s.table) || e.key != startKey {
					goto restart
				}
			} else if e.hash == -1 {
				free = int(j)
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// growthTarget is the minimum used count a growing table is sized for.
func (s *Set) growthTarget() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key.IsNull() {
			table[i] = setEntry{hash, key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key.IsNull() {
					table[j] = setEntry{hash, key}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest power-of-two size above
// minUsed, dropping dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	if size == setMinSize && len(old) == setMinSize && s.fill == s.used {
		return // nothing to gain
	}
	table := make([]setEntry, size)
	for _, e := range old {
		if !e.key.IsNull() && e.key != setDummy {
			insertClean(table, e.key, e.hash)
		}
	}
	s.table = table
	s.fill = s.used
}

// discardEntry removes key, reporting whether it was present.
func (s *Set) discardEntry(t *Thread, key Value, hash int64) (bool, error) {
	i, found, err := s.lookup(t, key, hash)
	if err != nil || !found {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	return true, nil
}

// next returns the first active entry at or after pos and the position
// after it; ok is false at the end.
func (s *Set) next(pos int) (e *setEntry, next int, ok bool) {
	for ; pos < len(s.table); pos++ {
		if e := &s.table[pos]; !e.key.IsNull() && e.key != setDummy {
			return e, pos + 1, true
		}
	}
	return nil, pos, false
}

// Items returns s's items in iteration order (list(s)).
func (s *Set) Items() []Value {
	items := make([]Value, 0, s.used)
	for pos := 0; ; {
		e, next, ok := s.next(pos)
		if !ok {
			return items
		}
		items = append(items, e.key)
		pos = next
	}
}

// clear empties s, back to the minimum size.
func (s *Set) clear() {
	s.table, s.fill, s.used, s.hash = nil, 0, 0, -1
}

// Add adds v to s (set.add, SET_ADD).
func (s *Set) Add(t *Thread, v Value) error {
	h, err := Hash(t, v)
	if err != nil {
		return err
	}
	return s.addEntry(t, v, h)
}

// Contains reports whether v is in s; a set v is looked up as the equal
// frozenset, as CPython does.
func (s *Set) Contains(t *Thread, v Value) (bool, error) {
	h, err := setKeyHash(t, v)
	if err != nil {
		return false, err
	}
	_, found, err := s.lookup(t, v, h)
	return found, err
}

// setKeyHash hashes a value used as a set key in contains/remove/discard:
// a (mutable) set hashes as the equal frozenset would.
func setKeyHash(t *Thread, v Value) (int64, error) {
	h, err := Hash(t, v)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ == TypeError {
			if ks, ok := v.AsSet(); ok && !ks.isFrozen() {
				return ks.frozenHash(), nil
			}
		}
	}
	return h, err
}

// frozenHash is the hash of the frozenset with the items of s.
func (s *Set) frozenHash() int64 {
	hashes := make([]int64, 0, s.used)
	for pos := 0; ; {
		e, next, ok := s.next(pos)
		if !ok {
			break
		}
		hashes = append(hashes, e.hash)
		pos = next
	}
	return pyhash.FrozenSet(hashes)
}

// merge adds the items of the set other (set_merge).
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	if (s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.table == nil {
		s.table = s.smallTable()
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		for i, e := range other.table {
			if !e.key.IsNull() {
				s.table[i] = e
			}
		}
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range other.table {
			if !e.key.IsNull() && e.key != setDummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = other.used, other.used
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		if e := other.table[i]; !e.key.IsNull() && e.key != setDummy {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds the items of any iterable (set_update_internal).
func (s *Set) update(t *Thread, other Value) error {
	if o, ok := other.AsSet(); ok {
		return s.merge(t, o)
	}
	if other.Type() == DictType {
		d := (*Dict)(other.p)
		if (s.fill+d.used)*5 >= s.mask()*3 {
			s.resize((s.used + d.used) * 2)
		}
		for pos := 0; ; {
			e, next, ok := d.nextEntry(pos)
			if !ok {
				return nil
			}
			pos = next
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return ForEach(t, other, func(x Value) error { return s.Add(t, x) })
}

// SetUpdate adds the items of iterable to s (set.update, SET_UPDATE).
func SetUpdate(t *Thread, s *Set, iterable Value) error { return s.update(t, iterable) }

// NewSetFrom returns a new set of items, added in order (BUILD_SET).
func NewSetFrom(t *Thread, items []Value) (*Set, error) {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(t, x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// NewFrozenSet returns a new frozenset of the items of iterable.
func NewFrozenSet(t *Thread, iterable Value) (*Set, error) {
	return newSetFromIterable(t, FrozenSetType, iterable)
}

// newSetFromIterable returns a new instance of typ holding the items of
// iterable (make_new_set).
func newSetFromIterable(t *Thread, typ *Type, iterable Value) (*Set, error) {
	s := newSetOfType(typ)
	if err := s.update(t, iterable); err != nil {
		return nil, err
	}
	return s, nil
}

// baseType is set for a set (or subclass) and frozenset otherwise: the
// type of the results of set operations (make_new_set_basetype).
func (s *Set) baseType() *Type {
	if s.typ.IsSubtype(SetType) {
		return SetType
	}
	return FrozenSetType
}

// copySet is set.copy: a new set of the base type with the same items.
func (s *Set) copySet(t *Thread) (*Set, error) {
	c := newSetOfType(s.baseType())
	return c, c.merge(t, s)
}

// intersection returns s & other for any iterable other.
func (s *Set) intersection(t *Thread, other Value) (*Set, error) {
	if other.p == unsafe.Pointer(s) {
		return s.copySet(t)
	}
	result := newSetOfType(s.baseType())
	if o, ok := other.AsSet(); ok {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		for pos := 0; ; {
			e, next, ok := small.next(pos)
			if !ok {
				return result, nil
			}
			pos = next
			key, hash := e.key, e.hash
			_, found, err := big.lookup(t, key, hash)
			if err != nil {
				return nil, err
			}
			if found {
				if err := result.addEntry(t, key, hash); err != nil {
					return nil, err
				}
			}
		}
	}
	err := ForEach(t, other, func(key Value) error {
		hash, err := Hash(t, key)
		if err != nil {
			return err
		}
		_, found, err := s.lookup(t, key, hash)
		if err != nil || !found {
			return err
		}
		if err := result.addEntry(t, key, hash); err != nil {
			return err
		}
		if result.used >= s.used {
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return result, nil
}

// setIntersectionValue is s.intersection(other) as a Value.
func setIntersectionValue(t *Thread, s *Set, other Value) (Value, error) {
	r, err := s.intersection(t, other)
	if err != nil {
		return Null, err
	}
	return r.AsValue(), nil
}

// differenceUpdate removes the items of other from s
// (set_difference_update_internal).
func (s *Set) differenceUpdate(t *Thread, other Value) error {
	if other.p == unsafe.Pointer(s) {
		s.clear()
		return nil
	}
	if o, ok := other.AsSet(); ok {
		if o.used>>3 > s.used {
			var err error
			if o, err = s.intersection(t, other); err != nil {
				return err
			}
		}
		for pos := 0; ; {
			e, next, ok := o.next(pos)
			if !ok {
				break
			}
			pos = next
			if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := ForEach(t, other, func(key Value) error {
			h, err := Hash(t, key)
			if err != nil {
				return err
			}
			_, err = s.discardEntry(t, key, h)
			return err
		})
		if err != nil {
			return err
		}
	}
	if s.fill-s.used <= s.mask()/4 {
		return nil
	}
	s.resize(s.growthTarget())
	return nil
}

// difference returns s - other for any iterable other (set_difference).
func (s *Set) difference(t *Thread, other Value) (*Set, error) {
	otherSize := -1
	if o, ok := other.AsSet(); ok {
		otherSize = o.used
	} else if other.Type() == DictType {
		otherSize = (*Dict)(other.p).used
	}
	if otherSize < 0 || s.used>>2 > otherSize {
		result, err := s.copySet(t)
		if err != nil {
			return nil, err
		}
		return result, result.differenceUpdate(t, other)
	}
	result := newSetOfType(s.baseType())
	for pos := 0; ; {
		e, next, ok := s.next(pos)
		if !ok {
			return result, nil
		}
		pos = next
		key, hash := e.key, e.hash
		var found bool
		var err error
		if other.Type() == DictType {
			_, found, err = (*Dict)(other.p).GetItemHashed(t, key, hash)
		} else {
			_, found, err = (*Set)(other.p).lookup(t, key, hash)
		}
		if err != nil {
			return nil, err
		}
		if !found {
			if err := result.addEntry(t, key, hash); err != nil {
				return nil, err
			}
		}
	}
}

// symmetricDifferenceUpdate replaces s by s ^ other.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other Value) error {
	if other.p == unsafe.Pointer(s) {
		s.clear()
		return nil
	}
	toggle := func(key Value, hash int64) error {
		found, err := s.discardEntry(t, key, hash)
		if err != nil || found {
			return err
		}
		return s.addEntry(t, key, hash)
	}
	if other.Type() == DictType {
		d := (*Dict)(other.p)
		for pos := 0; ; {
			e, next, ok := d.nextEntry(pos)
			if !ok {
				return nil
			}
			pos = next
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	o, ok := other.AsSet()
	if !ok {
		var err error
		if o, err = newSetFromIterable(t, s.baseType(), other); err != nil {
			return err
		}
	}
	for pos := 0; ; {
		e, next, ok := o.next(pos)
		if !ok {
			return nil
		}
		pos = next
		if err := toggle(e.key, e.hash); err != nil {
			return err
		}
	}
}

// symmetricDifference returns s ^ other.
func (s *Set) symmetricDifference(t *Thread, other Value) (*Set, error) {
	result, err := newSetFromIterable(t, s.baseType(), other)
	if err != nil {
		return nil, err
	}
	return result, result.symmetricDifferenceUpdate(t, s.AsValue())
}

// isSubset reports whether every item of s is in the set other.
func (s *Set) isSubset(t *Thread, other *Set) (bool, error) {
	if s.used > other.used {
		return false, nil
	}
	for pos := 0; ; {
		e, next, ok := s.next(pos)
		if !ok {
			return true, nil
		}
		pos = next
		_, found, err := other.lookup(t, e.key, e.hash)
		if err != nil || !found {
			return false, err
		}
	}
}

// pop removes and returns an arbitrary item, as CPython chooses it.
func (s *Set) pop() (Value, bool) {
	if s.used == 0 {
		return Null, false
	}
	i := s.finger & s.mask()
	for {
		if e := s.table[i]; !e.key.IsNull() && e.key != setDummy {
			break
		}
		i = (i + 1) & s.mask()
	}
	key := s.table[i].key
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.finger = i + 1
	return key, true
}

// SetLayout is where a Set keeps its hash table, for native code that
// probes it (the JIT's int membership tests and adds): the offsets of the
// table's data pointer and length, of fill and used, and the size of an
// entry, which holds the hash at +0 and the key's two words at +8 and +16.
var SetLayout = struct {
	Table, TableLen, Fill, Used, EntrySize int64
}{
	Table:     int64(unsafe.Offsetof(Set{}.table)),
	TableLen:  int64(unsafe.Offsetof(Set{}.table)) + 8,
	Fill:      int64(unsafe.Offsetof(Set{}.fill)),
	Used:      int64(unsafe.Offsetof(Set{}.used)),
	EntrySize: int64(unsafe.Sizeof(setEntry{})),
}

// SetProbeLimits are the constants of the set's probe sequence (as in
// CPython): linear probes after the first entry, and the perturb shift.
const (
	SetLinearProbes = setLinearProbes
	SetPerturbShift = setPerturbShift
)

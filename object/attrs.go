package object

import "unsafe"

// Layout is a hidden class (a "map" in PyPy's terms): the attribute names of
// an instance, in the order they were added, shared by every instance of the
// same class that gained the same attributes in the same order. An
// attribute load is then a layout check plus a slot load, which is what
// inline caches and JIT traces guard on.
//
// Layouts belong to one class: the root layout of a class holds its
// __slots__ names (unset slots hold Null), and each further attribute
// extends the layout by one name.
//
// A layout also records which of its slots may hold something other than
// a float (nonFloat), so that JIT traces reading a float attribute need
// not check each value's kind: they check once that the slot's bit is
// still clear (Layout.FloatSlot).
type Layout struct {
	owner *Type
	// nonFloat has bit i set when slot i of an instance with this layout
	// may hold a value that is not a float: one was stored there, or the
	// slot is a __slots__ member (which starts as Null). Bits are only
	// ever set, and a layout has every bit of the layout it extends (a
	// bit set later is set in the layouts that extend it too), so an
	// instance moving to a longer layout keeps its slots' bits set.
	// Every write of an instance slot calls Attrs.noteStore (or, on the
	// inline cache's fast path, stores a float or into a slot whose bit
	// it saw set: attrInFloat, attrInSlot).
	nonFloat    uint64
	names       []*Str // slot order; shared prefix with the parent's
	index       map[*Str]int
	transitions map[*Str]*Layout
}

// maxLayoutAttrs bounds the names of a layout; an instance that grows more
// attributes moves its attributes into a dict.
const maxLayoutAttrs = 64

// maxSlotsHint bounds Type.slotsHint, so that one instance growing many
// attributes does not make every instance large.
const maxSlotsHint = 16

// Attrs is the attribute storage of an instance: either layout + slots, or
// (in dict mode, after __dict__ was requested, an attribute deleted or too
// many added) the fixed __slots__ part of slots plus dict.
type Attrs struct {
	layout *Layout
	slots  []Value
	dict   *Dict
}

func newRootLayout(owner *Type, slotNames []*Str) *Layout {
	return &Layout{owner: owner, names: slotNames, nonFloat: 1<<len(slotNames) - 1}
}

// FloatSlot reports whether every value slot i of instances with layout l
// has held so far is a float. Once false it stays false.
func (l *Layout) FloatSlot(i int) bool { return i < 64 && l.nonFloat>>uint(i)&1 == 0 }

// noteNonFloat records that slot i (a float slot of l) of an instance
// with layout l holds a value that is not a float, in l and in every
// layout extending it.
func (l *Layout) noteNonFloat(i int) {
	l.nonFloat |= 1 << uint(i)
	for _, next := range l.transitions {
		if next.FloatSlot(i) { // else so are the layouts extending next
			next.noteNonFloat(i)
		}
	}
}

// noteStore records the store of v into slot i of a's instance, which has
// a.layout (Layout.nonFloat).
func (a *Attrs) noteStore(i int, v Value) {
	if !v.IsFloat() && a.layout.FloatSlot(i) {
		a.layout.noteNonFloat(i)
	}
}

// Owner returns the class the layout belongs to.
func (l *Layout) Owner() *Type { return l.owner }

// Find returns the slot number of name, or -1. name must be interned.
func (l *Layout) Find(name *Str) int {
	if l.index != nil {
		if i, ok := l.index[name]; ok {
			return i
		}
		return -1
	}
	for i, n := range l.names {
		if n == name {
			return i
		}
	}
	return -1
}

// Len returns the number of names of l: an instance with layout l (not in
// dict mode) has exactly that many slots.
func (l *Layout) Len() int { return len(l.names) }

// Transition returns the layout an instance with layout l moves to when
// attribute name (interned) is added to it (Attrs.Set, which then appends
// the value as slot l.Len()), if an instance made that transition before;
// nil when none did, when name is already in l, when the add would
// switch the instance to dict mode instead, or when the class's instances
// have only their __slots__ (GenericSetAttr refuses the add). A
// transition, once made, never changes, so the JIT may repeat it by
// storing the layout it returns.
func (l *Layout) Transition(name *Str) *Layout {
	if len(l.names) >= maxLayoutAttrs || l.owner.Flags&flagNoDict != 0 || l.Find(name) >= 0 {
		return nil
	}
	return l.transitions[name]
}

// with returns the layout that extends l by name.
func (l *Layout) with(name *Str) *Layout {
	if next, ok := l.transitions[name]; ok {
		return next
	}
	names := make([]*Str, len(l.names)+1)
	copy(names, l.names)
	names[len(l.names)] = name
	next := &Layout{owner: l.owner, names: names, nonFloat: l.nonFloat}
	if h := &l.owner.slotsHint; l.owner.Flags&FlagHeapType != 0 && len(names) > *h && len(names) <= maxSlotsHint {
		*h = len(names)
		l.owner.dropInstancePool() // its instances have less room
	}
	if len(names) > 8 {
		next.index = make(map[*Str]int, len(names))
		for i, n := range names {
			next.index[n] = i
		}
	}
	if l.transitions == nil {
		l.transitions = map[*Str]*Layout{}
	}
	l.transitions[name] = next
	return next
}

// root returns the root layout of typ's instances, making it on first use.
func (typ *Type) root() *Layout {
	if typ.rootLayout == nil {
		typ.rootLayout = newRootLayout(typ, nil)
	}
	return typ.rootLayout
}

// RootLayout returns the layout every new instance of typ starts with
// (AllocInstance): its __slots__ names, with no dict.
func (typ *Type) RootLayout() *Layout { return typ.root() }

// FreshShape describes the instances AllocInstance makes of typ, for the
// JIT, which removes the allocation of an instance that never leaves a
// trace (and makes it at an exit that needs it: NewInstanceWith): the
// offset of their attribute storage, their layout (typ's root) and the
// length and room of their slot array. ok is false for a class whose
// instances have no attribute storage.
func (typ *Type) FreshShape() (attrsOff int64, root *Layout, length, room int, ok bool) {
	if typ.attrsOffset == 0 {
		return 0, nil, 0, 0, false
	}
	root = typ.root()
	n := len(root.names)
	room = max(n, typ.slotsHint)
	if typ.solid == ObjectType {
		if r := plainRoom(room); r > 0 {
			room = r
		}
	}
	return int64(typ.attrsOffset), root, n, room, true
}

// NewInstanceWith returns a new instance of typ, taken from its pool as a
// trace takes one (Type.PooledInstance), with layout l (typ's root layout
// or one its transitions lead to) and the values vals in its slot array
// (Null where a __slots__ member is unset): the instance a trace that
// took it and stored those attributes would have left.
func (typ *Type) NewInstanceWith(l *Layout, vals []Value) unsafe.Pointer {
	p := typ.PooledInstance()
	a := typ.attrsOf(p)
	a.layout = l
	a.slots = append(a.slots[:0], vals...)
	for i, v := range vals {
		if !v.IsNull() {
			a.noteStore(i, v)
		}
	}
	return p
}

// Init prepares the storage of a new instance of typ.
func (a *Attrs) Init(typ *Type) {
	root := typ.root()
	a.layout = root
	if n := len(root.names); n > 0 || typ.slotsHint > 0 {
		a.slots = make([]Value, n, max(n, typ.slotsHint))
	}
}

// Layout returns the instance's layout, or nil in dict mode.
func (a *Attrs) Layout() *Layout {
	if a.dict != nil {
		return nil
	}
	return a.layout
}

// Room returns how many attributes Set can add (in layout mode) before
// the slot array must grow.
func (a *Attrs) Room() int { return cap(a.slots) - len(a.slots) }

// Get returns the attribute name (interned) from the instance storage.
func (a *Attrs) Get(name *Str) (Value, bool) {
	if a.dict != nil {
		return a.dict.GetStr(name)
	}
	if i := a.layout.Find(name); i >= 0 {
		v := a.slots[i]
		return v, !v.IsNull()
	}
	return Null, false
}

// Set stores the attribute name (interned).
func (a *Attrs) Set(name *Str, v Value) {
	if a.dict != nil {
		a.dict.SetStr(name, v)
		return
	}
	if i := a.layout.Find(name); i >= 0 {
		a.slots[i] = v
		a.noteStore(i, v)
		return
	}
	if len(a.layout.names) >= maxLayoutAttrs {
		a.Dict().SetStr(name, v)
		return
	}
	a.layout = a.layout.with(name)
	a.slots = append(a.slots, v)
	a.noteStore(len(a.slots)-1, v)
}

// Delete removes the attribute name, reporting whether it was present.
func (a *Attrs) Delete(name *Str) bool {
	if a.dict == nil {
		i := a.layout.Find(name)
		if i < 0 || a.slots[i].IsNull() {
			return false
		}
		a.Dict()
	}
	ok, _ := a.dict.DelItemHashed(nil, name.AsValue(), name.Hash())
	return ok
}

// Dict switches the storage to dict mode (if needed) and returns the dict
// that is the instance's __dict__.
func (a *Attrs) Dict() *Dict {
	if a.dict != nil {
		return a.dict
	}
	d := NewDict()
	fixed := len(a.layout.owner.rootLayout.names)
	for i := fixed; i < len(a.layout.names); i++ {
		if v := a.slots[i]; !v.IsNull() {
			d.SetStr(a.layout.names[i], v)
		}
	}
	a.slots = a.slots[:fixed:fixed]
	a.dict = d
	return d
}

// rehome moves the storage onto the layouts of typ, after __class__
// assignment to a class whose instances have the same __slots__: the same
// names in the same order, so every slot keeps its index.
func (a *Attrs) rehome(typ *Type) {
	old := a.layout
	a.layout = typ.root()
	if a.dict != nil {
		return
	}
	for _, n := range old.names[len(a.layout.names):] {
		a.layout = a.layout.with(n)
	}
	for i, v := range a.slots {
		a.noteStore(i, v)
	}
}

// ReplaceDict makes d the instance's __dict__ (assignment to __dict__).
func (a *Attrs) ReplaceDict(d *Dict) {
	a.Dict()
	a.dict = d
}

// AttrsOf returns the attribute storage of v, or nil when v has none.
func AttrsOf(v Value) *Attrs {
	if v.IsImmediate() {
		return nil
	}
	return v.Type().attrsOf(v.p)
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance's attributes, then other class attributes.
func GenericGetAttr(t *Thread, obj Value, name *Str) (Value, error) {
	v, found, err := genericLookup(t, obj, name)
	if err == nil && !found {
		err = noAttributeError(obj, name)
	}
	return v, err
}

// genericLookup is GenericGetAttr reporting a missing attribute with found
// false instead of an AttributeError (descriptors may still raise one).
func genericLookup(t *Thread, obj Value, name *Str) (v Value, found bool, err error) {
	typ := obj.Type()
	descr := typ.Lookup(name)
	var get DescrGetFunc
	if !descr.IsNull() {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			v, err = get(t, descr, obj, typ)
			return v, true, err
		}
	}
	if a := AttrsOf(obj); a != nil {
		if v, ok := a.Get(name); ok {
			return v, true, nil
		}
	}
	if get != nil {
		v, err = get(t, descr, obj, typ)
		return v, true, err
	}
	if !descr.IsNull() {
		return descr, true, nil
	}
	return Null, false, nil
}

// LookupAttr returns v.name (name interned) with found true, or found false
// when getting it raises AttributeError (getattr with a default, hasattr).
// For objects with the generic attribute lookup, a missing attribute makes
// no exception object.
func LookupAttr(t *Thread, v Value, name *Str) (Value, bool, error) {
	var r Value
	var err error
	if get := v.Type().GetAttr; get != nil && SameFunc(get, GetAttrFunc(GenericGetAttr)) {
		var found bool
		if r, found, err = genericLookup(t, v, name); err == nil {
			return r, found, nil
		}
	} else if r, err = GetAttr(t, v, name); err == nil {
		return r, true, nil
	}
	if e, ok := err.(*Exc); ok && e.Type().IsSubtype(AttributeError) {
		return Null, false, nil
	}
	return Null, false, err
}

// GenericSetAttr is object.__setattr__ (and __delattr__ when value is Null).
func GenericSetAttr(t *Thread, obj Value, name *Str, value Value) error {
	typ := obj.Type()
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		if set := descr.Type().DescrSet; set != nil {
			return set(t, descr, obj, value)
		}
	}
	a := AttrsOf(obj)
	if a == nil || (a.dict == nil && typ.Flags&flagNoDict != 0 && a.layout.Find(name) < 0) {
		if descr.IsNull() {
			return noAttributeError(obj, name)
		}
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
	}
	if value.IsNull() {
		if !a.Delete(name) {
			return noAttributeError(obj, name)
		}
		return nil
	}
	a.Set(name, value)
	return nil
}

// noAttributeError returns the AttributeError for obj.name, with its name
// and obj attributes set (as CPython 3.10+ does, for suggestions).
func noAttributeError(obj Value, name *Str) error {
	var e *Exc
	if typ, ok := obj.AsType(); ok {
		e = Errorf(AttributeError, "type object '%s' has no attribute '%s'", typ.tpName(), name.s)
	} else {
		e = Errorf(AttributeError, "'%s' object has no attribute '%s'", obj.Type().tpName(), name.s)
	}
	e.setField(fieldValue, name.AsValue())
	e.setField(fieldAttrObj, obj)
	return e
}

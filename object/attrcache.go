package object

import "unsafe"

// AttrSite is the inline cache of one attribute access site (a LOAD_ATTR,
// LOAD_METHOD or STORE_ATTR instruction). It remembers, for the last few
// types seen there (each identified by its version tag, which is unique
// among types), where the attribute was found: in a slot of the instance
// layout, or on the type. While a version and layout still match, the
// access is a few compares and a load. The JIT guards on exactly the same
// facts.
//
// A site keeps up to attrSiteWays entries, most recently filled or used
// (see promote) first, so that a site seeing instances of a few classes
// (subclasses sharing a method, say) does not miss at every change of
// class.
type AttrSite struct {
	e [attrSiteWays]attrEntry
	// found is the entry behind the first that the last out-of-line
	// lookup found, or 0 (see promote).
	found uint8
}

// attrSiteWays is the number of entries of an AttrSite.
const attrSiteWays = 4

// attrEntry is what an AttrSite knows about one type.
type attrEntry struct {
	version uint32 // type version when filled; 0 means empty
	kind    attrSiteKind
	layout  *Layout // the instance layout (nil for objects without attributes)
	next    *Layout // for attrAddSlot: the layout after the attribute is added
	index   int     // for attrInSlot, attrInFloat, attrMember and attrAddSlot: the slot
	value   Value   // for attrOnType and attrMethod: the class attribute
}

type attrSiteKind uint8

const (
	attrEmpty   attrSiteKind = iota
	attrInSlot               // an instance attribute in layout slot index
	attrInFloat              // a store's attrInSlot for a slot that has held only floats (Layout.FloatSlot)
	attrOnType               // a class attribute without __get__ (Load)
	attrMethod               // a method found on the type, called unbound (LoadMethod)
	attrMember               // a __slots__ member: layout slot index, whatever the layout
	attrAddSlot              // a store adding slot index to layout (giving next), or setting it in next
)

// cacheable reports whether attribute access on instances of typ follows
// object.__getattribute__ / __setattr__ exactly, so that a site can be
// cached.
func cacheable(typ *Type, set bool) bool {
	if set {
		return typ.SetAttr != nil && SameFunc(typ.SetAttr, SetAttrFunc(GenericSetAttr))
	}
	return typ.GetAttr != nil && SameFunc(typ.GetAttr, GetAttrFunc(GenericGetAttr))
}

// Load returns obj.name (name interned) through the cache.
func (s *AttrSite) Load(t *Thread, obj Value, name *Str) (Value, error) {
	if obj.IsImmediate() {
		return GetAttr(t, obj, name)
	}
	typ := obj.Type()
	for i := range s.e {
		e := &s.e[i]
		if e.version != typ.version || e.version == 0 {
			continue
		}
		switch e.kind {
		case attrInSlot:
			if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && a.layout == e.layout {
				if v := a.slots[e.index]; !v.IsNull() {
					s.promote(i)
					return v, nil
				}
			}
		case attrOnType:
			if e.sameLayout(typ.attrsOf(obj.p)) {
				v := e.value
				s.promote(i)
				return v, nil
			}
		case attrMember:
			if v := typ.attrsOf(obj.p).slots[e.index]; !v.IsNull() {
				s.promote(i)
				return v, nil
			}
		}
	}
	v, err := GetAttr(t, obj, name)
	if err == nil {
		s.fill(typ, obj, name, false)
	}
	return v, err
}

// The Hit methods are the fast paths of Load, LoadMethod and Store, small
// enough to inline into the eval loop: they only look at the site's most
// recent entry, and report a miss (Null, false) for the caller to call the
// full method. attrInSlot and attrMember entries are only filled for types
// whose instances have attribute storage (so obj is no immediate), and a
// type's version is unique, so a matching version means the storage is
// there.

// LoadHit returns obj.name when the site's most recent entry has it in an
// instance slot or a __slots__ member, else Null.
func (s *AttrSite) LoadHit(obj Value) Value {
	e := &s.e[0]
	typ := obj.Type()
	if e.version != typ.version {
		return Value{}
	}
	switch e.kind {
	case attrInSlot:
		if a := (*Attrs)(unsafe.Add(obj.p, typ.attrsOffset)); a.layout == e.layout && a.dict == nil {
			return a.slots[e.index]
		}
	case attrMember:
		return (*Attrs)(unsafe.Add(obj.p, typ.attrsOffset)).slots[e.index]
	}
	return Value{}
}

// LoadMethodHit returns the unbound method LoadMethod would return with
// bound true when the site's most recent entry is that method for obj's
// type and layout, else Null.
func (s *AttrSite) LoadMethodHit(obj Value) Value {
	e := &s.e[0]
	typ := obj.Type()
	if e.kind != attrMethod || e.version != typ.version {
		return Value{}
	}
	if typ.attrsOffset == 0 {
		if e.layout != nil {
			return Value{}
		}
	} else if a := (*Attrs)(unsafe.Add(obj.p, typ.attrsOffset)); a.layout != e.layout || a.dict != nil {
		return Value{}
	}
	return e.value
}

// StoreHit sets obj.name = v and returns true when the site's most recent
// entry has the attribute in an instance slot of obj's type and layout
// (for a value that is not a float, a slot the layout knows may hold one:
// attrInSlot, not attrInFloat, whose other values Store records in the
// layout before making the entry attrInSlot), or in a __slots__ member.
// The switch tests the kinds in the order of their values: attrInSlot,
// the commonest, first.
func (s *AttrSite) StoreHit(obj, v Value) bool {
	e := &s.e[0]
	typ := obj.Type()
	if e.version != typ.version {
		return false
	}
	a := (*Attrs)(unsafe.Add(obj.p, typ.attrsOffset))
	switch e.kind {
	case attrInFloat:
		if v.p != unsafe.Pointer(&floatHeader) {
			return false
		}
		fallthrough
	case attrInSlot:
		if a.layout != e.layout || a.dict != nil {
			return false
		}
	case attrMember:
	default:
		return false
	}
	a.slots[e.index] = v
	return true
}

// LoadMethod looks up obj.name for a call: when it is a plain function or
// method descriptor found on the type (not shadowed by the instance), it
// returns it unbound with bound true, so that the caller passes obj as the
// first argument; otherwise it returns the attribute as Load does.
// isMethod tells which class attributes count as methods (the interpreter
// owns the function type).
func (s *AttrSite) LoadMethod(t *Thread, obj Value, name *Str, isMethod func(*Type) bool) (Value, bool, error) {
	typ := obj.Type()
	for i := range s.e {
		if e := &s.e[i]; e.version == typ.version && e.version != 0 && e.kind == attrMethod && e.sameLayout(AttrsOf(obj)) {
			return s.promote(i).value, true, nil
		}
	}
	if cacheable(typ, false) {
		attr := typ.Lookup(name)
		if !attr.IsNull() && isMethod(attr.Type()) {
			a := AttrsOf(obj)
			if a == nil || !a.has(name) {
				if typ.version != 0 && (a == nil || a.dict == nil) {
					e := attrEntry{version: typ.version, kind: attrMethod, value: attr}
					if a != nil {
						e.layout = a.layout
					}
					s.add(e)
				}
				return attr, true, nil
			}
		}
	}
	v, err := s.Load(t, obj, name)
	return v, false, err
}

// Store sets obj.name = v (v not Null) through the cache.
func (s *AttrSite) Store(t *Thread, obj Value, name *Str, v Value) error {
	if !obj.IsImmediate() {
		typ := obj.Type()
		for i := range s.e {
			e := &s.e[i]
			if e.version != typ.version || e.version == 0 {
				continue
			}
			switch e.kind {
			case attrInSlot, attrInFloat:
				if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && a.layout == e.layout {
					a.slots[e.index] = v
					if e.kind == attrInFloat && !v.IsFloat() {
						a.noteStore(e.index, v)
						e.kind = attrInSlot
					}
					s.promote(i)
					return nil
				}
			case attrMember:
				typ.attrsOf(obj.p).slots[e.index] = v
				s.promote(i)
				return nil
			case attrAddSlot:
				if a := typ.attrsOf(obj.p); a != nil && a.dict == nil {
					switch a.layout {
					case e.layout:
						// The transition Attrs.Set makes: the new name
						// goes at the end.
						a.slots = append(a.slots, v)
						a.layout = e.next
						a.noteStore(e.index, v)
						return nil
					case e.next:
						a.slots[e.index] = v
						a.noteStore(e.index, v)
						return nil
					}
				}
			}
		}
	}
	var before *Layout
	if a := AttrsOf(obj); a != nil && a.dict == nil {
		before = a.layout
	}
	if err := SetAttr(t, obj, name, v); err != nil {
		return err
	}
	if !obj.IsImmediate() {
		if e := s.fill(obj.Type(), obj, name, true); e != nil && (e.kind == attrInSlot || e.kind == attrInFloat) && before != nil && before != e.layout &&
			e.index == len(before.names) && len(e.layout.names) == e.index+1 && before.transitions[name] == e.layout {
			// The store added the attribute: the next instance at this
			// site (in __init__, typically) will make the same transition.
			e.kind, e.layout, e.next = attrAddSlot, before, e.layout
		}
	}
	return nil
}

// fill records where name was found on obj after a successful generic
// access, when the access can be cached, and returns the entry it filled
// (nil when it filled none).
func (s *AttrSite) fill(typ *Type, obj Value, name *Str, set bool) *attrEntry {
	if typ.version == 0 || !cacheable(typ, set) {
		return nil
	}
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		dt := descr.Type()
		if dt == MemberDescriptorType {
			if m := (*memberDescr)(descr.p); m.slot > 0 && !m.readOnly && typ.IsSubtype(m.owner) && !obj.IsImmediate() && typ.attrsOf(obj.p) != nil {
				// The type's version guards the descriptor; the slot
				// index holds for every instance of the type.
				return s.add(attrEntry{version: typ.version, kind: attrMember, index: m.slot - 1})
			}
			return nil
		}
		if dt.DescrSet != nil || (!set && dt.DescrGet != nil) {
			return nil // descriptors run code: not cached
		}
	}
	if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && !obj.IsImmediate() {
		if i := a.layout.Find(name); i >= 0 && !a.slots[i].IsNull() {
			kind := attrInSlot
			if set && a.layout.FloatSlot(i) {
				kind = attrInFloat
			}
			return s.add(attrEntry{version: typ.version, kind: kind, layout: a.layout, index: i})
		}
	}
	if a := AttrsOf(obj); !set && !descr.IsNull() && (a == nil || a.dict == nil) {
		e := attrEntry{version: typ.version, kind: attrOnType, value: descr}
		if a != nil {
			e.layout = a.layout
		}
		return s.add(e)
	}
	return nil
}

// add puts e first in the site, dropping an entry for the same type and
// layout, or else the least recently used one, and returns it.
func (s *AttrSite) add(e attrEntry) *attrEntry {
	last := len(s.e) - 1
	for i := range s.e {
		if s.e[i].version == 0 || (s.e[i].version == e.version && s.e[i].layout == e.layout) {
			last = i
			break
		}
	}
	copy(s.e[1:last+1], s.e[:last])
	s.e[0] = e
	s.found = 0
	return &s.e[0]
}

// promote is called when an out-of-line lookup finds entry i, and returns
// it. An entry found behind the first twice in a row moves to the front,
// where the Hit fast paths look, the entries before it moving down one: a
// site whose instances are mostly of one class (a base-class method seeing
// one subclass more than the others) does not keep missing the fast path
// because another class was seen last when the entries were filled, while
// a site cycling through several classes (which no order serves) does not
// pay for moving entries at every access.
func (s *AttrSite) promote(i int) *attrEntry {
	if i == 0 {
		return &s.e[0]
	}
	if s.found != uint8(i) {
		s.found = uint8(i)
		return &s.e[i]
	}
	s.found = 0
	e := s.e[i]
	for ; i > 0; i-- {
		s.e[i] = s.e[i-1]
	}
	s.e[0] = e
	return &s.e[0]
}

// sameLayout reports whether instance storage a (nil for objects without
// attributes) has the layout the entry was filled with, so it holds the
// same attribute names.
func (e *attrEntry) sameLayout(a *Attrs) bool {
	if a == nil {
		return e.layout == nil
	}
	return a.dict == nil && a.layout == e.layout
}

// has reports whether the instance storage holds name.
func (a *Attrs) has(name *Str) bool {
	_, ok := a.Get(name)
	return ok
}

// GlobalSite is the inline cache of one LOAD_GLOBAL instruction: the value
// found for a pair of globals and builtins dicts at given versions.
type GlobalSite struct {
	globals, builtins *Dict
	gv, bv            uint64
	value             Value
}

// Hit returns the cached value when the site was filled for these dicts
// at their current versions: Load without the lookup, small enough to
// inline into the eval loop.
func (s *GlobalSite) Hit(globals, builtins *Dict) (Value, bool) {
	if s.globals == globals && s.gv == globals.version && s.builtins == builtins && s.bv == builtins.version {
		return s.value, true
	}
	return Null, false
}

// Load returns the global name (interned) from globals, then builtins,
// with found false when it is in neither.
func (s *GlobalSite) Load(globals, builtins *Dict, name *Str) (Value, bool) {
	if v, ok := s.Hit(globals, builtins); ok {
		return v, true
	}
	v, ok := globals.GetStr(name)
	if !ok {
		if v, ok = builtins.GetStr(name); !ok {
			return Null, false
		}
	}
	*s = GlobalSite{globals, builtins, globals.version, builtins.version, v}
	return v, true
}

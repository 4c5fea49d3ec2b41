package object

// AttrSite is the inline cache of one attribute access site (a LOAD_ATTR,
// LOAD_METHOD or STORE_ATTR instruction). It remembers, for the last type
// seen there (identified by its version tag), where the attribute was
// found: in a slot of the instance layout, or on the type. While the
// version and layout still match, the access is a compare and a load. The
// JIT guards on exactly the same facts.
type AttrSite struct {
	version uint32 // type version when filled; 0 means empty
	kind    attrSiteKind
	layout  *Layout // the instance layout (nil for objects without attributes)
	next    *Layout // for attrAddSlot: the layout after the attribute is added
	index   int     // for attrInSlot, attrMember and attrAddSlot: the slot
	value   Value   // for attrOnType and attrMethod: the class attribute
}

type attrSiteKind uint8

const (
	attrEmpty   attrSiteKind = iota
	attrInSlot               // an instance attribute in layout slot index
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
	if s.version == typ.version && s.version != 0 {
		switch s.kind {
		case attrInSlot:
			if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && a.layout == s.layout {
				if v := a.slots[s.index]; !v.IsNull() {
					return v, nil
				}
			}
		case attrOnType:
			if s.sameLayout(typ.attrsOf(obj.p)) {
				return s.value, nil
			}
		case attrMember:
			if v := typ.attrsOf(obj.p).slots[s.index]; !v.IsNull() {
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

// LoadMethod looks up obj.name for a call: when it is a plain function or
// method descriptor found on the type (not shadowed by the instance), it
// returns it unbound with bound true, so that the caller passes obj as the
// first argument; otherwise it returns the attribute as Load does.
// isMethod tells which class attributes count as methods (the interpreter
// owns the function type).
func (s *AttrSite) LoadMethod(t *Thread, obj Value, name *Str, isMethod func(*Type) bool) (Value, bool, error) {
	typ := obj.Type()
	if s.version == typ.version && s.version != 0 && s.kind == attrMethod && s.sameLayout(AttrsOf(obj)) {
		return s.value, true, nil
	}
	if cacheable(typ, false) {
		attr := typ.Lookup(name)
		if !attr.IsNull() && isMethod(attr.Type()) {
			a := AttrsOf(obj)
			if a == nil || !a.has(name) {
				if typ.version != 0 && (a == nil || a.dict == nil) {
					*s = AttrSite{version: typ.version, kind: attrMethod, value: attr}
					if a != nil {
						s.layout = a.layout
					}
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
		if s.version == typ.version && s.version != 0 {
			switch s.kind {
			case attrInSlot:
				if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && a.layout == s.layout {
					a.slots[s.index] = v
					return nil
				}
			case attrMember:
				typ.attrsOf(obj.p).slots[s.index] = v
				return nil
			case attrAddSlot:
				if a := typ.attrsOf(obj.p); a != nil && a.dict == nil {
					switch a.layout {
					case s.layout:
						// The transition Attrs.Set makes: the new name
						// goes at the end.
						a.slots = append(a.slots, v)
						a.layout = s.next
						return nil
					case s.next:
						a.slots[s.index] = v
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
		s.fill(obj.Type(), obj, name, true)
		if s.kind == attrInSlot && before != nil && before != s.layout && s.index == len(before.names) &&
			len(s.layout.names) == s.index+1 && before.transitions[name] == s.layout {
			// The store added the attribute: the next instance at this
			// site (in __init__, typically) will make the same transition.
			s.kind, s.layout, s.next = attrAddSlot, before, s.layout
		}
	}
	return nil
}

// fill records where name was found on obj after a successful generic
// access, when the access can be cached.
func (s *AttrSite) fill(typ *Type, obj Value, name *Str, set bool) {
	if typ.version == 0 || !cacheable(typ, set) {
		return
	}
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		dt := descr.Type()
		if dt == MemberDescriptorType {
			if m := (*memberDescr)(descr.p); m.slot > 0 && !m.readOnly && typ.IsSubtype(m.owner) && !obj.IsImmediate() && typ.attrsOf(obj.p) != nil {
				// The type's version guards the descriptor; the slot
				// index holds for every instance of the type.
				*s = AttrSite{version: typ.version, kind: attrMember, index: m.slot - 1}
			}
			return
		}
		if dt.DescrSet != nil || (!set && dt.DescrGet != nil) {
			return // descriptors run code: not cached
		}
	}
	if a := typ.attrsOf(obj.p); a != nil && a.dict == nil && !obj.IsImmediate() {
		if i := a.layout.Find(name); i >= 0 && !a.slots[i].IsNull() {
			*s = AttrSite{version: typ.version, kind: attrInSlot, layout: a.layout, index: i}
			return
		}
	}
	if a := AttrsOf(obj); !set && !descr.IsNull() && (a == nil || a.dict == nil) {
		*s = AttrSite{version: typ.version, kind: attrOnType, value: descr}
		if a != nil {
			s.layout = a.layout
		}
	}
}

// sameLayout reports whether instance storage a (nil for objects without
// attributes) has the layout the site was filled with, so it holds the
// same attribute names.
func (s *AttrSite) sameLayout(a *Attrs) bool {
	if a == nil {
		return s.layout == nil
	}
	return a.dict == nil && a.layout == s.layout
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

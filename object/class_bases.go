// class_bases.go: assigning a class's __bases__ (CPython's type_set_bases):
// checking the new bases, recomputing the MRO of the class and of its
// subclasses, moving it between its bases' subclass lists, and giving the
// whole hierarchy new versions and slots, so that method caches and JIT
// traces keyed by type versions see the change.

package object

import (
	"slices"
	"weak"
)

// typeSetBases is the setter of type.__bases__.
func typeSetBases(t *Thread, v, value Value) error {
	typ := (*Type)(v.p)
	if err := checkHeapTypeSet(typ, "__bases__", value); err != nil {
		return err
	}
	tu, ok := value.AsTuple()
	if !ok {
		return Errorf(TypeError, "can only assign tuple to %s.__bases__, not %s", typ.Name, value.Type().Name)
	}
	if len(tu.Items) == 0 {
		return Errorf(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	bases := make([]*Type, len(tu.Items))
	for i, x := range tu.Items {
		b, ok := x.AsType()
		if !ok {
			return Errorf(TypeError, "%s.__bases__ must be tuple of classes, not '%s'", typ.Name, x.Type().Name)
		}
		if b.IsSubtype(typ) {
			return NewError(TypeError, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = b
	}
	base, err := bestBase(bases)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(typ.Base, base, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase := typ.Bases, typ.Base
	typ.Bases, typ.Base = bases, base
	if err := typ.setHierarchyMRO(t); err != nil {
		typ.Bases, typ.Base = oldBases, oldBase
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(typ)
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, subclassRef{class: weak.Make(typ)})
	}
	typ.Modified()
	typ.forEachSubclass(func(sub *Type) {
		if sub.Flags&FlagHeapType != 0 {
			sub.updateSlots()
		}
	})
	return nil
}

// setHierarchyMRO recomputes the MRO of typ and of every subclass, after
// typ's bases changed; on an error every MRO is as before.
func (typ *Type) setHierarchyMRO(t *Thread) error {
	type saved struct {
		typ *Type
		mro []*Type
	}
	var done []saved
	var err error
	typ.forEachSubclass(func(sub *Type) {
		if err != nil {
			return
		}
		done = append(done, saved{sub, sub.MRO})
		err = sub.setMRO(t)
	})
	if err != nil {
		for i := len(done) - 1; i >= 0; i-- {
			done[i].typ.MRO = done[i].mro
		}
	}
	return err
}

// removeSubclass drops sub from typ's subclass list.
func (typ *Type) removeSubclass(sub *Type) {
	live := typ.subclasses[:0]
	for _, w := range typ.subclasses {
		if s := w.value(); s != nil && s != sub {
			live = append(live, w)
		}
	}
	clear(typ.subclasses[len(live):])
	typ.subclasses = live
}

// compatibleForAssignment fails unless instances made for a class based on
// oldto can stand for instances of one based on newto (CPython's
// compatible_for_assignment, for the attribute attr): the same kind of
// deallocation (tracked by CPython's cycle collector or not, which its
// messages report), then the same layout: after walking up from each type
// through the classes that add nothing to their base's layout, the same
// type, or two of the same base adding the same slots.
func compatibleForAssignment(oldto, newto *Type, attr string) error {
	if gcTracked(oldto) != gcTracked(newto) {
		return Errorf(TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto.Name, oldto.Name)
	}
	o, n := oldto.layoutBase(), newto.layoutBase()
	if o != n && (o.Base != n.Base || !sameSlotsAdded(o, n)) {
		return Errorf(TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
	}
	return nil
}

// layoutBase returns the nearest type in typ's base chain (typ included)
// whose instances CPython lays out differently from its base's.
func (typ *Type) layoutBase() *Type {
	for typ.sameLayoutAsBase() {
		typ = typ.Base
	}
	return typ
}

// sameLayoutAsBase reports whether instances of typ are laid out in
// CPython as its base's are: no struct of its own, no slots, __dict__ or
// __weakref__ added, and the same deallocation.
func (typ *Type) sameLayoutAsBase() bool {
	b := typ.Base
	return b != nil && !typ.addsLayout() && typ.hasDict() == b.hasDict() &&
		typ.Flags&flagWeakrefSlot == b.Flags&flagWeakrefSlot && gcTracked(typ) == gcTracked(b)
}

// sameSlotsAdded reports whether the classes a and b, of the same base,
// add the same things to it: the same __slots__, __dict__ and __weakref__.
// A __dict__ added to a variable-size type is never the same in CPython,
// whose instances then keep it at a negative offset.
func sameSlotsAdded(a, b *Type) bool {
	if a.Flags&b.Flags&FlagHeapType == 0 || a.hasDict() != b.hasDict() ||
		a.Flags&flagWeakrefSlot != b.Flags&flagWeakrefSlot || (a.hasDict() && isVarSize(a.solid)) {
		return false
	}
	return slices.Equal(a.rootNames(), b.rootNames())
}

// isVarSize reports whether CPython's instances of the built-in type typ
// vary in size (int, tuple, bytes), leaving no room for slots after them.
func isVarSize(typ *Type) bool { return typ == IntType || typ == TupleType || typ == BytesType }

// gcTracked reports whether CPython's cycle collector tracks instances of
// typ, which decides its deallocator: classes and containers are tracked,
// the atomic built-in types are not.
func gcTracked(typ *Type) bool {
	if typ.Flags&FlagHeapType != 0 {
		return true
	}
	switch typ {
	case ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType:
		return false
	}
	return true
}

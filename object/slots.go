package object

// This file connects the protocol slots of Type with the dunder methods of
// Python classes, in both directions, from one table (slotDefs, after
// CPython's slotdefs):
//
//   - A built-in type's Go slots appear in its namespace as methods
//     (wrapper_descriptor objects), added by Ready: int.__add__,
//     object.__init__, list.__getitem__...
//   - A class's slots are computed from the dunders found along its MRO
//     (updateSlots): a slot whose dunders all resolve to wrappers of the same
//     Go function gets that function (so a list subclass keeps list's fast
//     slots); a slot with a dunder defined in Python gets a dispatch function
//     that looks the dunder up on the type (through the version-keyed cache)
//     and calls it; a slot with no dunder stays nil. Assigning or deleting a
//     dunder on a class recomputes the affected slots of the class and its
//     subclasses (updateSlot).

import (
	"slices"
	"unsafe"
)

// slotField is one protocol slot field of Type.
type slotField interface {
	// update recomputes the slot of the class typ from its MRO.
	update(typ *Type)
	// get returns the slot function of typ (as its func type), ok false
	// when the slot is nil.
	get(typ *Type) (fn any, ok bool)
	// addName records that the dunder name feeds this slot.
	addName(name *Str)
	// offset returns the byte offset of the slot in Type; probe is any
	// Type.
	offset(probe *Type) uintptr
}

// field is the slotField of a slot with function type F.
type field[F any] struct {
	ptr func(*Type) *F
	// dispatch is the slot function of classes defining one of the
	// dunders in Python; nil for the sequence slots, which classes only
	// inherit from built-in types (a Python __add__ fills Binary instead).
	dispatch F
	names    []*Str // the dunders feeding this slot (from slotDefs)
}

func isNilFunc[F any](f F) bool { return *(*unsafe.Pointer)(unsafe.Pointer(&f)) == nil }

func (f *field[F]) addName(name *Str) { f.names = append(f.names, name) }

func (f *field[F]) offset(probe *Type) uintptr {
	return uintptr(unsafe.Pointer(f.ptr(probe))) - uintptr(unsafe.Pointer(probe))
}

func (f *field[F]) get(typ *Type) (any, bool) {
	fn := *f.ptr(typ)
	return fn, !isNilFunc(fn)
}

// update implements CPython's update_one_slot: look up each dunder of the
// field along typ's MRO.
func (f *field[F]) update(typ *Type) {
	var specific F
	haveSpecific, generic := false, false
	for _, name := range f.names {
		d := typ.Lookup(name)
		switch {
		case d.IsNull():
			continue
		case d.Type() == WrapperDescriptorType:
			w := (*SlotWrapper)(d.p)
			if w.def.field != slotField(f) {
				continue // a wrapper of another slot (list.__add__ is SeqConcat, not Binary)
			}
			fn := w.fn.(F)
			if haveSpecific && !SameFunc(fn, specific) {
				generic = true
			}
			specific, haveSpecific = fn, true
		case d.Type() == BuiltinFunctionType && name == dunderNew:
			owner, ok := newWrapperOwner(d)
			if !ok {
				generic = true
				continue
			}
			specific, haveSpecific = any(owner.New).(F), true
		case d.IsNone() && name == dunderHash:
			// __hash__ = None: unhashable, whatever the other dunders say.
			var none F
			*f.ptr(typ) = none
			return
		default:
			generic = true
		}
	}
	switch {
	case generic:
		*f.ptr(typ) = f.dispatch
	case haveSpecific:
		*f.ptr(typ) = specific
	default:
		var none F
		*f.ptr(typ) = none
	}
}

// wrapFunc is how a slot wrapper calls the Go slot function fn.
type wrapFunc func(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error)

// slotDef maps one dunder to a slot field and says how the built-in
// wrapper of the dunder calls the Go slot.
type slotDef struct {
	name  string
	field slotField
	// wrap calls fn, the Go slot function, for a call of the built-in
	// wrapper of the dunder (args[0] is self); nil for __new__, which is
	// not a wrapper descriptor.
	wrap wrapFunc
	// iname is name interned; off is the field's offset, where Ready finds
	// whether a built-in type sets the slot without calling field.get.
	iname *Str
	off   uintptr
}

// The slot fields. Each binary operator has two fields: Binary[op] fed by
// __op__ and __rop__, and InPlace[op] fed by __iop__.
var (
	fieldNew      = &field[NewFunc]{ptr: func(t *Type) *NewFunc { return &t.New }, dispatch: dispatchNew}
	fieldInit     = &field[InitFunc]{ptr: func(t *Type) *InitFunc { return &t.Init }, dispatch: dispatchInit}
	fieldCall     = &field[CallFunc]{ptr: func(t *Type) *CallFunc { return &t.Call }, dispatch: dispatchCall}
	fieldRepr     = unaryField(func(t *Type) *UnaryFunc { return &t.Repr }, "__repr__")
	fieldStr      = unaryField(func(t *Type) *UnaryFunc { return &t.Str }, "__str__")
	fieldHash     = &field[HashFunc]{ptr: func(t *Type) *HashFunc { return &t.Hash }, dispatch: dispatchHash}
	fieldCompare  = &field[CompareFunc]{ptr: func(t *Type) *CompareFunc { return &t.Compare }, dispatch: dispatchCompare}
	fieldGetAttr  = &field[GetAttrFunc]{ptr: func(t *Type) *GetAttrFunc { return &t.GetAttr }, dispatch: dispatchGetAttr}
	fieldSetAttr  = &field[SetAttrFunc]{ptr: func(t *Type) *SetAttrFunc { return &t.SetAttr }, dispatch: dispatchSetAttr}
	fieldDescrGet = &field[DescrGetFunc]{ptr: func(t *Type) *DescrGetFunc { return &t.DescrGet }, dispatch: dispatchDescrGet}
	fieldDescrSet = &field[DescrSetFunc]{ptr: func(t *Type) *DescrSetFunc { return &t.DescrSet }, dispatch: dispatchDescrSet}
	fieldIter     = unaryField(func(t *Type) *UnaryFunc { return &t.Iter }, "__iter__")
	fieldNext     = &field[NextFunc]{ptr: func(t *Type) *NextFunc { return &t.Next }, dispatch: dispatchNext}
	fieldLen      = &field[LenFunc]{ptr: func(t *Type) *LenFunc { return &t.Len }, dispatch: dispatchLen}
	fieldGetItem  = &field[GetItemFunc]{ptr: func(t *Type) *GetItemFunc { return &t.GetItem }, dispatch: dispatchGetItem}
	fieldSetItem  = &field[SetItemFunc]{ptr: func(t *Type) *SetItemFunc { return &t.SetItem }, dispatch: dispatchSetItem}
	fieldContains = &field[ContainsFunc]{ptr: func(t *Type) *ContainsFunc { return &t.Contains }, dispatch: dispatchContains}
	fieldBool     = &field[BoolFunc]{ptr: func(t *Type) *BoolFunc { return &t.Bool }, dispatch: dispatchBool}
	fieldNeg      = unaryField(func(t *Type) *UnaryFunc { return &t.Neg }, "__neg__")
	fieldPos      = unaryField(func(t *Type) *UnaryFunc { return &t.Pos }, "__pos__")
	fieldAbs      = unaryField(func(t *Type) *UnaryFunc { return &t.Abs }, "__abs__")
	fieldInvert   = unaryField(func(t *Type) *UnaryFunc { return &t.Invert }, "__invert__")
	fieldIndex    = unaryField(func(t *Type) *UnaryFunc { return &t.Index }, "__index__")
	fieldInt      = unaryField(func(t *Type) *UnaryFunc { return &t.Int }, "__int__")
	fieldFloat    = unaryField(func(t *Type) *UnaryFunc { return &t.Float }, "__float__")

	fieldSeqConcat        = &field[BinaryFunc]{ptr: func(t *Type) *BinaryFunc { return &t.SeqConcat }}
	fieldSeqInPlaceConcat = &field[BinaryFunc]{ptr: func(t *Type) *BinaryFunc { return &t.SeqInPlaceConcat }}
	fieldSeqRepeat        = &field[BinaryFunc]{ptr: func(t *Type) *BinaryFunc { return &t.SeqRepeat }}

	fieldBinary, fieldInPlace = binaryFields()
)

func unaryField(ptr func(*Type) *UnaryFunc, name string) *field[UnaryFunc] {
	return &field[UnaryFunc]{ptr: ptr, dispatch: dispatchUnary(Intern(name))}
}

func binaryFields() (bin, inplace [NumBinaryOps]*field[BinaryFunc]) {
	for op := OpAdd; op < NumBinaryOps; op++ {
		bin[op] = &field[BinaryFunc]{ptr: func(t *Type) *BinaryFunc { return &t.Binary[op] }, dispatch: dispatchBinary(op)}
		inplace[op] = &field[BinaryFunc]{ptr: func(t *Type) *BinaryFunc { return &t.InPlace[op] }, dispatch: dispatchInPlace(op)}
	}
	return bin, inplace
}

// slotDefs is the slot table: every dunder that has a slot. Order matters
// only for the wrappers Ready adds: the first definition of a name wins
// (a type with both Binary[OpAdd] and SeqConcat shows the number slot as
// __add__, as CPython does).
var slotDefs = buildSlotDefs()

func buildSlotDefs() []*slotDef {
	probe := new(Type)
	def := func(name string, field slotField, wrap wrapFunc) *slotDef {
		return &slotDef{name: name, field: field, wrap: wrap, iname: Intern(name), off: field.offset(probe)}
	}
	defs := []*slotDef{
		def("__new__", fieldNew, nil),
		def("__init__", fieldInit, wrapInit),
		def("__call__", fieldCall, wrapCall),
		def("__repr__", fieldRepr, wrapUnary),
		def("__str__", fieldStr, wrapUnary),
		def("__hash__", fieldHash, wrapHash),
		def("__getattribute__", fieldGetAttr, wrapGetAttr),
		def("__getattr__", fieldGetAttr, nil),
		def("__setattr__", fieldSetAttr, wrapSetAttr),
		def("__delattr__", fieldSetAttr, wrapDelAttr),
		def("__get__", fieldDescrGet, wrapDescrGet),
		def("__set__", fieldDescrSet, wrapDescrSet),
		def("__delete__", fieldDescrSet, wrapDescrDelete),
		def("__iter__", fieldIter, wrapUnary),
		def("__next__", fieldNext, wrapNext),
		def("__len__", fieldLen, wrapLen),
		def("__getitem__", fieldGetItem, wrapGetItem),
		def("__setitem__", fieldSetItem, wrapSetItem),
		def("__delitem__", fieldSetItem, wrapDelItem),
		def("__contains__", fieldContains, wrapContains),
		def("__bool__", fieldBool, wrapBool),
		def("__neg__", fieldNeg, wrapUnary),
		def("__pos__", fieldPos, wrapUnary),
		def("__abs__", fieldAbs, wrapUnary),
		def("__invert__", fieldInvert, wrapUnary),
		def("__index__", fieldIndex, wrapUnary),
		def("__int__", fieldInt, wrapUnary),
		def("__float__", fieldFloat, wrapUnary),
	}
	for op := CmpLT; op <= CmpGE; op++ {
		defs = append(defs, def(compareOpInfo[op].name, fieldCompare, wrapCompare(op)))
	}
	for op := OpAdd; op < NumBinaryOps; op++ {
		info := &binaryOpInfo[op]
		defs = append(defs,
			def(info.name, fieldBinary[op], wrapBinaryLeft),
			def(info.rname, fieldBinary[op], wrapBinaryRight),
			def(info.iname, fieldInPlace[op], inPlaceWrap(op)))
	}
	defs = append(defs,
		def("__add__", fieldSeqConcat, wrapBinaryLeft),
		def("__iadd__", fieldSeqInPlaceConcat, wrapBinaryLeft),
		def("__mul__", fieldSeqRepeat, wrapRepeat),
		def("__rmul__", fieldSeqRepeat, wrapRepeat))
	for _, d := range defs {
		d.field.addName(d.iname)
	}
	return defs
}

// inPlaceWrap returns the wrapper of the in-place slot of op: built-in
// types with an in-place multiply are sequences (list, bytearray, deque,
// array), whose __imul__ is a repeat.
func inPlaceWrap(op Operator) wrapFunc {
	if op == OpMul {
		return wrapRepeat
	}
	return wrapBinaryLeft
}

// slotDefsByName indexes slotDefs by interned dunder name.
var slotDefsByName = func() map[*Str][]*slotDef {
	m := map[*Str][]*slotDef{}
	for _, d := range slotDefs {
		m[d.iname] = append(m[d.iname], d)
	}
	return m
}()

var (
	dunderNew  = Intern("__new__")
	dunderHash = Intern("__hash__")
	dunderEq   = Intern("__eq__")
	dunderDoc  = Intern("__doc__")
)

// updateSlots computes every slot of the class typ from its MRO.
func (typ *Type) updateSlots() {
	seen := map[slotField]bool{}
	for _, d := range slotDefs {
		if !seen[d.field] {
			seen[d.field] = true
			d.field.update(typ)
		}
	}
}

// updateSlot recomputes the slots fed by the dunder name in the class typ
// and its subclasses, after name was set or deleted in typ's namespace
// (typ.Modified must have been called). It does nothing for other names.
func (typ *Type) updateSlot(name *Str) {
	defs := slotDefsByName[name]
	if len(defs) == 0 {
		return
	}
	typ.forEachSubclass(func(sub *Type) {
		if sub.Flags&FlagHeapType == 0 {
			return
		}
		for _, d := range defs {
			d.field.update(sub)
		}
	})
}

// forEachSubclass calls f on typ and on every live subclass, recursively.
func (typ *Type) forEachSubclass(f func(*Type)) {
	f(typ)
	for _, w := range typ.subclasses {
		if sub := w.value(); sub != nil {
			sub.forEachSubclass(f)
		}
	}
}

// setsSlot reports whether typ's own slot of d is set.
func (typ *Type) setsSlot(d *slotDef) bool {
	// Every slot is a func value: one pointer, nil when unset.
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(typ), d.off)) != nil
}

// addSlotWrappers puts a wrapper_descriptor into the namespace of the
// built-in type typ for each slot typ sets itself (Ready calls it before
// inheriting slots), unless the namespace already has the name.
func (typ *Type) addSlotWrappers() {
	// Find the wrappers first (the first definition of a name wins), so
	// that the namespace grows once, to its final size with the __hash__
	// and __doc__ that finishBuiltinDict may add, and not step by step.
	var buf [maxSlotWrappers]*slotDef
	defs := buf[:0]
	for _, d := range slotDefs {
		if !typ.setsSlot(d) || d.wrap == nil && d.field != slotField(fieldNew) {
			continue
		}
		if _, exists := typ.Dict.GetStr(d.iname); exists || slices.ContainsFunc(defs, func(x *slotDef) bool { return x.iname == d.iname }) {
			continue
		}
		defs = append(defs, d)
	}
	typ.reserveNames(len(defs) + 2)
	for _, d := range defs {
		if d.wrap == nil {
			typ.Dict.SetStr(d.iname, newNewWrapper(typ))
			continue
		}
		fn, _ := d.field.get(typ)
		w := slotWrappers.new()
		*w = SlotWrapper{Header: Header{WrapperDescriptorType}, Owner: typ, def: d, fn: fn}
		typ.Dict.SetStr(d.iname, FromPointer(unsafe.Pointer(w)))
	}
}

// maxSlotWrappers bounds the wrappers one type gets: one per distinct
// name of slotDefs (a test checks it).
const maxSlotWrappers = 80

// slotWrappers allocates the wrappers addSlotWrappers makes: built-in
// types, and so their wrappers, live for the whole run.
var slotWrappers immortalBlock[SlotWrapper]

// finishBuiltinDict completes the namespace of a built-in type once its
// slots are inherited: __hash__ = None when it compares but cannot hash
// (as list), and __doc__.
func (typ *Type) finishBuiltinDict() {
	if typ.Hash == nil {
		if _, ok := typ.Dict.GetStr(dunderHash); !ok {
			typ.Dict.SetStr(dunderHash, None)
		}
	}
	if _, ok := typ.Dict.GetStr(dunderDoc); !ok {
		doc := None
		if typ.Doc != "" {
			doc = StrValue(typ.Doc)
		}
		typ.Dict.SetStr(dunderDoc, doc)
	}
}

package object

// This file creates classes: type.__new__(meta, name, bases, ns, **kw),
// with CPython's rules for the metaclass, the best base and instance
// layout, __slots__, the namespace's special entries, __set_name__ and
// __init_subclass__.

import (
	"sort"
	"strings"
	"unicode"
	"weak"
)

// Hooks is what package object needs from the interpreter, which
// implements it on its per-thread state (Thread.State).
type Hooks interface {
	// SuperArgs returns, for a zero-argument super() call, the content of
	// the __class__ cell of the innermost Python frame and that frame's
	// first argument, or the RuntimeError CPython raises ("super(): no
	// arguments", "super(): __class__ cell not found", ...).
	SuperArgs() (*Type, Value, error)
	// SetClassCell stores class into cell, reporting false when cell is
	// not a cell object (type.__new__ and __classcell__).
	SetClassCell(cell, class Value) bool
	// Import returns the module name, importing it if needed (for
	// copyreg, which pickling support calls).
	Import(name string) (Value, error)
}

// hooks returns the interpreter hooks of t, or an error when the thread
// has none (Go code running without an interpreter).
func (t *Thread) hooks() (Hooks, error) {
	if h, ok := t.State.(Hooks); ok {
		return h, nil
	}
	return nil, NewError(SystemError, "no interpreter state on this thread")
}

// CalculateMetaclass returns the most derived of meta and the types of
// bases, or the "metaclass conflict" TypeError (CPython's
// _PyType_CalculateMetaclass, used by __build_class__ and type.__new__).
func CalculateMetaclass(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		switch {
		case winner.IsSubtype(bt):
		case bt.IsSubtype(winner):
			winner = bt
		default:
			return nil, NewError(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// NewClass creates the class name with the given bases (object when
// empty) and namespace, as type(name, bases, ns) does with metaclass meta.
// ns is copied.
func NewClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	return newClass(t, meta, NewStr(name), bases, ns, nil, nil)
}

// typeNew is type.__new__.
func typeNew(t *Thread, meta *Type, args []Value, kwnames *Tuple) (Value, error) {
	npos := Positional(args, kwnames)
	if meta == TypeType && npos == 1 && kwnames == nil {
		return args[0].Type().AsValue(), nil
	}
	if npos != 3 {
		return Null, NewError(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", ArgTypeName(args[0]))
	}
	basesTuple, ok := args[1].AsTuple()
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", ArgTypeName(args[1]))
	}
	ns, ok := args[2].AsDict()
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", ArgTypeName(args[2]))
	}
	winner, err := CalculateMetaclass(meta, basesTuple.Items)
	if err != nil {
		return Null, err
	}
	if winner != meta && !SameFunc(winner.New, NewFunc(typeNew)) {
		return winner.New(t, winner, args, kwnames)
	}
	bases := make([]*Type, len(basesTuple.Items))
	for i, b := range basesTuple.Items {
		bases[i] = (*Type)(b.p) // a type: CalculateMetaclass checked type(b) is a metaclass
	}
	typ, err := newClass(t, winner, name, bases, ns, args[3:], kwnames)
	if err != nil {
		return Null, err
	}
	return typ.AsValue(), nil
}

var (
	dunderSlots          = Intern("__slots__")
	dunderModule         = Intern("__module__")
	dunderQualname       = Intern("__qualname__")
	dunderClassCell      = Intern("__classcell__")
	dunderInitSubclass   = Intern("__init_subclass__")
	dunderClassGetItem   = Intern("__class_getitem__")
	dunderSetName        = Intern("__set_name__")
	dunderMRO            = Intern("mro")
	dunderAbstractMethod = Intern("__abstractmethods__")
)

func newClass(t *Thread, meta *Type, name *Str, bases []*Type, ns *Dict, kwvalues []Value, kwnames *Tuple) (*Type, error) {
	if strings.IndexByte(name.s, 0) >= 0 {
		return nil, NewError(ValueError, "type name must not contain null characters")
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	typ := &Type{
		Header: Header{meta},
		Name:   name.s,
		Base:   base,
		Bases:  bases,
		Dict:   ns.Copy(),
		Flags:  FlagHeapType | FlagBaseType,
		solid:  base.solid,
	}
	typ.Flags |= base.Flags & FlagMethodDescriptor
	if err := typ.setQualName(); err != nil {
		return nil, err
	}
	if _, ok := typ.Dict.GetStr(dunderEq); ok {
		if _, ok := typ.Dict.GetStr(dunderHash); !ok {
			typ.Dict.SetStr(dunderHash, None)
		}
	}
	for _, n := range [...]*Str{dunderInitSubclass, dunderClassGetItem} {
		if f, ok := typ.Dict.GetStr(n); ok && isPythonFunction(f) {
			typ.Dict.SetStr(n, NewClassMethod(f))
		}
	}
	if f, ok := typ.Dict.GetStr(dunderNew); ok && isPythonFunction(f) {
		typ.Dict.SetStr(dunderNew, NewStaticMethod(f))
	}
	if err := typ.setLayout(t); err != nil {
		return nil, err
	}
	// After the slots, as in CPython: __slots__ = ('__doc__',) makes a
	// member, not a conflict with the default docstring.
	if _, ok := typ.Dict.GetStr(dunderDoc); !ok {
		typ.Dict.SetStr(dunderDoc, None)
	}
	if err := typ.setMRO(t); err != nil {
		return nil, err
	}
	if err := typ.setClassCell(t); err != nil {
		return nil, err
	}
	typ.version = nextTypeVersion()
	for _, b := range bases {
		b.subclasses = append(b.subclasses, subclassRef{class: weak.Make(typ)})
	}
	typ.updateSlots()
	if err := typ.callSetName(t); err != nil {
		return nil, err
	}
	if err := typ.callInitSubclass(t, kwvalues, kwnames); err != nil {
		return nil, err
	}
	return typ, nil
}

// isPythonFunction reports whether v is a plain function (as opposed to
// the method descriptors of built-in types).
func isPythonFunction(v Value) bool {
	vt := v.Type()
	return vt.Flags&FlagMethodDescriptor != 0 && vt != MethodDescriptorType && vt != WrapperDescriptorType
}

// setQualName takes __qualname__ out of the namespace.
func (typ *Type) setQualName() error {
	q, ok := typ.Dict.GetStr(dunderQualname)
	if !ok {
		typ.QualName = typ.Name
		return nil
	}
	s, ok := q.exactStr()
	if !ok {
		return Errorf(TypeError, "type __qualname__ must be a str, not %s", q.Type().Name)
	}
	typ.QualName = s.s
	typ.Dict.DelItemHashed(nil, dunderQualname.AsValue(), dunderQualname.Hash())
	return nil
}

// bestBase returns the base whose instance layout every other base's
// layout is a prefix of (CPython's best_base), checking the bases.
func bestBase(bases []*Type) (*Type, error) {
	var winner, base *Type
	for i, b := range bases {
		for _, prev := range bases[:i] {
			if prev == b {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", b.qualifiedName())
		}
		candidate := b.solidBase()
		switch {
		case winner == nil:
			winner, base = candidate, b
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, b
		default:
			return nil, NewError(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// solidBase returns the nearest type in typ's base chain that adds to the
// instance layout: a class with nonempty __slots__, a built-in type with
// its own Go struct, or an exception class with its own fields.
func (typ *Type) solidBase() *Type {
	if typ.Base == nil {
		return typ
	}
	b := typ.Base.solidBase()
	if typ.addsLayout() {
		return typ
	}
	return b
}

func (typ *Type) addsLayout() bool {
	if typ.Flags&FlagHeapType != 0 {
		return len(typ.rootNames()) > len(typ.Base.rootNames())
	}
	return typ.solid != typ.Base.solid || excFieldsOwner(typ)
}

// rootNames returns the __slots__ names every instance of typ has.
func (typ *Type) rootNames() []*Str {
	if typ.rootLayout == nil {
		return nil
	}
	return typ.rootLayout.names
}

// hasDict reports whether instances of typ have a __dict__.
func (typ *Type) hasDict() bool {
	return typ.attrsOffset != 0 && typ.Flags&flagNoDict == 0
}

// setLayout processes __slots__: it sets the instances' Go layout (the
// best base's), the root Layout (inherited slot names, then this class's),
// member descriptors, and whether instances have a __dict__.
func (typ *Type) setLayout(t *Thread) error {
	base := typ.Base
	if base.attrsOffset != 0 {
		typ.attrsOffset = base.attrsOffset
	} else if typ.solid != TypeType {
		typ.attrsOffset = typ.solid.subAttrsOffset
	}
	inherited := base.rootNames()
	slotsValue, hasSlots := typ.Dict.GetStr(dunderSlots)
	baseHasDict := false
	for _, b := range typ.Bases {
		for _, m := range b.MRO {
			baseHasDict = baseHasDict || m.hasDict()
		}
	}
	addDict, addWeakref := !hasSlots && !baseHasDict, !hasSlots && !baseHasDict
	var own []*Str
	if hasSlots {
		names, err := slotNames(t, slotsValue)
		if err != nil {
			return err
		}
		for _, n := range names {
			switch n.s {
			case "__dict__":
				if baseHasDict || addDict {
					return NewError(TypeError, "__dict__ slot disallowed: we already got one")
				}
				addDict = true
			case "__weakref__":
				if addWeakref || baseHasDict {
					return NewError(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				addWeakref = true
			default:
				if typ.solid == IntType || typ.solid == TupleType {
					// Variable-size instances in CPython: no room after them.
					return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", typ.solid.Name)
				}
				mangled := Intern(mangle(typ.Name, n.s))
				if _, ok := typ.Dict.GetStr(mangled); ok {
					return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", n.s)
				}
				own = append(own, mangled)
			}
		}
	}
	if !addDict && !baseHasDict {
		typ.Flags |= flagNoDict
	}
	// CPython adds the slot unless the base has one or its instances vary
	// in size (int, tuple, bytes), and __slots__ then must name it.
	if base.Flags&flagWeakrefSlot != 0 || (!hasSlots && !isVarSize(typ.solid)) || (hasSlots && addWeakref) {
		typ.Flags |= flagWeakrefSlot
	}
	if typ.attrsOffset == 0 {
		if len(own) > 0 {
			return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", typ.solid.Name)
		}
		return nil
	}
	names := append(inherited[:len(inherited):len(inherited)], own...)
	typ.rootLayout = newRootLayout(typ, names)
	for i, n := range own {
		typ.Dict.SetStr(n, newMemberDescr(typ, n, len(inherited)+i))
	}
	if addDict {
		typ.AddGetSets([]GetSetDef{{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet,
			Doc: "dictionary for instance variables (if defined)"}})
	}
	if addWeakref {
		typ.AddGetSets([]GetSetDef{{Name: "__weakref__", Get: func(*Thread, Value) (Value, error) { return None, nil },
			Doc: "list of weak references to the object (if defined)"}})
	}
	return nil
}

// slotNames returns the names of a __slots__ value: one str or an
// iterable of strs, each an identifier.
func slotNames(t *Thread, v Value) ([]*Str, error) {
	if s, ok := v.exactStr(); ok {
		return []*Str{s}, checkSlotName(s)
	}
	items, err := sequenceItems(t, v)
	if err != nil {
		return nil, err
	}
	names := make([]*Str, 0, len(items))
	for _, x := range items {
		s, ok := x.exactStr()
		if !ok {
			return nil, Errorf(TypeError, "__slots__ items must be strings, not '%s'", x.Type().Name)
		}
		if err := checkSlotName(s); err != nil {
			return nil, err
		}
		names = append(names, s)
	}
	return names, nil
}

func checkSlotName(s *Str) error {
	if !isIdentifier(s.s) {
		return NewError(TypeError, "__slots__ must be identifiers")
	}
	return nil
}

// isIdentifier reports whether s is a Python identifier (str.isidentifier).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

// mangle applies private name mangling (__x in class _C becomes _C__x).
func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class = strings.TrimLeft(class, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

// setMRO computes __mro__, through the metaclass's mro() when it
// overrides type.mro.
func (typ *Type) setMRO(t *Thread) error {
	meta := typ.Type()
	if meta != TypeType {
		if m := meta.Lookup(dunderMRO); !m.IsNull() && m != typeMROMethod {
			typ.MRO = []*Type{typ} // so that the method can run on a half-made class
			typ.version = nextTypeVersion()
			r, err := callSpecial(t, m, typ.AsValue())
			if err != nil {
				return err
			}
			items, err := sequenceItems(t, r)
			if err != nil {
				return err
			}
			mro := make([]*Type, len(items))
			for i, x := range items {
				c, ok := x.AsType()
				if !ok {
					return Errorf(TypeError, "mro() returned a non-class ('%s')", x.Type().Name)
				}
				if !typ.solidBase().IsSubtype(c.solidBase()) {
					return Errorf(TypeError, "mro() returned base with unsuitable layout ('%s')", c.Name)
				}
				mro[i] = c
			}
			typ.MRO = mro
			return nil
		}
	}
	mro, err := computeMRO(typ)
	if err != nil {
		return err
	}
	typ.MRO = mro
	return nil
}

// sequenceItems returns the items of a tuple, a list or any iterable.
func sequenceItems(t *Thread, v Value) ([]Value, error) {
	if tu, ok := v.AsTuple(); ok {
		return tu.Items, nil
	}
	if l, ok := v.AsList(); ok {
		return append([]Value(nil), l.Items...), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var items []Value
	for {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return items, err
		}
		items = append(items, x)
	}
}

// setClassCell stores the class into the __class__ cell the class body
// left in __classcell__, and removes that entry.
func (typ *Type) setClassCell(t *Thread) error {
	cell, ok := typ.Dict.GetStr(dunderClassCell)
	if !ok {
		return nil
	}
	h, err := t.hooks()
	if err != nil {
		return err
	}
	if !h.SetClassCell(cell, typ.AsValue()) {
		r, err := Repr(t, cell.Type().AsValue())
		if err != nil {
			return err
		}
		return Errorf(TypeError, "__classcell__ must be a nonlocal cell, not %s", r.s)
	}
	typ.Dict.DelItemHashed(nil, dunderClassCell.AsValue(), dunderClassCell.Hash())
	return nil
}

// callSetName calls __set_name__(typ, name) on each namespace value whose
// type defines it.
func (typ *Type) callSetName(t *Thread) error {
	d := typ.Dict.Copy()
	for pos := 0; ; {
		k, v, next, ok := d.Next(pos)
		if !ok {
			return nil
		}
		pos = next
		_, found, err := CallMethod(t, v, dunderSetName, typ.AsValue(), k)
		if found && err != nil {
			kr, rerr := Repr(t, k)
			if rerr != nil {
				return rerr
			}
			e := Errorf(RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", v.Type().Name, kr.s, typ.Name)
			if cause, ok := err.(*Exc); ok {
				e.Cause, e.Context = cause.AsValue(), cause.AsValue()
			}
			return e
		}
	}
}

// callInitSubclass calls super(typ, typ).__init_subclass__(**kwargs).
func (typ *Type) callInitSubclass(t *Thread, kwvalues []Value, kwnames *Tuple) error {
	f, err := superLookup(t, typ, typ.AsValue(), typ, dunderInitSubclass)
	if err != nil {
		return err
	}
	if f.IsNull() {
		return nil
	}
	_, err = Call(t, f, kwvalues, kwnames)
	return err
}

// typeSetAttr is type.__setattr__: data descriptors of the metaclass, else
// the class namespace, keeping slots and versions in step. Built-in types
// are immutable.
func typeSetAttr(t *Thread, obj Value, name *Str, value Value) error {
	typ := (*Type)(obj.p)
	if typ.Flags&FlagImmutable != 0 {
		verb := "set"
		if value.IsNull() {
			verb = "delete"
		}
		return Errorf(TypeError, "cannot %s '%s' attribute of immutable type '%s'", verb, name.s, typ.Name)
	}
	meta := obj.Type()
	if descr := meta.Lookup(name); !descr.IsNull() {
		if set := descr.Type().DescrSet; set != nil {
			return set(t, descr, obj, value)
		}
	}
	if value.IsNull() {
		if ok, _ := typ.Dict.DelItemHashed(nil, name.AsValue(), name.Hash()); !ok {
			return noAttributeError(obj, name)
		}
	} else {
		typ.Dict.SetStr(name, value)
	}
	typ.Modified()
	typ.updateSlot(name)
	return nil
}

// abstractInstantiationError is the TypeError for instantiating a class
// with abstract methods, naming them in sorted order (CPython 3.11).
func abstractInstantiationError(t *Thread, typ *Type) error {
	am, ok := typ.Dict.GetStr(dunderAbstractMethod)
	if !ok {
		return Errorf(TypeError, "Can't instantiate abstract class %s", typ.Name)
	}
	items, err := sequenceItems(t, am)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(items))
	for _, x := range items {
		s, err := StrOf(t, x)
		if err != nil {
			return err
		}
		names = append(names, s.s)
	}
	sort.Strings(names)
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
		typ.Name, plural(len(names)), strings.Join(names, ", "))
}

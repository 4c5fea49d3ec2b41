package object

import (
	"fmt"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// The core built-in types. Their slots and methods are filled in by the
// init functions of the files that implement them (list.go for list, ...);
// readyBuiltinTypes finishes them all.
var (
	ObjectType           = newBuiltinType("object", nil)
	TypeType             = newBuiltinType("type", nil)
	NoneType             = newBuiltinType("NoneType", nil)
	NotImplementedType   = newBuiltinType("NotImplementedType", nil)
	EllipsisType         = newBuiltinType("ellipsis", nil)
	IntType              = newBuiltinType("int", nil)
	BoolType             = newBuiltinType("bool", IntType)
	FloatType            = newBuiltinType("float", nil)
	StrType              = newBuiltinType("str", nil)
	TupleType            = newBuiltinType("tuple", nil)
	ListType             = newBuiltinType("list", nil)
	DictType             = newBuiltinType("dict", nil)
	BuiltinFunctionType  = newBuiltinType("builtin_function_or_method", nil)
	MethodDescriptorType = newBuiltinType("method_descriptor", nil)
	// ClassMethodDescriptorType holds the class methods of built-in types
	// (dict.fromkeys); a type of its own so that method calls never pass
	// an instance where the class is expected.
	ClassMethodDescriptorType = newBuiltinType("classmethod_descriptor", nil)
	GetSetDescriptorType      = newBuiltinType("getset_descriptor", nil)
	SeqIterType               = newBuiltinType("iterator", nil)
)

func init() {
	intHeader.typ = IntType
	floatHeader.typ = FloatType
	boolHeader.typ = BoolType
	noneHeader.typ = NoneType
	notImplementedObject.typ = NotImplementedType
	ellipsisObject.typ = EllipsisType

	initObject()
	initTypeType()
	initSingletons()
	initDescriptors()
	initExceptions()
	for _, init := range typeInits {
		init()
	}
	readyBuiltinTypes()
}

// typeInits are the init functions of the built-in types implemented in
// other files. They register through package variable initializers
// (var _ = registerTypeInit(initList)), which all run before any init
// function, so that this file's init sees every one of them.
var typeInits []func()

// registerTypeInit adds init to typeInits.
func registerTypeInit(init func()) bool {
	typeInits = append(typeInits, init)
	return true
}

// ---- object ----

func initObject() {
	t := ObjectType
	t.Flags |= FlagBaseType
	subclassable[Header](t)
	t.New = objectNew
	t.Init = objectInit
	t.Repr = objectRepr
	t.Str = func(th *Thread, v Value) (Value, error) {
		s, err := Repr(th, v)
		if err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
	t.Hash = func(_ *Thread, v Value) (int64, error) { return identityHash(v), nil }
	t.Compare = objectCompare
	t.GetAttr = GenericGetAttr
	t.SetAttr = GenericSetAttr
}

// identityHash is object.__hash__: derived from the address, as CPython's.
func identityHash(v Value) int64 { return pyhash.Pointer(uintptr(v.p)) }

func objectNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if len(args) > 0 {
		if !SameFunc(typ.New, NewFunc(objectNew)) {
			return Null, NewError(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if SameFunc(typ.Init, InitFunc(objectInit)) {
			return Null, Errorf(TypeError, "%s() takes no arguments", typ.Name)
		}
	}
	if typ.Flags&FlagAbstract != 0 {
		return Null, abstractInstantiationError(t, typ)
	}
	if typ == ObjectType {
		h := &Header{ObjectType}
		return FromPointer(unsafe.Pointer(h)), nil
	}
	if typ.solid.allocSub == nil {
		return Null, Errorf(TypeError, "cannot create '%s' instances", typ.qualifiedName())
	}
	return FromPointer(typ.AllocInstance()), nil
}

func objectInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if len(args) > 0 {
		typ := self.Type()
		if !SameFunc(typ.Init, InitFunc(objectInit)) {
			return NewError(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if SameFunc(typ.New, NewFunc(objectNew)) {
			return Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		}
	}
	return nil
}

func objectRepr(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	return StrValue(fmt.Sprintf("<%s object at %#x>", typ.qualifiedName(), uintptr(v.p))), nil
}

// qualifiedName is "module.QualName", leaving out the builtins module.
func (typ *Type) qualifiedName() string {
	mod := typ.Module
	if typ.Flags&FlagHeapType != 0 && typ.Dict != nil {
		if m, ok := typ.Dict.GetStr(Intern("__module__")); ok {
			if s, ok := m.exactStr(); ok {
				mod = s.s
			}
		}
	}
	name := typ.Name
	if typ.QualName != "" {
		name = typ.QualName
	}
	return qualifiedName(mod, name)
}

func objectCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	switch op {
	case CmpEQ:
		if a == b {
			return True, nil
		}
	case CmpNE:
		eq := a.Type().Compare
		if eq == nil {
			break
		}
		r, err := eq(t, a, b, CmpEQ)
		if err != nil || r == NotImplemented {
			return r, err
		}
		truth, err := Truth(t, r)
		if err != nil {
			return Null, err
		}
		return Bool(!truth), nil
	}
	return NotImplemented, nil
}

// ---- type ----

func initTypeType() {
	t := TypeType
	subclassable[Type](t)
	t.Repr = func(_ *Thread, v Value) (Value, error) {
		typ := (*Type)(v.p)
		return StrValue(fmt.Sprintf("<class '%s'>", typ.qualifiedName())), nil
	}
	t.Call = typeCall
	t.GetAttr = typeGetAttr
	t.Hash = func(_ *Thread, v Value) (int64, error) { return identityHash(v), nil }
}

// typeCall is type.__call__: type(x), or creating an instance by calling
// __new__ and then __init__ when __new__ returned an instance of the class.
func typeCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	typ := (*Type)(callable.p)
	if typ == TypeType && len(args) == 1 && kwnames == nil {
		return args[0].Type().AsValue(), nil
	}
	if typ.New == nil {
		return Null, Errorf(TypeError, "cannot create '%s' instances", typ.qualifiedName())
	}
	obj, err := typ.New(t, typ, args, kwnames)
	if err != nil {
		return Null, err
	}
	if ot := obj.Type(); ot.IsSubtype(typ) && ot.Init != nil {
		if err := ot.Init(t, obj, args, kwnames); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

// PlainInit returns the __init__ that calling class typ runs, when the
// call is no more than what typeCall does for a class whose metaclass is
// type, whose __new__ is object's and whose __init__ is a class attribute
// (not object's): allocate the instance, call __init__ with it first, and
// check that __init__ returned None. It returns Null for other classes,
// whose call must go through Call. The caller checks the metaclass.
func (typ *Type) PlainInit() Value {
	if !SameFunc(typ.Init, InitFunc(dispatchInit)) || !SameFunc(typ.New, NewFunc(objectNew)) ||
		typ.Flags&FlagAbstract != 0 || typ.solid.allocSub == nil {
		return Null
	}
	return typ.Lookup(dunderInit)
}

// InitReturnedError is the TypeError for an __init__ that returned r, not
// None.
func InitReturnedError(r Value) error {
	return Errorf(TypeError, "__init__() should return None, not '%s'", r.Type().Name)
}

// typeGetAttr is type.__getattribute__: data descriptors of the metaclass,
// then the class's own MRO (binding descriptors to the class), then other
// metaclass attributes.
func typeGetAttr(t *Thread, obj Value, name *Str) (Value, error) {
	typ := (*Type)(obj.p)
	meta := obj.Type()
	metaAttr := meta.Lookup(name)
	var metaGet DescrGetFunc
	if !metaAttr.IsNull() {
		mt := metaAttr.Type()
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(t, metaAttr, obj, meta)
		}
	}
	if attr := typ.Lookup(name); !attr.IsNull() {
		if get := attr.Type().DescrGet; get != nil {
			return get(t, attr, Null, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, obj, meta)
	}
	if !metaAttr.IsNull() {
		return metaAttr, nil
	}
	return Null, noAttributeError(obj, name)
}

// ---- None, NotImplemented, Ellipsis ----

func initSingletons() {
	constRepr := func(s string) UnaryFunc {
		r := StrValue(s)
		return func(*Thread, Value) (Value, error) { return r, nil }
	}
	NoneType.Repr = constRepr("None")
	NoneType.Bool = func(*Thread, Value) (bool, error) { return false, nil }
	NotImplementedType.Repr = constRepr("NotImplemented")
	EllipsisType.Repr = constRepr("Ellipsis")
	for _, typ := range []*Type{NoneType, NotImplementedType, EllipsisType} {
		typ.New = singletonNew
	}
}

func singletonNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if len(args) > 0 {
		return Null, Errorf(TypeError, "%s takes no arguments", typ.Name)
	}
	switch typ {
	case NoneType:
		return None, nil
	case NotImplementedType:
		return NotImplemented, nil
	}
	return Ellipsis, nil
}

// ---- descriptors and built-in functions ----

func initDescriptors() {
	BuiltinFunctionType.Call = callBuiltinFunction
	BuiltinFunctionType.Repr = func(_ *Thread, v Value) (Value, error) {
		f := (*BuiltinFunction)(v.p)
		if f.Self.IsNull() {
			return StrValue("<built-in function " + f.Def.Name + ">"), nil
		}
		return StrValue(fmt.Sprintf("<built-in method %s of %s object at %#x>", f.Def.Name, f.Self.Type().Name, uintptr(f.Self.p))), nil
	}
	BuiltinFunctionType.Compare = builtinFunctionCompare
	BuiltinFunctionType.Hash = func(_ *Thread, v Value) (int64, error) {
		f := (*BuiltinFunction)(v.p)
		return identityHash(f.Self) ^ pyhash.Pointer(uintptr(unsafe.Pointer(f.Def))), nil
	}
	BuiltinFunctionType.AddGetSets(builtinFunctionGetSets)
	for _, typ := range []*Type{MethodDescriptorType, ClassMethodDescriptorType} {
		typ.Call = callMethodDescriptor
		typ.DescrGet = methodDescriptorGet
		typ.Repr = func(_ *Thread, v Value) (Value, error) {
			m := (*MethodDescriptor)(v.p)
			return StrValue(fmt.Sprintf("<method '%s' of '%s' objects>", m.Def.Name, m.Owner.tpName())), nil
		}
	}
	GetSetDescriptorType.DescrGet = getSetDescriptorGet
	GetSetDescriptorType.DescrSet = getSetDescriptorSet
	GetSetDescriptorType.Repr = func(_ *Thread, v Value) (Value, error) {
		g := (*GetSetDescriptor)(v.p)
		return StrValue(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Def.Name, g.Owner.tpName())), nil
	}
	SeqIterType.Iter = func(_ *Thread, v Value) (Value, error) { return v, nil }
	SeqIterType.Next = seqIterNext
}

// builtinFunctionCompare: built-in functions are equal when they are the
// same function bound to the same object.
func builtinFunctionCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	if b.Type() != BuiltinFunctionType || (op != CmpEQ && op != CmpNE) {
		return NotImplemented, nil
	}
	x, y := (*BuiltinFunction)(a.p), (*BuiltinFunction)(b.p)
	return Bool((x.Def == y.Def && x.Self == y.Self) == (op == CmpEQ)), nil
}

var builtinFunctionGetSets = []GetSetDef{
	{Name: "__name__", Get: func(_ *Thread, v Value) (Value, error) {
		return StrValue((*BuiltinFunction)(v.p).Def.Name), nil
	}},
	{Name: "__qualname__", Get: func(_ *Thread, v Value) (Value, error) {
		return StrValue((*BuiltinFunction)(v.p).qualName()), nil
	}},
	{Name: "__module__", Get: func(_ *Thread, v Value) (Value, error) {
		if m := (*BuiltinFunction)(v.p).Module; m != "" {
			return StrValue(m), nil
		}
		return None, nil
	}},
	// A module function's __self__ is its module in CPython; the function
	// does not keep the module, so it reports None.
	{Name: "__self__", Get: func(_ *Thread, v Value) (Value, error) {
		if s := (*BuiltinFunction)(v.p).Self; !s.IsNull() {
			return s, nil
		}
		return None, nil
	}},
	{Name: "__doc__", Get: func(_ *Thread, v Value) (Value, error) {
		if d := (*BuiltinFunction)(v.p).Def.Doc; d != "" {
			return StrValue(d), nil
		}
		return None, nil
	}},
	{Name: "__text_signature__", Get: func(*Thread, Value) (Value, error) { return None, nil }},
}

// seqIter iterates over an object that has __getitem__ but no __iter__.
type seqIter struct {
	Header
	seq   Value
	index int64
}

// NewSeqIter returns an iterator calling seq[0], seq[1], ... until
// IndexError or StopIteration.
func NewSeqIter(seq Value) Value {
	return FromPointer(unsafe.Pointer(&seqIter{Header: Header{SeqIterType}, seq: seq}))
}

func seqIterNext(t *Thread, v Value) (Value, error) {
	it := (*seqIter)(v.p)
	if it.seq.IsNull() {
		return Null, nil
	}
	x, err := GetItem(t, it.seq, Int(it.index))
	if err != nil {
		if e, ok := err.(*Exc); ok && (e.typ.IsSubtype(IndexError) || e.typ.IsSubtype(StopIteration)) {
			it.seq = Null
			return Null, nil
		}
		return Null, err
	}
	it.index++
	return x, nil
}

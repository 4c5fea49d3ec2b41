package object

// This file holds the descriptor types of the class machinery:
// classmethod, staticmethod, member_descriptor (__slots__ and exception
// fields) and mappingproxy (type.__dict__).

import (
	"fmt"
	"unsafe"
)

// The descriptor types.
var (
	ClassMethodType      = newBuiltinType("classmethod", nil)
	StaticMethodType     = newBuiltinType("staticmethod", nil)
	MemberDescriptorType = newBuiltinType("member_descriptor", nil)
	MappingProxyType     = newBuiltinType("mappingproxy", nil)
)

// funcWrapper is a classmethod or staticmethod object: a callable with a
// __dict__ holding the callable's __module__, __name__, ... (CPython 3.10+).
type funcWrapper struct {
	Header
	fn    Value
	attrs Attrs
}

var _ = registerTypeInit(func() {
	for _, typ := range []*Type{ClassMethodType, StaticMethodType} {
		typ.attrsOffset = unsafe.Offsetof(funcWrapper{}.attrs)
		subclassable[funcWrapper](typ)
		typ.New = funcWrapperNew
		typ.Init = funcWrapperInit
		typ.Repr = func(t *Thread, v Value) (Value, error) {
			r, err := Repr(t, (*funcWrapper)(v.p).fn)
			if err != nil {
				return Null, err
			}
			return StrValue(fmt.Sprintf("<%s(%s)>", v.Type().Name, r.s)), nil
		}
		typ.AddGetSets([]GetSetDef{
			{Name: "__func__", Get: func(_ *Thread, v Value) (Value, error) { return (*funcWrapper)(v.p).fn, nil }},
			{Name: "__wrapped__", Get: func(_ *Thread, v Value) (Value, error) { return (*funcWrapper)(v.p).fn, nil }},
			{Name: "__isabstractmethod__", Get: func(t *Thread, v Value) (Value, error) {
				return isAbstract(t, (*funcWrapper)(v.p).fn)
			}},
			{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet},
		})
	}
	ClassMethodType.Doc = "classmethod(function) -> method\n\nConvert a function to be a class method."
	ClassMethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, error) {
		if typ == nil {
			typ = obj.Type()
		}
		fn := (*funcWrapper)(descr.p).fn
		if get := fn.Type().DescrGet; get != nil {
			return get(t, fn, typ.AsValue(), typ)
		}
		return NewMethod(fn, typ.AsValue()), nil
	}
	StaticMethodType.Doc = "staticmethod(function) -> method\n\nConvert a function to be a static method."
	StaticMethodType.DescrGet = func(_ *Thread, descr, _ Value, _ *Type) (Value, error) {
		return (*funcWrapper)(descr.p).fn, nil
	}
	StaticMethodType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
		return Call(t, (*funcWrapper)(callable.p).fn, args, kwnames)
	}

	m := MemberDescriptorType
	m.DescrGet = memberGet
	m.DescrSet = memberSet
	m.Repr = func(_ *Thread, v Value) (Value, error) {
		d := (*memberDescr)(v.p)
		return StrValue(fmt.Sprintf("<member '%s' of '%s' objects>", d.name.s, d.owner.tpName())), nil
	}
	m.AddGetSets([]GetSetDef{
		{Name: "__name__", Get: func(_ *Thread, v Value) (Value, error) { return (*memberDescr)(v.p).name.AsValue(), nil }},
		{Name: "__qualname__", Get: func(_ *Thread, v Value) (Value, error) {
			d := (*memberDescr)(v.p)
			return StrValue(d.owner.Name + "." + d.name.s), nil
		}},
		{Name: "__objclass__", Get: func(_ *Thread, v Value) (Value, error) { return (*memberDescr)(v.p).owner.AsValue(), nil }},
	})

	p := MappingProxyType
	p.New = mappingProxyNew
	p.GetItem = func(t *Thread, v, key Value) (Value, error) { return GetItem(t, (*mappingProxy)(v.p).mapping, key) }
	p.Len = func(t *Thread, v Value) (int, error) { return Len(t, (*mappingProxy)(v.p).mapping) }
	p.Iter = func(t *Thread, v Value) (Value, error) { return Iter(t, (*mappingProxy)(v.p).mapping) }
	p.Contains = func(t *Thread, v, key Value) (bool, error) { return Contains(t, (*mappingProxy)(v.p).mapping, key) }
	p.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		return RichCompare(t, (*mappingProxy)(a.p).mapping, b, op)
	}
	p.Repr = func(t *Thread, v Value) (Value, error) {
		r, err := Repr(t, (*mappingProxy)(v.p).mapping)
		if err != nil {
			return Null, err
		}
		return StrValue("mappingproxy(" + r.s + ")"), nil
	}
	p.Str = func(t *Thread, v Value) (Value, error) {
		s, err := StrOf(t, (*mappingProxy)(v.p).mapping)
		if err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
	var methods []MethodDef
	for _, name := range []string{"get", "keys", "values", "items", "copy"} {
		methodName := Intern(name)
		methods = append(methods, MethodDef{Name: name, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			m, err := GetAttr(t, (*mappingProxy)(args[0].p).mapping, methodName)
			if err != nil {
				return Null, err
			}
			return Call(t, m, args[1:], kwnames)
		}})
	}
	p.AddMethods(methods)
})

// isAbstract returns getattr(v, "__isabstractmethod__", False) as a bool.
func isAbstract(t *Thread, v Value) (Value, error) {
	r, err := GetAttr(t, v, Intern("__isabstractmethod__"))
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
			return False, nil
		}
		return Null, err
	}
	b, err := Truth(t, r)
	return Bool(b), err
}

// NewClassMethod returns classmethod(fn).
func NewClassMethod(fn Value) Value { return newFuncWrapper(ClassMethodType, fn) }

// NewStaticMethod returns staticmethod(fn).
func NewStaticMethod(fn Value) Value { return newFuncWrapper(StaticMethodType, fn) }

func newFuncWrapper(typ *Type, fn Value) Value {
	w := &funcWrapper{Header: Header{typ}, fn: fn}
	w.attrs.Init(typ)
	w.copyAttrs(nil)
	return FromPointer(unsafe.Pointer(w))
}

var wrapperCopiedAttrs = []*Str{Intern("__module__"), Intern("__name__"), Intern("__qualname__"), Intern("__doc__"), Intern("__annotations__")}

// copyAttrs copies the wrapped callable's descriptive attributes into the
// wrapper's __dict__, as functools.update_wrapper does; attributes the
// callable lacks are skipped.
func (w *funcWrapper) copyAttrs(t *Thread) error {
	for _, n := range wrapperCopiedAttrs {
		get := w.fn.Type().GetAttr
		if get == nil {
			return nil
		}
		v, err := get(t, w.fn, n)
		if err != nil {
			if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
				continue
			}
			return err
		}
		w.attrs.Set(n, v)
	}
	return nil
}

func funcWrapperNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var w *funcWrapper
	if typ == ClassMethodType || typ == StaticMethodType {
		w = &funcWrapper{Header: Header{typ}}
		w.attrs.Init(typ)
	} else {
		w = (*funcWrapper)(typ.AllocInstance())
	}
	w.fn = None
	return FromPointer(unsafe.Pointer(w)), nil
}

func funcWrapperInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	name := self.Type().solid.Name
	if err := NoKeywords(name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s expected 1 argument, got %d", name, len(args))
	}
	w := (*funcWrapper)(self.p)
	w.fn = args[0]
	return w.copyAttrs(t)
}

// memberDescr is a member_descriptor: a named field of instances, either a
// __slots__ entry (an Attrs slot; unset reads raise AttributeError) or a
// field of a built-in type (unset reads give None).
type memberDescr struct {
	Header
	owner *Type
	name  *Str
	// ref returns the field of obj, or nil when obj has no storage for
	// it; grow asks for storage to be made (to store a value).
	ref         func(obj Value, grow bool) *Value
	noneIfUnset bool
	readOnly    bool
	// slot is 1 + the Attrs slot index for a __slots__ member (which
	// attribute caches read directly), 0 for other fields.
	slot int
}

// newMemberDescr returns the member descriptor of slot index of typ's
// instances (a __slots__ name).
func newMemberDescr(typ *Type, name *Str, index int) Value {
	d := &memberDescr{Header: Header{MemberDescriptorType}, owner: typ, name: name, slot: index + 1,
		ref: func(obj Value, _ bool) *Value { return &AttrsOf(obj).slots[index] }}
	return FromPointer(unsafe.Pointer(d))
}

func memberGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	d := (*memberDescr)(descr.p)
	if obj.IsNull() {
		return descr, nil
	}
	if !obj.Type().IsSubtype(d.owner) {
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name.s, d.owner.tpName(), obj.Type().tpName())
	}
	var v Value
	if p := d.ref(obj, false); p != nil {
		v = *p
	}
	if v.IsNull() {
		if d.noneIfUnset {
			return None, nil
		}
		return Null, noAttributeError(obj, d.name)
	}
	return v, nil
}

func memberSet(t *Thread, descr, obj, value Value) error {
	d := (*memberDescr)(descr.p)
	if !obj.Type().IsSubtype(d.owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name.s, d.owner.tpName(), obj.Type().tpName())
	}
	if d.readOnly {
		return NewError(AttributeError, "readonly attribute")
	}
	p := d.ref(obj, !value.IsNull())
	if value.IsNull() && (p == nil || p.IsNull()) && !d.noneIfUnset {
		return NewError(AttributeError, d.name.s)
	}
	if p != nil {
		*p = value
	}
	return nil
}

// mappingProxy is a read-only view of a mapping (type.__dict__).
type mappingProxy struct {
	Header
	mapping Value
}

// NewMappingProxy returns a read-only view of mapping.
func NewMappingProxy(mapping Value) Value {
	return FromPointer(unsafe.Pointer(&mappingProxy{Header{MappingProxyType}, mapping}))
}

func mappingProxyNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var m [1]Value
	if err := ParseArgs("mappingproxy", args, kwnames, []string{"mapping"}, 1, 1, m[:]); err != nil {
		return Null, err
	}
	mt := m[0].Type()
	_, isList := m[0].AsList()
	_, isTuple := m[0].AsTuple()
	if mt.GetItem == nil || isList || isTuple {
		return Null, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", mt.Name)
	}
	return NewMappingProxy(m[0]), nil
}

// WrappedFunc returns the callable a classmethod or staticmethod object v
// wraps (its __func__), or Null for any other value.
func WrappedFunc(v Value) Value {
	if v.IsNull() || v.Type() != ClassMethodType && v.Type() != StaticMethodType {
		return Null
	}
	return (*funcWrapper)(v.p).fn
}

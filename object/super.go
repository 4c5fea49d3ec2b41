package object

// This file holds super: attribute lookup that starts after a given class
// in the MRO of an object's type.

import (
	"fmt"
	"unsafe"
)

// SuperType is the type of super objects.
var SuperType = newBuiltinType("super", nil)

// superObj is a super object. objType is nil for an unbound super
// (super(C)).
type superObj struct {
	Header
	typ     *Type
	obj     Value
	objType *Type
}

var _ = registerTypeInit(func() {
	s := SuperType
	subclassable[superObj](s)
	s.Doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)"
	s.New = func(t *Thread, typ *Type, _ []Value, _ *Tuple) (Value, error) {
		if typ == SuperType {
			return FromPointer(unsafe.Pointer(&superObj{Header: Header{typ}})), nil
		}
		return FromPointer(typ.AllocInstance()), nil
	}
	s.Init = superInit
	s.GetAttr = superGetAttr
	s.DescrGet = func(t *Thread, descr, obj Value, _ *Type) (Value, error) {
		su := (*superObj)(descr.p)
		if obj.IsNull() || su.objType != nil {
			return descr, nil
		}
		if descr.Type() != SuperType {
			return Call(t, descr.Type().AsValue(), []Value{su.typ.AsValue(), obj}, nil)
		}
		return NewSuper(t, su.typ, obj)
	}
	s.Repr = func(t *Thread, v Value) (Value, error) {
		su := (*superObj)(v.p)
		if su.objType == nil {
			return StrValue(fmt.Sprintf("<super: <class '%s'>, NULL>", su.typ.Name)), nil
		}
		return StrValue(fmt.Sprintf("<super: <class '%s'>, <%s object>>", su.typ.Name, su.objType.Name)), nil
	}
	s.AddGetSets([]GetSetDef{
		{Name: "__thisclass__", Get: func(_ *Thread, v Value) (Value, error) { return (*superObj)(v.p).typ.AsValue(), nil },
			Doc: "the class invoking super()"},
		{Name: "__self__", Get: func(_ *Thread, v Value) (Value, error) { return nullToNone((*superObj)(v.p).obj), nil },
			Doc: "the instance invoking super(); may be None"},
		{Name: "__self_class__", Get: func(_ *Thread, v Value) (Value, error) {
			if ot := (*superObj)(v.p).objType; ot != nil {
				return ot.AsValue(), nil
			}
			return None, nil
		}, Doc: "the type of the instance invoking super(); may be None"},
	})
})

func nullToNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

// NewSuper returns super(typ, obj): for the zero-argument form, the
// interpreter passes the __class__ cell's content and the frame's first
// argument.
func NewSuper(t *Thread, typ *Type, obj Value) (Value, error) {
	su := &superObj{Header: Header{SuperType}}
	if err := su.set(t, typ, obj); err != nil {
		return Null, err
	}
	return FromPointer(unsafe.Pointer(su)), nil
}

func (su *superObj) set(t *Thread, typ *Type, obj Value) error {
	su.typ, su.obj, su.objType = typ, Null, nil
	if obj.IsNull() || obj.IsNone() {
		return nil
	}
	ot, err := superCheck(t, typ, obj)
	if err != nil {
		return err
	}
	su.obj, su.objType = obj, ot
	return nil
}

// superCheck returns the type whose MRO super(typ, obj) searches: obj
// itself when it is a subclass of typ, else the class of obj.
func superCheck(t *Thread, typ *Type, obj Value) (*Type, error) {
	if ot, ok := obj.AsType(); ok && ot.IsSubtype(typ) {
		return ot, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if c, err := GetAttr(t, obj, dunderClass); err == nil {
		if ct, ok := c.AsType(); ok && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	} else if e, ok := err.(*Exc); !ok || !e.typ.IsSubtype(AttributeError) {
		return nil, err
	}
	return nil, NewError(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

var dunderClass = Intern("__class__")

func superInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if err := NoKeywords("super", kwnames); err != nil {
		return err
	}
	if len(args) > 2 {
		return Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	su := (*superObj)(self.p)
	if len(args) == 0 {
		h, err := t.hooks()
		if err != nil {
			return err
		}
		typ, obj, err := h.SuperArgs()
		if err != nil {
			return err
		}
		return su.set(t, typ, obj)
	}
	typ, ok := args[0].AsType()
	if !ok {
		return Errorf(TypeError, "super() argument 1 must be a type, not %s", args[0].Type().tpName())
	}
	obj := Null
	if len(args) == 2 {
		obj = args[1]
	}
	return su.set(t, typ, obj)
}

// superLookup finds name in the MRO of objType after typ, binding it to obj
// (to nothing when obj is objType itself); Null when absent.
func superLookup(t *Thread, typ *Type, obj Value, objType *Type, name *Str) (Value, error) {
	mro := objType.MRO
	i := 0
	for i < len(mro) && mro[i] != typ {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		res, ok := c.Dict.GetStr(name)
		if !ok {
			continue
		}
		if get := res.Type().DescrGet; get != nil {
			bindTo := obj
			if obj == objType.AsValue() {
				bindTo = Null
			}
			return get(t, res, bindTo, objType)
		}
		return res, nil
	}
	return Null, nil
}

func superGetAttr(t *Thread, self Value, name *Str) (Value, error) {
	su := (*superObj)(self.p)
	if su.objType != nil && name != dunderClass {
		r, err := superLookup(t, su.typ, su.obj, su.objType, name)
		if err != nil || !r.IsNull() {
			return r, err
		}
	}
	return GenericGetAttr(t, self, name)
}

package object

// This file holds the property type.

import (
	"unsafe"
)

// PropertyType is the type of property objects.
var PropertyType = newBuiltinType("property", nil)

// property is a property object. A subclass instance has the withAttrs
// layout (property subclasses have a __dict__, where __doc__ goes).
type property struct {
	Header
	fget, fset, fdel, doc Value
	name                  Value // set by __set_name__; Null before
	getterDoc             bool  // doc came from fget.__doc__
}

var _ = registerTypeInit(func() {
	p := PropertyType
	subclassable[property](p)
	p.Doc = "Property attribute."
	p.New = func(t *Thread, typ *Type, _ []Value, _ *Tuple) (Value, error) {
		var pr *property
		if typ == PropertyType {
			pr = &property{Header: Header{typ}}
		} else {
			pr = (*property)(typ.AllocInstance())
		}
		pr.fget, pr.fset, pr.fdel, pr.doc = None, None, None, None
		return FromPointer(unsafe.Pointer(pr)), nil
	}
	p.Init = propertyInit
	p.DescrGet = propertyGet
	p.DescrSet = propertySet
	p.AddGetSets([]GetSetDef{
		{Name: "fget", Get: func(_ *Thread, v Value) (Value, error) { return (*property)(v.p).fget, nil }},
		{Name: "fset", Get: func(_ *Thread, v Value) (Value, error) { return (*property)(v.p).fset, nil }},
		{Name: "fdel", Get: func(_ *Thread, v Value) (Value, error) { return (*property)(v.p).fdel, nil }},
		{Name: "__doc__", Get: func(_ *Thread, v Value) (Value, error) { return (*property)(v.p).doc, nil },
			Set: func(_ *Thread, v, value Value) error {
				if value.IsNull() {
					value = None
				}
				(*property)(v.p).doc = value
				return nil
			}},
		{Name: "__isabstractmethod__", Get: func(t *Thread, v Value) (Value, error) {
			pr := (*property)(v.p)
			for _, f := range []Value{pr.fget, pr.fset, pr.fdel} {
				if r, err := isAbstract(t, f); err != nil || r == True {
					return r, err
				}
			}
			return False, nil
		}},
	})
	p.AddMethods([]MethodDef{
		{Name: "getter", Fn: propertyCopier(0), Doc: "Descriptor to obtain a copy of the property with a different getter."},
		{Name: "setter", Fn: propertyCopier(1), Doc: "Descriptor to obtain a copy of the property with a different setter."},
		{Name: "deleter", Fn: propertyCopier(2), Doc: "Descriptor to obtain a copy of the property with a different deleter."},
		{Name: "__set_name__", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity("__set_name__", args[1:], kwnames, 2, 2); err != nil {
				return Null, err
			}
			(*property)(args[0].p).name = args[2]
			return None, nil
		}, Doc: "Method to set name of a property."},
	})
})

var propertyParams = []string{"fget", "fset", "fdel", "doc"}

func propertyInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if n := Positional(args, kwnames); n > 4 {
		return Errorf(TypeError, "property() takes at most 4 arguments (%d given)", n)
	}
	if kwnames != nil {
		for _, k := range kwnames.Items {
			found := false
			for _, p := range propertyParams {
				found = found || (*Str)(k.p).s == p
			}
			if !found {
				return Errorf(TypeError, "'%s' is an invalid keyword argument for property()", (*Str)(k.p).s)
			}
		}
	}
	var a [4]Value
	if err := ParseArgs("property", args, kwnames, propertyParams, 0, 4, a[:]); err != nil {
		return err
	}
	for i := range a {
		if a[i].IsNull() {
			a[i] = None
		}
	}
	pr := (*property)(self.p)
	pr.fget, pr.fset, pr.fdel, pr.doc = a[0], a[1], a[2], a[3]
	pr.getterDoc = false
	if pr.doc.IsNone() && !pr.fget.IsNone() {
		doc, err := GetAttr(t, pr.fget, dunderDoc)
		if err != nil {
			if e, ok := err.(*Exc); !ok || !e.typ.IsSubtype(AttributeError) {
				return err
			}
			doc = None
		}
		pr.doc, pr.getterDoc = doc, true
	}
	if self.Type() != PropertyType && !pr.doc.IsNone() {
		// A subclass instance keeps __doc__ in its __dict__, where the
		// class's own __doc__ would otherwise shadow it.
		AttrsOf(self).Set(dunderDoc, pr.doc)
	}
	return nil
}

// propertyName returns "property 'x'" or "property" for error messages.
func (pr *property) describe(t *Thread) (string, error) {
	if pr.name.IsNull() {
		return "property", nil
	}
	r, err := Repr(t, pr.name)
	if err != nil {
		return "", err
	}
	return "property " + r.s, nil
}

func (pr *property) missing(t *Thread, obj Value, what string) error {
	d, err := pr.describe(t)
	if err != nil {
		return err
	}
	return Errorf(AttributeError, "%s of '%s' object has no %s", d, obj.Type().Name, what)
}

func propertyGet(t *Thread, descr, obj Value, _ *Type) (Value, error) {
	if obj.IsNull() {
		return descr, nil
	}
	pr := (*property)(descr.p)
	if pr.fget.IsNone() {
		return Null, pr.missing(t, obj, "getter")
	}
	return Call1(t, pr.fget, obj)
}

func propertySet(t *Thread, descr, obj, value Value) error {
	pr := (*property)(descr.p)
	var err error
	if value.IsNull() {
		if pr.fdel.IsNone() {
			return pr.missing(t, obj, "deleter")
		}
		_, err = Call1(t, pr.fdel, obj)
	} else {
		if pr.fset.IsNone() {
			return pr.missing(t, obj, "setter")
		}
		_, err = Call(t, pr.fset, []Value{obj, value}, nil)
	}
	return err
}

// propertyCopier returns getter (which 0), setter (1) or deleter (2):
// a copy of the property, made by calling its type, with one accessor
// replaced.
func propertyCopier(which int) NativeFunc {
	name := [...]string{"getter", "setter", "deleter"}[which]
	return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckArity(name, args[1:], kwnames, 1, 1); err != nil {
			return Null, err
		}
		pr := (*property)(args[0].p)
		fns := []Value{pr.fget, pr.fset, pr.fdel, pr.doc}
		fns[which] = args[1]
		if pr.getterDoc && !fns[0].IsNone() {
			fns[3] = None // let the new getter provide the doc
		}
		r, err := Call(t, args[0].Type().AsValue(), fns, nil)
		if err != nil {
			return Null, err
		}
		if r.Type().IsSubtype(PropertyType) {
			np := (*property)(r.p)
			np.name = pr.name
		}
		return r, nil
	}
}

package object

// namespace.go: types.SimpleNamespace, the type of sys.implementation and
// time.get_clock_info(): an object whose attributes are its keyword
// arguments, shown in its repr and compared by its __dict__, as CPython's
// Objects/namespaceobject.c behaves (3.11 messages).

import (
	"strings"
	"unsafe"
)

// Namespace is a types.SimpleNamespace (or the built-in part of an
// instance of a subclass, whose attributes live in the same Attrs).
type Namespace struct {
	Header
	attrs Attrs
}

// SimpleNamespaceType is types.SimpleNamespace.
var SimpleNamespaceType = newBuiltinType("SimpleNamespace", nil)

var _ = registerTypeInit(initNamespace)

func initNamespace() {
	typ := SimpleNamespaceType
	typ.Module = "types"
	typ.Doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"
	typ.Flags &^= FlagImmutable
	subclassable[Namespace](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(Namespace{}.attrs))
	typ.New = func(_ *Thread, sub *Type, _ []Value, _ *Tuple) (Value, error) {
		if sub == SimpleNamespaceType {
			return NewNamespace().AsValue(), nil
		}
		return FromPointer(sub.AllocInstance()), nil
	}
	typ.Init = namespaceInit
	typ.Repr = namespaceRepr
	typ.Compare = namespaceCompare
	// No Hash: namespaces are unhashable (__hash__ is None).
	typ.AddMethods([]MethodDef{{Name: "__reduce__", Fn: namespaceReduce, Doc: "Return state information for pickling"}})
	typ.AddGetSets([]GetSetDef{{Name: "__dict__", Get: func(_ *Thread, v Value) (Value, error) {
		return (*Namespace)(v.p).attrs.Dict().AsValue(), nil
	}, Set: func(*Thread, Value, Value) error {
		return NewError(AttributeError, "readonly attribute") // a read-only member in CPython
	}}})
}

// NewNamespace returns a new, empty types.SimpleNamespace.
func NewNamespace() *Namespace {
	ns := &Namespace{Header: Header{SimpleNamespaceType}}
	ns.attrs.Init(SimpleNamespaceType)
	return ns
}

// AsValue returns ns as a Value.
func (ns *Namespace) AsValue() Value { return Value{p: unsafe.Pointer(ns)} }

// Set sets the attribute name of ns to v.
func (ns *Namespace) Set(name string, v Value) { ns.attrs.Set(Intern(name), v) }

// namespaceInit is SimpleNamespace.__init__(self, /, **kwargs).
func namespaceInit(_ *Thread, v Value, args []Value, kwnames *Tuple) error {
	npos := Positional(args, kwnames)
	if npos > 0 {
		return NewError(TypeError, "no positional arguments expected")
	}
	if kwnames == nil {
		return nil
	}
	a := &(*Namespace)(v.p).attrs
	for i, k := range kwnames.Items {
		s, ok := k.AsStr()
		if !ok {
			return NewError(TypeError, "keywords must be strings")
		}
		a.Set(InternStr(s), args[npos+i])
	}
	return nil
}

// namespaceRepr shows the attributes whose names are non-empty strings:
// namespace(a=1, b=2), or the subclass's name instead of namespace.
func namespaceRepr(t *Thread, v Value) (Value, error) {
	name := "namespace"
	if typ := v.Type(); typ != SimpleNamespaceType {
		name = typ.Name
	}
	if !t.ReprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer t.ReprLeave(v)
	d := (*Namespace)(v.p).attrs.Dict()
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	first := true
	for pos := 0; ; {
		k, val, next, ok := d.Next(pos)
		if !ok {
			break
		}
		pos = next
		ks, isStr := k.AsStr()
		if !isStr || ks.Len() == 0 {
			continue
		}
		r, err := Repr(t, val)
		if err != nil {
			return Null, err
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(ks.String())
		b.WriteByte('=')
		b.WriteString(r.String())
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

// namespaceCompare compares two namespaces by their __dict__, for == and
// != only.
func namespaceCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if (op != CmpEQ && op != CmpNE) || !a.Type().IsSubtype(SimpleNamespaceType) || !b.Type().IsSubtype(SimpleNamespaceType) {
		return NotImplemented, nil
	}
	return RichCompare(t, (*Namespace)(a.p).attrs.Dict().AsValue(), (*Namespace)(b.p).attrs.Dict().AsValue(), op)
}

// namespaceReduce is __reduce__: (type(self), (), self.__dict__).
func namespaceReduce(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__reduce__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	self := args[0]
	d := (*Namespace)(self.p).attrs.Dict()
	return NewTuple(self.Type().AsValue(), EmptyTuple.AsValue(), d.AsValue()).AsValue(), nil
}

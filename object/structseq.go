// structseq.go: struct sequences, the named tuples of built-in modules
// (time.struct_time, os.stat_result, sys.float_info, sys.version_info...).

package object

import (
	"strings"
	"unsafe"
)

// StructSeq is an instance of a struct sequence type: a tuple of the
// visible fields (Tuple.Items) with every field, visible or not, in Fields.
// Since Tuple comes first, a *StructSeq is also a valid *Tuple.
type StructSeq struct {
	Tuple
	Fields []Value
}

// StructSeqDesc describes a struct sequence type.
type StructSeqDesc struct {
	Name   string   // the type's __name__
	Module string   // its __module__ ("" for builtins)
	Doc    string   // __doc__
	Fields []string // the field names, visible fields first
	// NVisible is how many leading fields are tuple items
	// (n_sequence_fields); the rest are attributes only.
	NVisible int
	// NoNew makes the type impossible to instantiate from Python, as
	// sys.flags, sys.version_info and sys.float_info are.
	NoNew bool
}

// structSeqDescs maps each struct sequence type to its description.
var structSeqDescs = map[*Type]*StructSeqDesc{}

// NewStructSeqType creates and readies a struct sequence type: a tuple
// subclass with a read-only attribute per field, repr
// "module.name(field=value, ...)", and a constructor taking one sequence of
// between NVisible and len(Fields) items (plus an optional dict of the
// invisible fields, as CPython's).
func NewStructSeqType(d *StructSeqDesc) *Type {
	if d.NVisible > len(d.Fields) {
		panic("BUG: struct sequence " + d.Name + " has more visible fields than fields")
	}
	typ := NewNativeType(d.Name, d.Module, TupleType)
	typ.Doc = d.Doc
	typ.solid = TupleType
	typ.Repr = structSeqRepr
	if d.NoNew {
		typ.New = func(_ *Thread, typ *Type, _ []Value, _ *Tuple) (Value, error) {
			return Null, Errorf(TypeError, "cannot create '%s' instances", typeQualName(typ))
		}
	} else {
		typ.New = structSeqNew
	}
	// The fields, __reduce__, the three counts and __match_args__, then
	// what Ready adds: the __new__ and __repr__ wrappers, __doc__ and
	// __hash__.
	typ.reserveNames(len(d.Fields) + 9)
	getsets := make([]GetSetDef, len(d.Fields))
	for i, name := range d.Fields {
		i := i
		getsets[i] = GetSetDef{Name: name, Get: func(_ *Thread, v Value) (Value, error) {
			return (*StructSeq)(v.p).Fields[i], nil
		}}
	}
	typ.AddGetSets(getsets)
	typ.AddMethods([]MethodDef{{Name: "__reduce__", Fn: structSeqReduce}})
	typ.Dict.SetStr(Intern("n_sequence_fields"), Int(int64(d.NVisible)))
	typ.Dict.SetStr(Intern("n_fields"), Int(int64(len(d.Fields))))
	typ.Dict.SetStr(Intern("n_unnamed_fields"), Int(0))
	match := make([]Value, d.NVisible)
	for i := range match {
		match[i] = StrValue(d.Fields[i])
	}
	typ.Dict.SetStr(Intern("__match_args__"), NewTuple(match...).AsValue())
	typ.Ready()
	structSeqDescs[typ] = d
	return typ
}

// typeQualName is the name of typ with its module, as errors show it.
func typeQualName(typ *Type) string {
	if typ.Module == "" || typ.Module == "builtins" {
		return typ.Name
	}
	return typ.Module + "." + typ.Name
}

// NewStructSeq returns an instance of the struct sequence type typ holding
// fields (not copied), which must have one value per field.
func NewStructSeq(typ *Type, fields []Value) Value {
	d := structSeqDescs[typ]
	if d == nil || len(fields) != len(d.Fields) {
		panic("BUG: NewStructSeq: wrong type or field count")
	}
	s := &StructSeq{Tuple: Tuple{Header{typ}, fields[:d.NVisible:d.NVisible]}, Fields: fields}
	return FromPointer(unsafe.Pointer(s))
}

func structSeqNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	d := structSeqDescs[typ]
	var a [2]Value
	if err := ParseArgs(typ.Name, args, kwnames, []string{"sequence", "dict"}, 1, 2, a[:]); err != nil {
		return Null, err
	}
	items, err := Collect(t, a[0])
	if err != nil {
		return Null, err
	}
	name := typeQualName(typ)
	n, min, max := len(items), d.NVisible, len(d.Fields)
	switch {
	case n < min && min == max:
		return Null, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", name, min, n)
	case n < min:
		return Null, Errorf(TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", name, min, n)
	case n > max && min == max:
		return Null, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", name, min, n)
	case n > max:
		return Null, Errorf(TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", name, max, n)
	}
	fields := make([]Value, max)
	copy(fields, items)
	var dict *Dict
	if !a[1].IsNull() && !a[1].IsNone() {
		var ok bool
		if dict, ok = a[1].AsDict(); !ok {
			return Null, Errorf(TypeError, "%s() takes a dict as second arg, if any", name)
		}
	}
	for i := n; i < max; i++ {
		fields[i] = None
		if dict != nil {
			if v, ok := dict.GetStr(Intern(d.Fields[i])); ok {
				fields[i] = v
			}
		}
	}
	return NewStructSeq(typ, fields), nil
}

func structSeqRepr(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	d := structSeqDescs[typ]
	s := (*StructSeq)(v.p)
	var b strings.Builder
	b.WriteString(typeQualName(typ))
	b.WriteByte('(')
	for i, x := range s.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return Null, err
		}
		b.WriteString(d.Fields[i])
		b.WriteByte('=')
		b.WriteString(r.s)
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func structSeqReduce(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__reduce__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	s := (*StructSeq)(args[0].p)
	d := structSeqDescs[s.Type()]
	extra := NewDict()
	for i := d.NVisible; i < len(d.Fields); i++ {
		extra.SetStr(Intern(d.Fields[i]), s.Fields[i])
	}
	visible := NewTuple(append([]Value(nil), s.Items...)...)
	return NewTuple(s.Type().AsValue(), NewTuple(visible.AsValue(), extra.AsValue()).AsValue()).AsValue(), nil
}

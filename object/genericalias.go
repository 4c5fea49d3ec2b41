// genericalias.go: types.GenericAlias (list[int], PEP 585) and
// types.UnionType (int | str, PEP 604), the run-time forms of
// parameterized and union type hints. They are thin records: an alias
// mostly forwards to its origin class, and isinstance treats a union as
// the tuple of its members.

package object

import (
	"strings"
	"sync"
	"unsafe"
)

// GenericAlias is list[int]: an origin class with its type arguments.
type GenericAlias struct {
	Header
	origin Value
	args   *Tuple
	params *Tuple // __parameters__, computed on first use; nil before
}

// Union is int | str: its members, flattened and without duplicates.
type Union struct {
	Header
	args   *Tuple
	params *Tuple // as GenericAlias.params
}

// The types of generic aliases and unions (types.GenericAlias and
// types.UnionType).
var (
	GenericAliasType = newBuiltinType("GenericAlias", nil)
	UnionType        = newBuiltinType("UnionType", nil)
)

var _ = registerTypeInit(initGenericAlias)

func initGenericAlias() {
	g := GenericAliasType
	g.Module = "types"
	g.Flags |= FlagBaseType
	g.New = genericAliasNew
	g.Repr = genericAliasRepr
	g.Call = genericAliasCall
	g.GetAttr = genericAliasGetAttr
	g.Compare = genericAliasCompare
	g.Hash = genericAliasHash
	g.GetItem = genericAliasGetItem
	g.Binary[OpOr] = unionOr
	g.AddMethods([]MethodDef{
		{Name: "__mro_entries__", Fn: genericAliasMROEntries},
		{Name: "__instancecheck__", Fn: noGenericCheck("isinstance")},
		{Name: "__subclasscheck__", Fn: noGenericCheck("issubclass")},
		{Name: "__reduce__", Fn: genericAliasReduce},
		{Name: "__dir__", Fn: genericAliasDir},
	})
	g.AddGetSets([]GetSetDef{
		{Name: "__origin__", Get: func(_ *Thread, v Value) (Value, error) { return (*GenericAlias)(v.p).origin, nil }},
		{Name: "__args__", Get: func(_ *Thread, v Value) (Value, error) { return (*GenericAlias)(v.p).args.AsValue(), nil }},
		{Name: "__parameters__", Get: func(t *Thread, v Value) (Value, error) {
			a := (*GenericAlias)(v.p)
			return typeParameters(t, a.args, &a.params)
		}, Doc: "Type variables in the GenericAlias."},
		{Name: "__unpacked__", Get: func(*Thread, Value) (Value, error) { return False, nil }},
	})

	u := UnionType
	u.Module = "types"
	u.Repr = unionRepr
	u.Compare = unionCompare
	u.Hash = unionHash
	u.GetItem = unionGetItem
	u.GetAttr = func(t *Thread, obj Value, name *Str) (Value, error) {
		if name.s == "__module__" { // typing's forward references read it
			return GetAttr(t, UnionType.AsValue(), name)
		}
		return GenericGetAttr(t, obj, name)
	}
	u.Binary[OpOr] = unionOr
	u.AddGetSets([]GetSetDef{
		{Name: "__args__", Get: func(_ *Thread, v Value) (Value, error) { return (*Union)(v.p).args.AsValue(), nil }},
		{Name: "__parameters__", Get: func(t *Thread, v Value) (Value, error) {
			x := (*Union)(v.p)
			return typeParameters(t, x.args, &x.params)
		}, Doc: "Type variables in the types.UnionType."},
	})

	TypeType.Binary[OpOr] = unionOr
	TypeType.AddMethods([]MethodDef{{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"}})
}

// NewGenericAlias returns origin[args]; args that is not a tuple is the
// only argument.
func NewGenericAlias(origin, args Value) Value {
	return newGenericAlias(GenericAliasType, origin, args)
}

func newGenericAlias(typ *Type, origin, args Value) Value {
	tu, ok := args.AsTuple()
	if !ok {
		tu = NewTuple(args)
	}
	var a *GenericAlias
	if typ == GenericAliasType {
		a = &GenericAlias{Header: Header{typ}}
	} else {
		a = (*GenericAlias)(typ.AllocInstance())
	}
	a.origin, a.args = origin, tu
	return FromPointer(unsafe.Pointer(a))
}

// ClassGetItem is the __class_getitem__ class method of the built-in
// generic classes (list, dict, ...): cls[args] is GenericAlias(cls, args).
func ClassGetItem(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__class_getitem__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	return NewGenericAlias(args[0], args[1]), nil
}

func genericAliasNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if kwnames != nil && typ == GenericAliasType {
		return Null, NewError(TypeError, "GenericAlias() takes no keyword arguments")
	}
	if err := CheckArity("GenericAlias", args, nil, 2, 2); err != nil {
		return Null, err
	}
	return newGenericAlias(typ, args[0], args[1]), nil
}

// typeHintRepr is how aliases and unions show a member: "..." for
// Ellipsis, the repr of an alias, the qualified name of a class
// (without "builtins."), else the repr.
func typeHintRepr(t *Thread, v Value) (string, error) {
	if v == Ellipsis {
		return "...", nil
	}
	origin, err := optionalAttr(t, v, Intern("__origin__"))
	if err != nil {
		return "", err
	}
	if !origin.IsNull() {
		if args, err := optionalAttr(t, v, Intern("__args__")); err != nil || !args.IsNull() {
			if err != nil {
				return "", err
			}
			return reprString(t, v)
		}
	}
	qualname, err := optionalAttr(t, v, Intern("__qualname__"))
	if err != nil || qualname.IsNull() {
		if err != nil {
			return "", err
		}
		return reprString(t, v)
	}
	module, err := optionalAttr(t, v, Intern("__module__"))
	if err != nil || module.IsNull() || module == None {
		if err != nil {
			return "", err
		}
		return reprString(t, v)
	}
	q, err := StrOf(t, qualname)
	if err != nil {
		return "", err
	}
	if m, ok := module.AsStr(); ok && m.s == "builtins" {
		return q.s, nil
	}
	m, err := StrOf(t, module)
	if err != nil {
		return "", err
	}
	return m.s + "." + q.s, nil
}

func reprString(t *Thread, v Value) (string, error) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return r.s, nil
}

// optionalAttr returns v.name, or Null when v has no such attribute.
func optionalAttr(t *Thread, v Value, name *Str) (Value, error) {
	r, err := GetAttr(t, v, name)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
			return Null, nil
		}
		return Null, err
	}
	return r, nil
}

func genericAliasRepr(t *Thread, v Value) (Value, error) {
	a := (*GenericAlias)(v.p)
	var b strings.Builder
	s, err := typeHintRepr(t, a.origin)
	if err != nil {
		return Null, err
	}
	b.WriteString(s)
	b.WriteByte('[')
	if len(a.args.Items) == 0 {
		b.WriteString("()")
	}
	for i, x := range a.args.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		if s, err = typeHintRepr(t, x); err != nil {
			return Null, err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return StrValue(b.String()), nil
}

// genericAliasCall is list[int](...): the origin's instance, told its
// alias through __orig_class__ when it accepts the attribute.
func genericAliasCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	r, err := Call(t, (*GenericAlias)(callable.p).origin, args, kwnames)
	if err != nil {
		return Null, err
	}
	if err := SetAttr(t, r, Intern("__orig_class__"), callable); err != nil {
		e, ok := err.(*Exc)
		if !ok || !(e.typ.IsSubtype(AttributeError) || e.typ.IsSubtype(TypeError)) {
			return Null, err
		}
	}
	return r, nil
}

// genericAliasOwnAttrs returns the attributes an alias answers itself;
// it forwards every other name to its origin. The set is made on first
// use, not at start-up.
var genericAliasOwnAttrs = sync.OnceValue(func() map[*Str]bool {
	m := map[*Str]bool{}
	for _, n := range []string{"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
		"__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"} {
		m[Intern(n)] = true
	}
	return m
})

func genericAliasGetAttr(t *Thread, obj Value, name *Str) (Value, error) {
	if !genericAliasOwnAttrs()[InternStr(name)] {
		return GetAttr(t, (*GenericAlias)(obj.p).origin, name)
	}
	return GenericGetAttr(t, obj, name)
}

func genericAliasCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if (op != CmpEQ && op != CmpNE) || !b.Type().IsSubtype(GenericAliasType) {
		return NotImplemented, nil
	}
	x, y := (*GenericAlias)(a.p), (*GenericAlias)(b.p)
	eq, err := Equal(t, x.origin, y.origin)
	if err == nil && eq {
		eq, err = Equal(t, x.args.AsValue(), y.args.AsValue())
	}
	return Bool(eq == (op == CmpEQ)), err
}

func genericAliasHash(t *Thread, v Value) (int64, error) {
	a := (*GenericAlias)(v.p)
	h0, err := Hash(t, a.origin)
	if err != nil {
		return 0, err
	}
	h1, err := Hash(t, a.args.AsValue())
	if err != nil {
		return 0, err
	}
	return fixHash(h0 ^ h1), nil
}

// fixHash maps -1, which CPython reserves for errors, to -2.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func genericAliasMROEntries(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__mro_entries__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	return NewTuple((*GenericAlias)(args[0].p).origin).AsValue(), nil
}

// noGenericCheck is __instancecheck__ or __subclasscheck__ of an alias:
// both refuse.
func noGenericCheck(fname string) NativeFunc {
	return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		return Null, Errorf(TypeError, "%s() argument 2 cannot be a parameterized generic", fname)
	}
}

func genericAliasReduce(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__reduce__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	a := (*GenericAlias)(args[0].p)
	return NewTuple(args[0].Type().AsValue(), NewTuple(a.origin, a.args.AsValue()).AsValue()).AsValue(), nil
}

// genericAliasDir is dir(alias): the origin's names and the alias's own.
func genericAliasDir(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__dir__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	origin := (*GenericAlias)(args[0].p).origin
	dir := origin.Type().Lookup(Intern("__dir__"))
	if dir.IsNull() {
		return Null, NewError(TypeError, "object does not provide __dir__")
	}
	names, err := Call(t, dir, []Value{origin}, nil)
	if err != nil {
		return Null, err
	}
	l, err := Call(t, ListType.AsValue(), []Value{names}, nil)
	if err != nil {
		return Null, err
	}
	list := (*List)(l.p)
	for name := range genericAliasOwnAttrs() {
		found := false
		for _, x := range list.Items {
			if s, ok := x.AsStr(); ok && s.s == name.s {
				found = true
				break
			}
		}
		if !found {
			list.Items = append(list.Items, name.AsValue())
		}
	}
	return l, nil
}

// typeParameters returns the type variables among args (CPython's
// _Py_make_parameters): each argument that is not a class and has
// __typing_subst__, and the __parameters__ of the others, without
// repeats. The result is cached in *cache.
func typeParameters(t *Thread, args *Tuple, cache **Tuple) (Value, error) {
	if *cache != nil {
		return (*cache).AsValue(), nil
	}
	var params []Value
	add := func(p Value) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args.Items {
		if _, ok := a.AsType(); ok {
			continue
		}
		subst, err := optionalAttr(t, a, Intern("__typing_subst__"))
		if err != nil {
			return Null, err
		}
		if !subst.IsNull() {
			add(a)
			continue
		}
		sub, err := optionalAttr(t, a, Intern("__parameters__"))
		if err != nil {
			return Null, err
		}
		if tu, ok := sub.AsTuple(); ok && !sub.IsNull() {
			for _, p := range tu.Items {
				add(p)
			}
		}
	}
	*cache = NewTuple(params...)
	return (*cache).AsValue(), nil
}

// substituteParameters returns args with each type variable of params
// replaced by the matching item of key (CPython's _Py_subs_parameters for
// plain type variables); self names the alias in errors.
func substituteParameters(t *Thread, self Value, args, params *Tuple, key Value) (*Tuple, error) {
	if len(params.Items) == 0 {
		r, err := Repr(t, self)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeError, "%s is not a generic class", r.s)
	}
	items := []Value{key}
	if tu, ok := key.AsTuple(); ok {
		items = tu.Items
	}
	if len(items) != len(params.Items) {
		r, err := Repr(t, self)
		if err != nil {
			return nil, err
		}
		many := "many"
		if len(items) < len(params.Items) {
			many = "few"
		}
		return nil, Errorf(TypeError, "Too %s arguments for %s; actual %d, expected %d", many, r.s, len(items), len(params.Items))
	}
	itemFor := func(p Value) Value {
		for i, q := range params.Items {
			if q == p {
				return items[i]
			}
		}
		return Null
	}
	out := make([]Value, len(args.Items))
	for i, a := range args.Items {
		if x := itemFor(a); !x.IsNull() {
			subst, err := GetAttr(t, a, Intern("__typing_subst__"))
			if err != nil {
				return nil, err
			}
			if out[i], err = Call(t, subst, []Value{x}, nil); err != nil {
				return nil, err
			}
			continue
		}
		out[i] = a
		if _, ok := a.AsType(); ok {
			continue
		}
		sub, err := optionalAttr(t, a, Intern("__parameters__"))
		if err != nil {
			return nil, err
		}
		if tu, ok := sub.AsTuple(); ok && !sub.IsNull() && len(tu.Items) > 0 {
			subItems := make([]Value, len(tu.Items))
			for j, p := range tu.Items {
				subItems[j] = itemFor(p)
			}
			if out[i], err = GetItem(t, a, NewTuple(subItems...).AsValue()); err != nil {
				return nil, err
			}
		}
	}
	return NewTuple(out...), nil
}

func genericAliasGetItem(t *Thread, obj, key Value) (Value, error) {
	a := (*GenericAlias)(obj.p)
	params, err := typeParameters(t, a.args, &a.params)
	if err != nil {
		return Null, err
	}
	p, _ := params.AsTuple()
	args, err := substituteParameters(t, obj, a.args, p, key)
	if err != nil {
		return Null, err
	}
	return newGenericAlias(obj.Type(), a.origin, args.AsValue()), nil
}

// ---- unions ----

// isUnionable reports whether v may be a member of a union.
func isUnionable(v Value) bool {
	if v == None {
		return true
	}
	if _, ok := v.AsType(); ok {
		return true
	}
	typ := v.Type()
	return typ.IsSubtype(GenericAliasType) || typ == UnionType
}

// unionOr is the | operator of classes, aliases and unions.
func unionOr(t *Thread, a, b Value) (Value, error) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var members []Value
	addAll := func(v Value) error {
		if v.Type() == UnionType {
			for _, x := range (*Union)(v.p).args.Items {
				if err := addMember(t, &members, x); err != nil {
					return err
				}
			}
			return nil
		}
		if v == None {
			v = NoneType.AsValue()
		}
		return addMember(t, &members, v)
	}
	if err := addAll(a); err != nil {
		return Null, err
	}
	if err := addAll(b); err != nil {
		return Null, err
	}
	if len(members) == 1 {
		return members[0], nil
	}
	u := &Union{Header: Header{UnionType}, args: NewTuple(members...)}
	return FromPointer(unsafe.Pointer(u)), nil
}

// addMember appends v to members unless it is there already: the same
// object, or an equal alias.
func addMember(t *Thread, members *[]Value, v Value) error {
	isAlias := v.Type().IsSubtype(GenericAliasType)
	for _, m := range *members {
		if m == v {
			return nil
		}
		if isAlias && m.Type().IsSubtype(GenericAliasType) {
			eq, err := Equal(t, m, v)
			if err != nil || eq {
				return err
			}
		}
	}
	*members = append(*members, v)
	return nil
}

func unionRepr(t *Thread, v Value) (Value, error) {
	var b strings.Builder
	for i, x := range (*Union)(v.p).args.Items {
		if i > 0 {
			b.WriteString(" | ")
		}
		if x == NoneType.AsValue() {
			b.WriteString("None")
			continue
		}
		s, err := typeHintRepr(t, x)
		if err != nil {
			return Null, err
		}
		b.WriteString(s)
	}
	return StrValue(b.String()), nil
}

// unionMembers returns the members of u as a frozenset.
func unionMembers(t *Thread, u *Union) (*Set, error) {
	return NewFrozenSet(t, u.args.AsValue())
}

func unionCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if (op != CmpEQ && op != CmpNE) || b.Type() != UnionType {
		return NotImplemented, nil
	}
	x, err := unionMembers(t, (*Union)(a.p))
	if err != nil {
		return Null, err
	}
	y, err := unionMembers(t, (*Union)(b.p))
	if err != nil {
		return Null, err
	}
	return RichCompare(t, x.AsValue(), y.AsValue(), op)
}

func unionHash(t *Thread, v Value) (int64, error) {
	s, err := unionMembers(t, (*Union)(v.p))
	if err != nil {
		return 0, err
	}
	return Hash(t, s.AsValue())
}

func unionGetItem(t *Thread, obj, key Value) (Value, error) {
	u := (*Union)(obj.p)
	params, err := typeParameters(t, u.args, &u.params)
	if err != nil {
		return Null, err
	}
	p, _ := params.AsTuple()
	args, err := substituteParameters(t, obj, u.args, p, key)
	if err != nil {
		return Null, err
	}
	r := args.Items[0]
	for _, x := range args.Items[1:] {
		if r, err = BinaryOp(t, r, x, OpOr); err != nil {
			return Null, err
		}
	}
	return r, nil
}

// unionArgs returns the members of v when v is a union.
func unionArgs(v Value) (*Tuple, bool) {
	if v.p == nil || v.IsImmediate() || v.Type() != UnionType {
		return nil, false
	}
	return (*Union)(v.p).args, true
}

// operator.go: the operator module: Python's operators as functions
// (add, lt, getitem, iadd, ...) with their __dunder__ aliases, and the
// itemgetter, attrgetter and methodcaller callables, with CPython 3.11's
// reprs and messages.

package stdlib

import (
	"strings"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// binaryOperators maps the operator functions to the operators they apply.
var binaryOperators = []struct {
	name string
	op   object.Operator
}{
	{"add", object.OpAdd}, {"sub", object.OpSub}, {"mul", object.OpMul}, {"matmul", object.OpMatMul},
	{"truediv", object.OpTrueDiv}, {"floordiv", object.OpFloorDiv}, {"mod", object.OpMod},
	{"pow", object.OpPow}, {"lshift", object.OpLShift}, {"rshift", object.OpRShift},
	{"and_", object.OpAnd}, {"or_", object.OpOr}, {"xor", object.OpXor},
}

var compareOperators = []struct {
	name string
	op   object.CompareOp
}{
	{"lt", object.CmpLT}, {"le", object.CmpLE}, {"eq", object.CmpEQ},
	{"ne", object.CmpNE}, {"gt", object.CmpGT}, {"ge", object.CmpGE},
}

// unaryOperators maps the unary operator functions to their type slot and
// the operator symbol of their error message.
var unaryOperators = []struct {
	name, symbol string
	slot         func(*object.Type) object.UnaryFunc
}{
	{"neg", "unary -", func(t *object.Type) object.UnaryFunc { return t.Neg }},
	{"pos", "unary +", func(t *object.Type) object.UnaryFunc { return t.Pos }},
	{"abs", "abs()", func(t *object.Type) object.UnaryFunc { return t.Abs }},
	{"inv", "unary ~", func(t *object.Type) object.UnaryFunc { return t.Invert }},
	{"invert", "unary ~", func(t *object.Type) object.UnaryFunc { return t.Invert }},
}

// operatorFunctions builds the module's functions from the tables above
// and the rest below; every name without a trailing underscore also gets
// a __name__ alias, as in CPython.
func operatorFunctions() []object.MethodDef {
	var defs []object.MethodDef
	for _, b := range binaryOperators {
		op := b.op
		name := b.name
		defs = append(defs, object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if len(args) != 2 || kw != nil {
				if err := object.CheckMethodArity("_operator."+name, args, kw, 2, 2); err != nil {
					return object.Null, err
				}
			}
			return object.BinaryOp(t, args[0], args[1], op)
		}, Doc: "Same as a " + symbolOf(op) + " b."})
		iname := "i" + strings.TrimSuffix(name, "_")
		defs = append(defs, object.MethodDef{Name: iname, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if len(args) != 2 || kw != nil {
				if err := object.CheckMethodArity("_operator."+iname, args, kw, 2, 2); err != nil {
					return object.Null, err
				}
			}
			return object.InPlaceOp(t, args[0], args[1], op)
		}, Doc: "Same as a " + symbolOf(op) + "= b."})
	}
	for _, c := range compareOperators {
		op, name := c.op, c.name
		defs = append(defs, object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if len(args) != 2 || kw != nil {
				if err := object.CheckMethodArity("_operator."+name, args, kw, 2, 2); err != nil {
					return object.Null, err
				}
			}
			return object.RichCompare(t, args[0], args[1], op)
		}, Doc: "Same as a " + op.Symbol() + " b."})
	}
	for _, u := range unaryOperators {
		u := u
		defs = append(defs, object.MethodDef{Name: u.name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if len(args) != 1 || kw != nil {
				if err := object.CheckMethodArity("_operator."+u.name, args, kw, 1, 1); err != nil {
					return object.Null, err
				}
			}
			f := u.slot(args[0].Type())
			if f == nil {
				return object.Null, object.Errorf(object.TypeError, "bad operand type for %s: '%s'", u.symbol, args[0].Type().TpName())
			}
			return f(t, args[0])
		}})
	}
	defs = append(defs, operatorMisc...)
	n := len(defs)
	for _, d := range defs[:n] {
		if !noDunderAlias[d.Name] {
			alias := d
			alias.Name = "__" + strings.TrimSuffix(d.Name, "_") + "__"
			defs = append(defs, alias)
		}
	}
	return defs
}

// noDunderAlias lists the functions that have no __name__ alias.
var noDunderAlias = map[string]bool{
	"truth": true, "is_": true, "is_not": true, "countOf": true, "indexOf": true, "length_hint": true,
}

func symbolOf(op object.Operator) string {
	if op == object.OpPow {
		return "**"
	}
	return op.Symbol()
}

func two(name string, args []object.Value, kw *object.Tuple) error {
	if len(args) == 2 && kw == nil {
		return nil // the common case, without building the qualified name
	}
	return object.CheckMethodArity("_operator."+name, args, kw, 2, 2)
}

func one(name string, args []object.Value, kw *object.Tuple) error {
	if len(args) == 1 && kw == nil {
		return nil
	}
	return object.CheckMethodArity("_operator."+name, args, kw, 1, 1)
}

var operatorMisc = []object.MethodDef{
	{Name: "not_", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := one("not_", args, kw); err != nil {
			return object.Null, err
		}
		b, err := object.Truth(t, args[0])
		return object.Bool(!b), err
	}, Doc: "Same as not a."},
	{Name: "truth", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := one("truth", args, kw); err != nil {
			return object.Null, err
		}
		b, err := object.Truth(t, args[0])
		return object.Bool(b), err
	}, Doc: "Return True if a is true, False otherwise."},
	{Name: "is_", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("is_", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(args[0].Is(args[1])), nil
	}, Doc: "Same as a is b."},
	{Name: "is_not", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("is_not", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(!args[0].Is(args[1])), nil
	}, Doc: "Same as a is not b."},
	{Name: "index", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := one("index", args, kw); err != nil {
			return object.Null, err
		}
		return object.Index(t, args[0])
	}, Doc: "Same as a.__index__()"},
	{Name: "contains", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("contains", args, kw); err != nil {
			return object.Null, err
		}
		b, err := object.Contains(t, args[0], args[1])
		return object.Bool(b), err
	}, Doc: "Same as b in a (note reversed operands)."},
	{Name: "countOf", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("countOf", args, kw); err != nil {
			return object.Null, err
		}
		if err := iterableArg(args[0]); err != nil {
			return object.Null, err
		}
		n := int64(0)
		err := object.ForEach(t, args[0], func(x object.Value) error {
			eq, err := identicalOrEqual(t, x, args[1])
			if eq {
				n++
			}
			return err
		})
		return object.Int(n), err
	}, Doc: "Return the number of items in a which are, or which equal, b."},
	{Name: "indexOf", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("indexOf", args, kw); err != nil {
			return object.Null, err
		}
		if err := iterableArg(args[0]); err != nil {
			return object.Null, err
		}
		it, err := object.Iter(t, args[0])
		if err != nil {
			return object.Null, err
		}
		for i := int64(0); ; i++ {
			x, err := object.Next(t, it)
			if err != nil {
				return object.Null, err
			}
			if x.IsNull() {
				return object.Null, object.NewError(object.ValueError, "sequence.index(x): x not in sequence")
			}
			if eq, err := identicalOrEqual(t, x, args[1]); err != nil || eq {
				return object.Int(i), err
			}
		}
	}, Doc: "Return the first index of b in a."},
	{Name: "concat", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("concat", args, kw); err != nil {
			return object.Null, err
		}
		if args[0].Type().GetItem == nil {
			return object.Null, object.Errorf(object.TypeError, "'%s' object can't be concatenated", args[0].Type().Name)
		}
		return object.BinaryOp(t, args[0], args[1], object.OpAdd)
	}, Doc: "Same as a + b, for a and b sequences."},
	{Name: "iconcat", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("iconcat", args, kw); err != nil {
			return object.Null, err
		}
		if args[0].Type().GetItem == nil {
			return object.Null, object.Errorf(object.TypeError, "'%s' object can't be concatenated", args[0].Type().Name)
		}
		return object.InPlaceOp(t, args[0], args[1], object.OpAdd)
	}, Doc: "Same as a += b, for a and b sequences."},
	{Name: "getitem", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("getitem", args, kw); err != nil {
			return object.Null, err
		}
		return object.GetItem(t, args[0], args[1])
	}, Doc: "Same as a[b]."},
	{Name: "setitem", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckMethodArity("_operator.setitem", args, kw, 3, 3); err != nil {
			return object.Null, err
		}
		return object.None, object.SetItem(t, args[0], args[1], args[2])
	}, Doc: "Same as a[b] = c."},
	{Name: "delitem", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := two("delitem", args, kw); err != nil {
			return object.Null, err
		}
		return object.None, object.SetItem(t, args[0], args[1], object.Null)
	}, Doc: "Same as del a[b]."},
	{Name: "length_hint", Fn: operatorLengthHint, Doc: "Return an estimate of the number of items in obj."},
	{Name: "call", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if object.Positional(args, kw) == 0 {
			return object.Null, object.Errorf(object.TypeError, "call expected at least 1 argument, got 0")
		}
		return object.Call(t, args[0], args[1:], kw)
	}, Doc: "Same as obj(*args, **kwargs)."},
}

// iterableArg fails as countOf and indexOf do for an object that is not
// iterable.
func iterableArg(v object.Value) error {
	if typ := v.Type(); typ.Iter == nil && typ.GetItem == nil {
		return object.Errorf(object.TypeError, "argument of type '%s' is not iterable", typ.Name)
	}
	return nil
}

func identicalOrEqual(t *object.Thread, a, b object.Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	return object.Equal(t, a, b)
}

var strLengthHint = object.Intern("__length_hint__")

// LengthHint returns operator.length_hint(v, def): len(v), else
// v.__length_hint__(), else def.
func LengthHint(t *object.Thread, v object.Value, def int) (int, error) {
	if l := v.Type().Len; l != nil {
		n, err := l(t, v)
		if err == nil {
			return n, nil
		}
		if e, ok := err.(*object.Exc); !ok || !e.Type().IsSubtype(object.TypeError) {
			return 0, err
		}
	}
	hint := v.Type().Lookup(strLengthHint)
	if hint.IsNull() {
		return def, nil
	}
	r, err := object.Call(t, hint, []object.Value{v}, nil)
	if err != nil {
		if e, ok := err.(*object.Exc); ok && e.Type().IsSubtype(object.TypeError) {
			return def, nil
		}
		return 0, err
	}
	if r == object.NotImplemented {
		return def, nil
	}
	if !r.Type().IsSubtype(object.IntType) {
		return 0, object.Errorf(object.TypeError, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	n, err := object.IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, object.NewError(object.ValueError, "__length_hint__() should return >= 0")
	}
	return n, nil
}

func operatorLengthHint(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckMethodArity("_operator.length_hint", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	def := 0
	if len(args) == 2 {
		if !args[1].Type().IsSubtype(object.IntType) {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", args[1].Type().TpName())
		}
		var err error
		if def, err = object.IndexInt(t, args[1]); err != nil {
			return object.Null, err
		}
	}
	n, err := LengthHint(t, args[0], def)
	return object.Int(int64(n)), err
}

// ---- itemgetter, attrgetter, methodcaller ----

// checkCallArg checks that a call of an itemgetter, attrgetter or
// methodcaller object got its one argument, with CPython's messages.
func checkCallArg(name string, args []object.Value, kw *object.Tuple) error {
	if err := object.NoKeywords(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return object.Errorf(object.TypeError, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

var (
	itemgetterType   = object.NewNativeType("itemgetter", "operator", nil)
	attrgetterType   = object.NewNativeType("attrgetter", "operator", nil)
	methodcallerType = object.NewNativeType("methodcaller", "operator", nil)
)

type itemgetter struct {
	object.Header
	items []object.Value
}

// attrgetter holds, per attribute, its dotted path split at the dots.
type attrgetter struct {
	object.Header
	paths [][]*object.Str
}

type methodcaller struct {
	object.Header
	name    *object.Str
	args    []object.Value // positional then keyword values
	kwnames *object.Tuple
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "operator",
		Doc:         "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.",
		MakeMethods: operatorFunctions,
		Setup:       setupOperatorTypes,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			for _, typ := range []*object.Type{itemgetterType, attrgetterType, methodcallerType} {
				m.Dict().SetStr(object.Intern(typ.Name), typ.AsValue())
			}
			return nil
		},
	})
}

// reprCall formats name(arg, ..., kw=value, ...) for the repr of v, with
// "name(...)" when the repr of v is already in progress. args holds the
// positional values followed by the keyword values named in kwnames.
func reprCall(t *object.Thread, v object.Value, name string, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if !t.ReprEnter(v) {
		return object.StrValue(name + "(...)"), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	npos := object.Positional(args, kwnames)
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		if i >= npos {
			k, _ := kwnames.Items[i-npos].AsStr()
			b.WriteString(k.String())
			b.WriteByte('=')
		}
		r, err := reprOf(t, a)
		if err != nil {
			return object.Null, err
		}
		b.WriteString(r)
	}
	b.WriteByte(')')
	return object.StrValue(b.String()), nil
}

// setupOperatorTypes readies itemgetter, attrgetter and methodcaller.
func setupOperatorTypes() {
	itemgetterType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := checkNoKw("itemgetter", kw); err != nil {
			return object.Null, err
		}
		if len(args) == 0 {
			return object.Null, object.NewError(object.TypeError, "itemgetter expected 1 argument, got 0")
		}
		g := newObj[itemgetter](typ)
		g.items = append([]object.Value(nil), args...)
		return asValue(g), nil
	}
	itemgetterType.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := checkCallArg("itemgetter", args, kw); err != nil {
			return object.Null, err
		}
		g := self[itemgetter](v)
		if len(g.items) == 1 {
			return object.GetItem(t, args[0], g.items[0])
		}
		out := make([]object.Value, len(g.items))
		for i, k := range g.items {
			x, err := object.GetItem(t, args[0], k)
			if err != nil {
				return object.Null, err
			}
			out[i] = x
		}
		return object.NewTuple(out...).AsValue(), nil
	}
	itemgetterType.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		return reprCall(t, v, "operator.itemgetter", self[itemgetter](v).items, nil)
	}

	attrgetterType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := checkNoKw("attrgetter", kw); err != nil {
			return object.Null, err
		}
		if len(args) == 0 {
			return object.Null, object.NewError(object.TypeError, "attrgetter expected 1 argument, got 0")
		}
		g := newObj[attrgetter](typ)
		for _, a := range args {
			s, ok := a.AsStr()
			if !ok {
				return object.Null, object.NewError(object.TypeError, "attribute name must be a string")
			}
			var path []*object.Str
			for _, part := range strings.Split(s.String(), ".") {
				path = append(path, object.Intern(part))
			}
			g.paths = append(g.paths, path)
		}
		return asValue(g), nil
	}
	attrgetterType.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := checkCallArg("attrgetter", args, kw); err != nil {
			return object.Null, err
		}
		g := self[attrgetter](v)
		get := func(path []*object.Str) (object.Value, error) {
			x := args[0]
			for _, name := range path {
				var err error
				if x, err = object.GetAttr(t, x, name); err != nil {
					return object.Null, err
				}
			}
			return x, nil
		}
		if len(g.paths) == 1 {
			return get(g.paths[0])
		}
		out := make([]object.Value, len(g.paths))
		for i, p := range g.paths {
			x, err := get(p)
			if err != nil {
				return object.Null, err
			}
			out[i] = x
		}
		return object.NewTuple(out...).AsValue(), nil
	}
	attrgetterType.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		g := self[attrgetter](v)
		names := make([]object.Value, len(g.paths))
		for i, p := range g.paths {
			parts := make([]string, len(p))
			for j, s := range p {
				parts[j] = s.String()
			}
			names[i] = object.StrValue(strings.Join(parts, "."))
		}
		return reprCall(t, v, "operator.attrgetter", names, nil)
	}

	methodcallerType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if object.Positional(args, kw) == 0 {
			return object.Null, object.NewError(object.TypeError, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[0].AsStr()
		if !ok {
			return object.Null, object.NewError(object.TypeError, "method name must be a string")
		}
		m := newObj[methodcaller](typ)
		m.name, m.args, m.kwnames = object.InternStr(name), append([]object.Value(nil), args[1:]...), kw
		return asValue(m), nil
	}
	methodcallerType.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := checkCallArg("methodcaller", args, kw); err != nil {
			return object.Null, err
		}
		m := self[methodcaller](v)
		f, err := object.GetAttr(t, args[0], m.name)
		if err != nil {
			return object.Null, err
		}
		return object.Call(t, f, m.args, m.kwnames)
	}
	methodcallerType.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		m := self[methodcaller](v)
		return reprCall(t, v, "operator.methodcaller", append([]object.Value{m.name.AsValue()}, m.args...), m.kwnames)
	}
	for _, typ := range []*object.Type{itemgetterType, attrgetterType, methodcallerType} {
		typ.Ready()
	}
}

// code_attrs.go gives code objects their Python attributes (co_name,
// co_varnames, co_positions(), replace(), ...).
//
// Offsets in co_lines() count two per instruction, the unit of f_lasti and
// tb_lasti; an instruction is one 32-bit word (compile.Instr).

package interp

import (
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

func init() {
	CodeType.AddGetSets(codeGetSets)
	CodeType.AddMethods(codeMethods)
	CodeType.Modified() // code.go's init made the type ready

}

func codeOf(v object.Value) *Code { return (*Code)(v.Pointer()) }

func strTuple(names []*object.Str) object.Value {
	items := make([]object.Value, len(names))
	for i, n := range names {
		items[i] = n.AsValue()
	}
	return object.NewTuple(items...).AsValue()
}

func intGetSet(name string, get func(c *Code) int) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64(get(codeOf(v)))), nil
	}}
}

func valueGetSet(name string, get func(c *Code) object.Value) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return get(codeOf(v)), nil
	}}
}

var codeGetSets = []object.GetSetDef{
	valueGetSet("co_name", func(c *Code) object.Value { return c.name.AsValue() }),
	valueGetSet("co_qualname", func(c *Code) object.Value { return c.qualName.AsValue() }),
	valueGetSet("co_filename", func(c *Code) object.Value { return object.StrValue(c.Filename) }),
	intGetSet("co_firstlineno", func(c *Code) int { return c.FirstLineno }),
	intGetSet("co_argcount", func(c *Code) int { return c.ArgCount }),
	intGetSet("co_posonlyargcount", func(c *Code) int { return c.PosOnlyArgCount }),
	intGetSet("co_kwonlyargcount", func(c *Code) int { return c.KwOnlyArgCount }),
	intGetSet("co_nlocals", func(c *Code) int { return len(c.VarNames) }),
	intGetSet("co_flags", func(c *Code) int { return int(c.Flags) }),
	intGetSet("co_stacksize", func(c *Code) int { return c.StackSize }),
	valueGetSet("co_varnames", func(c *Code) object.Value { return strTuple(c.varNames) }),
	valueGetSet("co_cellvars", func(c *Code) object.Value { return strTuple(c.cellNames[:len(c.CellVars)]) }),
	valueGetSet("co_freevars", func(c *Code) object.Value { return strTuple(c.cellNames[len(c.CellVars):]) }),
	valueGetSet("co_names", func(c *Code) object.Value { return strTuple(c.names) }),
	valueGetSet("co_consts", func(c *Code) object.Value {
		return object.NewTuple(append([]object.Value(nil), c.consts...)...).AsValue()
	}),
}

// optInt is an int, or None for 0 (a position CPython reports as None).
func optInt(n int32) object.Value {
	if n == 0 {
		return object.None
	}
	return object.Int(int64(n))
}

var codeMethods = []object.MethodDef{
	{Name: "co_positions", Doc: "Return an iterator of (line, end_line, col, end_col) for each instruction.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("co_positions", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			c := codeOf(args[0])
			items := make([]object.Value, len(c.Code.Code))
			for i := range items {
				var p compile.Position
				if i < len(c.Positions) {
					p = c.Positions[i]
				}
				col, endCol := object.None, object.None
				if p.Line != 0 {
					col, endCol = object.Int(int64(p.Col)), object.Int(int64(p.EndCol))
				}
				items[i] = object.NewTuple(optInt(p.Line), optInt(p.EndLine), col, endCol).AsValue()
			}
			return object.Iter(t, object.NewList(items).AsValue())
		}},
	{Name: "co_lines", Doc: "Return an iterator of (start, end, line) offset ranges with their line.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("co_lines", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.Iter(t, object.NewList(codeLines(codeOf(args[0]))).AsValue())
		}},
	{Name: "replace", Doc: "Return a copy of the code object with new values for the given fields.",
		Fn: codeReplace},
}

// codeLines returns co_lines(): maximal runs of instructions with the same
// line, as (start, end, line) tuples.
func codeLines(c *Code) []object.Value {
	var out []object.Value
	start := 0
	lineAt := func(i int) int32 {
		if i < len(c.Positions) {
			return c.Positions[i].Line
		}
		return 0
	}
	for i := 1; i <= len(c.Code.Code); i++ {
		if i == len(c.Code.Code) || lineAt(i) != lineAt(start) {
			out = append(out, object.NewTuple(object.Int(int64(2*start)), object.Int(int64(2*i)), optInt(lineAt(start))).AsValue())
			start = i
		}
	}
	return out
}

// codeReplace is code.replace(**changes): the fields that do not change the
// shape of the code (names and positions) can be replaced.
func codeReplace(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if object.Positional(args, kwnames) != 1 {
		return object.Null, object.NewError(object.TypeError, "replace() takes no positional arguments")
	}
	c := codeOf(args[0])
	cc := *c.Code
	for i, k := range kwnames.Items {
		name, _ := k.AsStr()
		v := args[1+i]
		var err error
		switch name.String() {
		case "co_name":
			cc.Name, err = strArg(name.String(), v)
		case "co_qualname":
			cc.QualName, err = strArg(name.String(), v)
		case "co_filename":
			cc.Filename, err = strArg(name.String(), v)
		case "co_firstlineno":
			if !v.IsInt() {
				return object.Null, object.Errorf(object.TypeError, "replace() argument 'co_firstlineno' must be int, not %s", v.Type().Name)
			}
			cc.FirstLineno = int(v.AsInt())
		case "co_names":
			cc.Names, err = strTupleArg(name.String(), v, len(cc.Names))
		case "co_varnames":
			cc.VarNames, err = strTupleArg(name.String(), v, len(cc.VarNames))
		default:
			return object.Null, object.Errorf(object.NotImplementedError, "replace(): changing %s is not supported by Adder", name)
		}
		if err != nil {
			return object.Null, err
		}
	}
	nc, err := Link(&cc)
	if err != nil {
		return object.Null, err
	}
	return nc.AsValue(), nil
}

func strArg(name string, v object.Value) (string, error) {
	s, ok := v.AsStr()
	if !ok {
		return "", object.Errorf(object.TypeError, "replace() argument '%s' must be str, not %s", name, v.Type().Name)
	}
	return s.String(), nil
}

// strTupleArg converts a tuple of n str (names may be renamed, not added
// or removed: instructions index them).
func strTupleArg(name string, v object.Value, n int) ([]string, error) {
	tup, ok := v.AsTuple()
	if !ok {
		return nil, object.Errorf(object.TypeError, "replace() argument '%s' must be tuple, not %s", name, v.Type().Name)
	}
	if len(tup.Items) != n {
		return nil, object.Errorf(object.ValueError, "replace(): %s must keep its length %d", name, n)
	}
	out := make([]string, n)
	for i, x := range tup.Items {
		s, ok := x.AsStr()
		if !ok {
			return nil, object.Errorf(object.TypeError, "replace(): %s must contain only str", name)
		}
		out[i] = s.String()
	}
	return out, nil
}

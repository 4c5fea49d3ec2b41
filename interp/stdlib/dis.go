// dis.go is the _dis module: what the dis module (lib/dis.py) needs from
// the compiler: the opcode table, listings of code objects and their
// instructions. Offsets are instruction indices, as compile.Disassemble
// prints them and jump arguments count them.

package stdlib

import (
	"strings"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "_dis",
		Doc:     "Opcode table and code listings for the dis module.",
		Methods: disMethods,
		Init:    initDis,
	})
}

func initDis(th *interp.Thread, m *interp.Module) error {
	names := make([]object.Value, compile.NumOpcodes)
	kinds := map[compile.ArgKind][]object.Value{}
	var jumps []object.Value
	for op := range compile.NumOpcodes {
		o := compile.Opcode(op)
		names[op] = object.StrValue(o.String())
		kinds[o.ArgKind()] = append(kinds[o.ArgKind()], object.Int(int64(op)))
		if o.IsJump() {
			jumps = append(jumps, object.Int(int64(op)))
		}
	}
	d := m.Dict()
	d.SetStr(object.Intern("opname"), object.NewList(names).AsValue())
	list := func(items []object.Value) object.Value {
		return object.NewList(append([]object.Value{}, items...)).AsValue()
	}
	d.SetStr(object.Intern("hasconst"), list(kinds[compile.ArgConst]))
	d.SetStr(object.Intern("hasname"), list(kinds[compile.ArgName]))
	d.SetStr(object.Intern("haslocal"), list(kinds[compile.ArgLocal]))
	d.SetStr(object.Intern("hasfree"), list(kinds[compile.ArgCell]))
	d.SetStr(object.Intern("hascompare"), list(kinds[compile.ArgCmpOp]))
	d.SetStr(object.Intern("hasjump"), list(jumps))
	return nil
}

// disCode returns the code object argument of a _dis function.
func disCode(fname string, args []object.Value, kwnames *object.Tuple) (*interp.Code, error) {
	if err := object.CheckArity(fname, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if args[0].Type() != interp.CodeType {
		return nil, object.Errorf(object.TypeError, "%s() argument must be a code object, not %s", fname, object.ArgTypeName(args[0]))
	}
	return (*interp.Code)(args[0].Pointer()), nil
}

var disMethods = []object.MethodDef{
	{Name: "disassemble", Doc: "disassemble(code) -> str: the listing of code and its nested code objects.",
		Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			c, err := disCode("disassemble", args, kwnames)
			if err != nil {
				return object.Null, err
			}
			var b strings.Builder
			compile.Disassemble(&b, c.Code)
			return object.StrValue(b.String()), nil
		}},
	{Name: "instructions", Doc: "instructions(code) -> list of (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target).",
		Fn: disInstructions},
}

func disInstructions(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c, err := disCode("instructions", args, kwnames)
	if err != nil {
		return object.Null, err
	}
	consts, err := object.GetAttr(t, args[0], object.Intern("co_consts"))
	if err != nil {
		return object.Null, err
	}
	constItems, _ := consts.AsTuple()
	cc := c.Code
	targets := map[int]bool{}
	for _, in := range cc.Code {
		if in.Op().IsJump() {
			targets[in.Arg()] = true
		}
	}
	for _, h := range cc.ExceptionTable {
		targets[h.Target] = true
	}
	cells := append(append([]string(nil), cc.CellVars...), cc.FreeVars...)
	name := func(list []string, i int) object.Value {
		if i < len(list) {
			return object.StrValue(list[i])
		}
		return object.None
	}
	out := make([]object.Value, len(cc.Code))
	lastLine := int32(-1)
	for i, in := range cc.Code {
		op, arg := in.Op(), in.Arg()
		argV, argval := object.None, object.None
		if op.ArgKind() != compile.ArgNone {
			argV = object.Int(int64(arg))
			argval = argV
		}
		switch op.ArgKind() {
		case compile.ArgConst:
			if constItems != nil && arg < len(constItems.Items) {
				argval = constItems.Items[arg]
			}
		case compile.ArgName:
			argval = name(cc.Names, arg)
		case compile.ArgLocal:
			argval = name(cc.VarNames, arg)
		case compile.ArgCell:
			argval = name(cells, arg)
		case compile.ArgCmpOp:
			argval = object.StrValue(compile.ArgRepr(cc, in))
		}
		startsLine := object.None
		if i < len(cc.Positions) {
			if l := cc.Positions[i].Line; l != 0 && l != lastLine {
				startsLine = object.Int(int64(l))
				lastLine = l
			}
		}
		out[i] = object.NewTuple(object.StrValue(op.String()), object.Int(int64(op)), argV, argval,
			object.StrValue(compile.ArgRepr(cc, in)), object.Int(int64(i)), startsLine, object.Bool(targets[i])).AsValue()
	}
	return object.NewList(out).AsValue(), nil
}

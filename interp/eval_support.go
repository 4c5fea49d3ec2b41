package interp

import (
	"math"
	"math/bits"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// Interned names the interpreter uses.
var (
	strName        = object.Intern("__name__")
	strBuiltins    = object.Intern("__builtins__")
	strAnnotations = object.Intern("__annotations__")
	strEnter       = object.Intern("__enter__")
	strExit        = object.Intern("__exit__")
	strAll         = object.Intern("__all__")
	strDict        = object.Intern("__dict__")
	strQualName    = object.Intern("__qualname__")
	strModule      = object.Intern("__module__")
	strDoc         = object.Intern("__doc__")
	strFile        = object.Intern("__file__")
	strPath        = object.Intern("__path__")
	strPackage     = object.Intern("__package__")
	strSpec        = object.Intern("__spec__")
	strLoader      = object.Intern("__loader__")
	strGet         = object.Intern("get")
	strSend        = object.Intern("send")
	strThrow       = object.Intern("throw")
	strClose       = object.Intern("close")
	strAwait       = object.Intern("__await__")
	strAiter       = object.Intern("__aiter__")
	strAnext       = object.Intern("__anext__")
	strAenter      = object.Intern("__aenter__")
	strAexit       = object.Intern("__aexit__")
	strMatchArgs   = object.Intern("__match_args__")
	strBuildClass  = object.Intern("__build_class__")
	strImport      = object.Intern("__import__")
	strDisplayhook = object.Intern("displayhook")
)

// The built-in functions that CALL runs directly, without the function
// object's generic call and argument checks: found by their definitions,
// so that a rebound or shadowed name takes the generic path.
var builtinLenDef, builtinIsInstanceDef *object.MethodDef

func init() {
	builtinLenDef, builtinIsInstanceDef = builtinDef("len"), builtinDef("isinstance")
}

func builtinDef(name string) *object.MethodDef {
	for i := range builtinFunctions {
		if builtinFunctions[i].Name == name {
			return &builtinFunctions[i]
		}
	}
	panic("BUG: no built-in function " + name)
}

// callBuiltin calls the built-in function fn with the operands of CALL:
// stack[0] is the self slot (Null, or the self of LOAD_METHOD) and the
// arguments follow it. The call of a bound built-in method puts its self
// in the empty self slot and passes the stack itself (as CPython's
// PY_VECTORCALL_ARGUMENTS_OFFSET allows), so it copies nothing; len and
// isinstance run directly.
func callBuiltin(t *object.Thread, fn *object.BuiltinFunction, stack []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if !fn.Self.IsNull() {
		if stack[0].IsNull() {
			stack[0] = fn.Self
			r, err := fn.Def.Fn(t, stack, kwnames)
			if err != nil {
				err = fn.BoundCallError(err)
			}
			return r, err
		}
		return object.Call(t, fn.AsValue(), stack, kwnames)
	}
	args := stack
	if stack[0].IsNull() {
		args = stack[1:]
	}
	if kwnames == nil {
		switch {
		case fn.Def == builtinLenDef && len(args) == 1:
			n, err := object.Len(t, args[0])
			return object.Int(int64(n)), err
		case fn.Def == builtinIsInstanceDef && len(args) == 2:
			r, err := object.IsInstance(t, args[0], args[1])
			return object.Bool(r), err
		}
	}
	return fn.Def.Fn(t, args, kwnames)
}

// CallWithFront calls callable with the arguments front followed by args
// (functools.partial's stored arguments, then the call's). A Python
// function whose parameters take exactly that many positional arguments
// gets them copied straight into its frame, as CALL passes them; other
// callables get them joined in the thread's scratch space.
func CallWithFront(t *object.Thread, callable object.Value, front, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if kwnames == nil && callable.Type() == FunctionType {
		if fn := (*Function)(callable.Pointer()); len(front)+len(args) == fn.code.callArgs {
			return t.State.(*Thread).runPlain(fn, front, args)
		}
	}
	full, mark := t.JoinArgs(front, args)
	v, err := object.Call(t, callable, full, kwnames)
	t.ReleaseArgs(full, mark)
	return v, err
}

// callMethodDescriptor calls the method descriptor m of a built-in type
// with args (self first), directly when self's type is m's own (as after
// LOAD_METHOD on an instance of a built-in type); other calls take the
// descriptor's checks.
func callMethodDescriptor(t *object.Thread, m *object.MethodDescriptor, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if object.Positional(args, kwnames) > 0 && args[0].Type() == m.Owner {
		return m.Def.Fn(t, args, kwnames)
	}
	return object.Call(t, m.AsValue(), args, kwnames)
}

// subscrFast returns container[key] for a list or tuple and an int index
// in range, with ok false for everything else (which goes through the
// type's slot).
func subscrFast(container, key object.Value) (object.Value, bool) {
	if !key.IsInt() {
		return object.Null, false
	}
	var items []object.Value
	switch container.Type() {
	case object.ListType:
		items = (*object.List)(container.Pointer()).Items
	case object.TupleType:
		items = (*object.Tuple)(container.Pointer()).Items
	default:
		return object.Null, false
	}
	i := key.AsInt()
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return object.Null, false
	}
	return items[i], true
}

// storeSubscrFast performs container[key] = v for a list and an int index
// in range, reporting false for everything else.
func storeSubscrFast(container, key, v object.Value) bool {
	if !key.IsInt() || container.Type() != object.ListType {
		return false
	}
	items := (*object.List)(container.Pointer()).Items
	i := key.AsInt()
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return false
	}
	items[i] = v
	return true
}

// clearValues sets the values of s to Null. For the few slots an
// instruction pops, clear's call to memclrHasPointers costs several times
// the stores: up to four slots are cleared as one array (one write barrier
// check and a vector store per slot), more by a loop of stores.
func clearValues(s []object.Value) {
	switch len(s) {
	case 0:
	case 1:
		s[0] = object.Value{}
	case 2:
		*(*[2]object.Value)(s) = [2]object.Value{}
	case 3:
		*(*[3]object.Value)(s) = [3]object.Value{}
	case 4:
		*(*[4]object.Value)(s) = [4]object.Value{}
	default:
		for i := len(s) - 1; i >= 0; i-- {
			s[i] = object.Value{}
		}
	}
}

// copyValues copies src to the start of dst (a loop, for the same reason
// as clearValues). Two values are stored as one array, with one write
// barrier check, and one value alone, a call's most common counts; a
// switch over more sizes would keep copyValues from being inlined, which
// costs more than it saves.
func copyValues(dst, src []object.Value) {
	if len(src) == 2 {
		*(*[2]object.Value)(dst) = [2]object.Value{src[0], src[1]}
		return
	}
	if len(src) == 1 {
		dst[0] = src[0]
		return
	}
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] = v
	}
}

// mappingGet looks name up in a locals mapping: a dict directly, any other
// mapping through __getitem__ (a KeyError means absent).
func mappingGet(t *object.Thread, mapping object.Value, name *object.Str) (object.Value, bool, error) {
	if mapping.IsNull() {
		return object.Null, false, nil
	}
	if d, ok := mapping.AsDict(); ok && mapping.Type() == object.DictType {
		v, found := d.GetStr(name)
		return v, found, nil
	}
	v, err := object.GetItem(t, mapping, name.AsValue())
	if err != nil {
		if isInstance(err, object.KeyError) {
			return object.Null, false, nil
		}
		return object.Null, false, err
	}
	return v, true, nil
}

// mappingSet stores into a locals mapping.
func mappingSet(t *object.Thread, mapping object.Value, name *object.Str, v object.Value) error {
	if d, ok := mapping.AsDict(); ok && mapping.Type() == object.DictType {
		d.SetStr(name, v)
		return nil
	}
	return object.SetItem(t, mapping, name.AsValue(), v)
}

// isInstance reports whether err is a Python exception of class typ (or a
// subclass).
func isInstance(err error, typ *object.Type) bool {
	e, ok := err.(*object.Exc)
	return ok && e.Type().IsSubtype(typ)
}

// isMethodType reports whether class attributes of type typ are methods
// that LOAD_METHOD may call unbound: Python functions and method
// descriptors of built-in types (class and static method descriptors bind
// differently and are left to the generic path by the descriptor kind).
func isMethodType(typ *object.Type) bool {
	return typ == FunctionType || typ == object.MethodDescriptorType
}

// SuperArgs implements object.Hooks: the class and first argument of the
// innermost Python frame, for super() without arguments.
func (th *Thread) SuperArgs() (*object.Type, object.Value, error) {
	f := th.frame
	if f == nil || f.fn == nil {
		return nil, object.Null, object.NewError(object.RuntimeError, "super(): no arguments")
	}
	c := f.code
	if c.ArgCount+c.KwOnlyArgCount == 0 && c.Flags&compile.VarArgs == 0 {
		return nil, object.Null, object.NewError(object.RuntimeError, "super(): no arguments")
	}
	self := f.slots[0]
	for i := range c.CellVars {
		if c.Cell2Arg != nil && c.Cell2Arg[i] == 0 {
			self = f.cell(i).Value // the first argument lives in a cell
		}
	}
	if self.IsNull() {
		return nil, object.Null, object.NewError(object.RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range c.cellNames {
		if name.String() != "__class__" {
			continue
		}
		v := f.cell(i).Value
		if v.IsNull() {
			return nil, object.Null, object.NewError(object.RuntimeError, "super(): empty __class__ cell")
		}
		typ, ok := v.AsType()
		if !ok {
			return nil, object.Null, object.Errorf(object.RuntimeError, "super(): __class__ is not a type (%s)", v.Type().Name)
		}
		return typ, self, nil
	}
	return nil, object.Null, object.NewError(object.RuntimeError, "super(): __class__ cell not found")
}

// SetClassCell implements object.Hooks: it stores class into a
// __classcell__ cell.
func (th *Thread) SetClassCell(cell, class object.Value) bool {
	if cell.Type() != CellType {
		return false
	}
	(*Cell)(cell.Pointer()).Value = class
	return true
}

// Import implements object.Hooks.
func (th *Thread) Import(name string) (object.Value, error) { return th.importModule(name) }

// unpackItems stores items into dst (of the same length) last first, as
// UNPACK_SEQUENCE leaves them on the stack. Two items, the common count
// (a, b = pair), are one array store with one write barrier check.
func unpackItems(dst, items []object.Value) {
	if len(items) == 2 {
		*(*[2]object.Value)(dst) = [2]object.Value{items[1], items[0]}
		return
	}
	for i, v := range items {
		dst[len(dst)-1-i] = v
	}
}

// exactSequenceItems returns the items of an exact tuple or list.
func exactSequenceItems(v object.Value) ([]object.Value, bool) {
	switch v.Type() {
	case object.TupleType:
		return (*object.Tuple)(v.Pointer()).Items, true
	case object.ListType:
		return (*object.List)(v.Pointer()).Items, true
	}
	return nil, false
}

// intFastPath computes x op y for small ints without allocating when the
// result is an int that fits (op is a BINARY_OP argument).
func intFastPath(op int, x, y int64) (object.Value, bool) {
	if op >= compile.InplaceOp {
		op -= compile.InplaceOp
	}
	switch object.Operator(op) {
	case object.OpAdd:
		return addInts(x, y)
	case object.OpSub:
		return subInts(x, y)
	case object.OpMul:
		hi, lo := bits.Mul64(uint64(absInt(x)), uint64(absInt(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return object.Int(r), true
		}
	case object.OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return object.Int(q), true
		}
	case object.OpMod:
		if y != 0 && y != -1 {
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return object.Int(m), true
		}
	case object.OpAnd:
		return object.Int(x & y), true
	case object.OpOr:
		return object.Int(x | y), true
	case object.OpXor:
		return object.Int(x ^ y), true
	}
	return object.Null, false
}

// addInts returns x + y when it fits in an immediate int.
func addInts(x, y int64) (object.Value, bool) {
	r := x + y
	return object.Int(r), (r > x) == (y > 0)
}

// subInts returns x - y when it fits in an immediate int.
func subInts(x, y int64) (object.Value, bool) {
	r := x - y
	return object.Int(r), (r < x) == (y > 0)
}

// binaryOp applies BINARY_OP's operator op (with InplaceOp added for the
// augmented form) through the type slots.
func binaryOp(t *object.Thread, op int, x, y object.Value) (object.Value, error) {
	if op >= compile.InplaceOp {
		return object.InPlaceOp(t, x, y, object.Operator(op-compile.InplaceOp))
	}
	return object.BinaryOp(t, x, y, object.Operator(op))
}

// floatFastPath computes x op y for floats when it is one IEEE operation
// that cannot raise (op is a BINARY_OP argument).
func floatFastPath(op int, x, y float64) (object.Value, bool) {
	if op >= compile.InplaceOp {
		op -= compile.InplaceOp
	}
	switch object.Operator(op) {
	case object.OpAdd:
		return object.Float(x + y), true
	case object.OpSub:
		return object.Float(x - y), true
	case object.OpMul:
		return object.Float(x * y), true
	case object.OpTrueDiv:
		if y != 0 {
			return object.Float(x / y), true
		}
	}
	return object.Null, false
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// unaryOp applies -x, +x or ~x.
func unaryOp(t *object.Thread, op compile.Opcode, x object.Value) (object.Value, error) {
	typ := x.Type()
	var f object.UnaryFunc
	var sym string
	switch op {
	case compile.UNARY_NEGATIVE:
		if x.IsInt() && x.AsInt() != math.MinInt64 {
			return object.Int(-x.AsInt()), nil
		}
		f, sym = typ.Neg, "unary -"
	case compile.UNARY_POSITIVE:
		f, sym = typ.Pos, "unary +"
	default:
		if x.IsInt() {
			return object.Int(^x.AsInt()), nil
		}
		f, sym = typ.Invert, "unary ~"
	}
	if f == nil {
		return object.Null, object.Errorf(object.TypeError, "bad operand type for %s: '%s'", sym, typ.TpName())
	}
	return f(t, x)
}

// raiseValue turns the operand of a raise statement into the exception to
// raise: a class is instantiated; cause, when not Null, becomes __cause__.
func (th *Thread) raiseValue(v, cause object.Value) error {
	t := &th.Thread
	exc, err := th.toException(v, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if !cause.IsNull() {
		if cause.IsNone() {
			exc.Cause = object.Null
		} else {
			c, err := th.toException(cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			exc.Cause = c.AsValue()
		}
		exc.SuppressContext = true
	}
	_ = t
	return exc
}

// toException instantiates an exception class or checks an instance.
func (th *Thread) toException(v object.Value, msg string) (*object.Exc, error) {
	if typ, ok := v.AsType(); ok && typ.IsSubtype(object.BaseException) {
		inst, err := object.Call(&th.Thread, v, nil, nil)
		if err != nil {
			return nil, err
		}
		exc, ok := inst.AsException()
		if !ok {
			return nil, object.Errorf(object.TypeError,
				"calling %s should have returned an instance of BaseException, not %s", typ.Name, inst.Type().Name)
		}
		return exc, nil
	}
	if exc, ok := v.AsException(); ok {
		return exc, nil
	}
	return nil, object.NewError(object.TypeError, msg)
}

// setContext chains a newly raised exception to the exception being
// handled (__context__), breaking any cycle as CPython does.
func (th *Thread) setContext(err error) {
	exc, ok := err.(*object.Exc)
	if !ok || th.handled.IsNull() || th.handled.IsNone() {
		return
	}
	handled, _ := th.handled.AsException()
	if handled == exc {
		return
	}
	// Cut exc out of handled's context chain to avoid a cycle.
	for o := handled; o != nil; {
		next, ok := o.Context.AsException()
		if !ok {
			break
		}
		if next == exc {
			o.Context = object.Null
			break
		}
		o = next
	}
	if exc.Context.IsNull() {
		exc.Context = handled.AsValue()
	}
}

// exceptionMatches implements CHECK_EXC_MATCH: isinstance(exc, typ) where
// typ is an exception class or a tuple of them.
func exceptionMatches(t *object.Thread, exc, typ object.Value) (bool, error) {
	if tup, ok := typ.AsTuple(); ok {
		for _, x := range tup.Items {
			m, err := exceptionMatches(t, exc, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	cls, ok := typ.AsType()
	if !ok || !cls.IsSubtype(object.BaseException) {
		return false, object.NewError(object.TypeError,
			"catching classes that do not inherit from BaseException is not allowed")
	}
	return exc.Type().IsSubtype(cls), nil
}

// annotationsDict turns MAKE_FUNCTION's annotations tuple (name, value
// pairs) into a dict.
func annotationsDict(t *object.Thread, v object.Value) (object.Value, error) {
	tup, ok := v.AsTuple()
	if !ok {
		return v, nil
	}
	d := object.NewDict()
	for i := 0; i+1 < len(tup.Items); i += 2 {
		if err := d.SetItem(t, tup.Items[i], tup.Items[i+1]); err != nil {
			return object.Null, err
		}
	}
	return d.AsValue(), nil
}

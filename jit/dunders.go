// dunders.go: operators and calls on instances of Python classes.
//
// At BINARY_OP and COMPARE_OP whose operand classes make the
// interpreter's dispatch call a Python method first
// (object.FirstBinaryDunder, object.FirstCompareDunder: the left
// operand's __op__, or the right operand's reflected method when the
// left lacks one, declines as a built-in number, or is a superclass the
// right overrides), and at CALL of an instance whose class has a Python
// __call__ (object.CallDunder), the recorder inlines that method's call
// as it inlines a method call (inline.go), under guards on the operands'
// classes and their versions. The inlined frame's result goes where the
// instruction's result goes (the first operand's slot, or the CALL's
// callable's), so an exit inside the method finishes it in the
// interpreter and continues after the instruction, as for a CALL.
//
// A method that returns NotImplemented makes the interpreter go on with
// the reflected one. A recording that sees an inlined method return it
// aborts, and the method is not inlined again (it runs in a helper
// call): retried without penalty. An exit inside an inlined operator
// method finishes the method in the interpreter, and when it returns
// NotImplemented, the operator's dispatch from there (declinedOperator):
// the snapshots inside such a method keep both operands in the caller's
// stack slots they were in (frameRec.operands).

package jit

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// notImplementedType is the class of NotImplemented.
var notImplementedType = object.NotImplemented.Type()

// operandClass returns the class of x: the known class of an object, the
// type of an int, float or bool; nil for an untracked value.
func (r *recorder) operandClass(x ir.Ref) *object.Type {
	switch r.typeOf(x) {
	case ir.Int:
		return object.IntType
	case ir.Float:
		return object.FloatType
	case ir.Bool:
		return object.BoolType
	case ir.Ptr:
		return r.cls[x]
	}
	return nil
}

// binaryDunder records BINARY_OP arg of the stack's top two values (stack
// pointer sp) by inlining the Python method the dispatch calls first. It
// reports whether it did; when not, the caller records a helper call.
func (r *recorder) binaryDunder(arg, sp int) (bool, *abortError) {
	inplace := arg >= compile.InplaceOp
	if inplace {
		arg -= compile.InplaceOp
	}
	x, y := r.vals[sp-2], r.vals[sp-1]
	tx, ty := r.operandClass(x), r.operandClass(y)
	if tx == nil || ty == nil {
		return false, nil
	}
	fv, reflected, ok := object.FirstBinaryDunder(tx, ty, object.Operator(arg), inplace)
	if !ok {
		return false, nil
	}
	if reflected {
		return r.inlineDunder(fv, y, []ir.Ref{x}, true, sp-2)
	}
	return r.inlineDunder(fv, x, []ir.Ref{y}, true, sp-2)
}

// compareDunder records COMPARE_OP arg as binaryDunder records BINARY_OP.
func (r *recorder) compareDunder(arg, sp int) (bool, *abortError) {
	x, y := r.vals[sp-2], r.vals[sp-1]
	tx, ty := r.operandClass(x), r.operandClass(y)
	if tx == nil || ty == nil {
		return false, nil
	}
	fv, reflected, ok := object.FirstCompareDunder(tx, ty, compareOps[arg])
	if !ok {
		return false, nil
	}
	if reflected {
		return r.inlineDunder(fv, y, []ir.Ref{x}, true, sp-2)
	}
	return r.inlineDunder(fv, x, []ir.Ref{y}, true, sp-2)
}

// callInstance records CALL of instance fn (with self, null or not, and
// args; the callable in stack slot base) by inlining its class's Python
// __call__. It reports whether it did.
func (r *recorder) callInstance(fn, self ir.Ref, args []ir.Ref, base int) (bool, *abortError) {
	t := r.cls[fn]
	if r.typeOf(fn) != ir.Ptr || t == nil || t.Flags&object.FlagHeapType == 0 {
		return false, nil
	}
	fv := object.CallDunder(t)
	if fv.IsNull() {
		return false, nil
	}
	if k, isK := r.b.Const(self); !isK || r.typeOf(self) != ir.Ptr || k != 0 {
		args = append([]ir.Ref{self}, args...)
	}
	return r.inlineDunder(fv, fn, args, false, base)
}

// inlineDunder inlines the call of method fv, found on self's class,
// with self and args, whose result goes to stack slot base, after
// guards on the classes (and versions) of what decided the method: self,
// and for an operator's method (operator set) the other operand too.
// It reports whether it inlined the call: a method that is not a plain
// Python function, or whose call inline declines (recursion, depth), or
// that returned NotImplemented in an earlier recording, is left to a
// helper.
func (r *recorder) inlineDunder(fv object.Value, self ir.Ref, args []ir.Ref, operator bool, base int) (bool, *abortError) {
	if fv.Type() != interp.FunctionType || r.depth() >= maxInlineDepth {
		return false, nil
	}
	code := (*interp.Function)(fv.Pointer()).InlineCode(len(args) + 1)
	if code == nil || operator && r.jit != nil && r.jit.declining[code] {
		return false, nil
	}
	operands := append([]ir.Ref{self}, args...)
	for _, a := range operands {
		if !r.tracked(a) {
			return false, nil
		}
	}
	if !operator {
		operands = operands[:1]
	}
	for _, a := range operands {
		t := r.operandClass(a)
		if r.typeOf(a) == ir.Ptr {
			r.recheckClass(a)
		}
		if t.Flags&object.FlagImmutable == 0 {
			if err := r.guardTypeVersion(t); err != nil {
				return false, err
			}
		}
	}
	fn, err := r.constObject(fv)
	if err != nil {
		return false, err
	}
	var ab []ir.Ref // the operator's operands, in order
	if operator {
		ab = []ir.Ref{r.vals[base], r.vals[base+1]}
	}
	if err := r.inline(fn, fv, self, args, base); err != nil {
		if err.callable {
			return false, nil
		}
		return false, err
	}
	if operator {
		r.funcs[r.pending.fn].operator, r.funcs[r.pending.fn].op = true, r.instr()
		r.pending.operands = ab
	}
	return true, nil
}

// reasonDeclined is the abort reason of a recording in which an inlined
// operator method returned NotImplemented: retried without penalty, as
// for reasonLoopExit, with the method left to a helper call.
const reasonDeclined = "operator method returned NotImplemented"

// declined returns the abort of a recording in which the inlined
// operator method of code returned NotImplemented, which is not inlined
// again.
func (r *recorder) declined(code *interp.Code) *abortError {
	if r.jit != nil {
		if r.jit.declining == nil {
			r.jit.declining = map[*interp.Code]bool{}
		}
		r.jit.declining[code] = true
	}
	return abort(reasonDeclined, "%s", code.Name)
}

// declinedOperator returns the result of instruction ins (BINARY_OP or
// COMPARE_OP) of a and b whose first method fn, inlined into a trace
// and finished in the interpreter after an exit, returned
// NotImplemented: the interpreter's dispatch goes on from there.
func declinedOperator(t *object.Thread, ins compile.Instr, a, b, fn object.Value) (object.Value, error) {
	if ins.Op() == compile.COMPARE_OP {
		return object.RichCompareDeclined(t, a, b, compareOps[ins.Arg()], fn)
	}
	op, inplace := ins.Arg(), ins.Arg() >= compile.InplaceOp
	if inplace {
		op -= compile.InplaceOp
	}
	return object.BinaryOpDeclined(t, a, b, object.Operator(op), inplace, fn)
}

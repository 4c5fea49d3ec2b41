// inline.go: calls of Python functions and methods inlined into the trace.
//
// At a CALL of a constant Python function whose call is plain (exactly
// its positional parameters, no cells, not a generator), the recorder
// follows the interpreter into the callee's frame: the arguments become
// the callee's first locals, and its RETURN_VALUE hands its result to the
// caller's stack. No frame exists while the trace runs. A guard inside
// the callee has a snapshot with the inlined frames (ir.Snapshot.Frames);
// its exit builds them and finishes the calls in the interpreter
// (interp.Thread.ResumeCall), innermost first, then continues the loop's
// frame after its CALL. Recursion and calls nested deeper than
// maxInlineDepth abort the recording.
//
// LOAD_METHOD of a function found on an instance's class (not shadowed by
// an instance attribute: guarded by the class version and the instance
// layout) is the constant function and the instance as its first
// argument.

package jit

import (
	"reflect"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// functionCodeOff is the offset of a function's code pointer, which a
// trace guards (assigning __code__ changes it).
var functionCodeOff = fieldOffset(reflect.TypeOf(interp.Function{}), "code", reflect.Pointer)

// inlined is a function a trace inlines, and the size of its frames.
type inlined struct {
	fn        *interp.Function
	frameSize int
	nlocals   int // the fast locals (an inlined call has no cells)
	// operator marks the method of an operator (dunders.go), the first
	// its instruction op (BINARY_OP or COMPARE_OP) dispatches to; a
	// NotImplemented it returns makes the dispatch go on
	// (declinedOperator).
	operator bool
	op       compile.Instr
}

// inline starts inlining the call of constant function fn (observed as
// fv) with self (null or the instance of a method call) and args, whose
// result goes to the caller's stack slot base.
func (r *recorder) inline(fn ir.Ref, fv object.Value, self ir.Ref, args []ir.Ref, base int) *abortError {
	if k, isK := r.b.Const(self); !isK || k != 0 {
		args = append([]ir.Ref{self}, args...)
	}
	f := (*interp.Function)(fv.Pointer())
	code := f.InlineCode(len(args))
	if code == nil {
		return &abortError{reason: "NYI: call of a function that is not plain", callable: true}
	}
	if r.depth() >= maxInlineDepth {
		return &abortError{reason: "inlining too deep", callable: true}
	}
	if !r.inlinable(code) {
		return &abortError{reason: "inlined calls made a trace too long", detail: code.Name, callable: true}
	}
	for _, fr := range r.frames {
		if fr.code == code {
			return &abortError{reason: "recursion", detail: code.Name, callable: true}
		}
	}
	for _, a := range args {
		if a == ir.None || r.typeOf(a) == ir.Ptr && r.cls[a] == nil {
			return abort("NYI: call with an untracked argument", "")
		}
	}
	// The function's code is what was inlined.
	cw := r.b.LoadField(fn, functionCodeOff, ir.Int)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, cw, r.b.KInt(int64(uintptr(unsafe.Pointer(code))))), ir.None)
	r.keep = append(r.keep, code.AsValue())
	vals := make([]ir.Ref, code.FrameSize())
	for i := range vals {
		vals[i] = ir.None
	}
	copy(vals, args)
	r.funcs = append(r.funcs, inlined{fn: f, frameSize: code.FrameSize(), nlocals: code.NumLocals()})
	r.pending = &frameRec{code: code, vals: vals, fn: int32(len(r.funcs) - 1), callPC: r.pc, base: base, construct: ir.None}
	for i := base; i < r.sp; i++ {
		r.vals[i] = ir.None
	}
	r.expectPC = 0
	return nil
}

// ret records RETURN_VALUE of an inlined callee: v goes to the caller's
// result slot and the recording continues after the caller's CALL.
func (r *recorder) ret(v ir.Ref) *abortError {
	if v == ir.None || r.typeOf(v) == ir.Ptr && r.cls[v] == nil {
		return abort("NYI: return of an untracked value", "")
	}
	c := r.frames[len(r.frames)-1]
	if r.funcs[c.fn].operator && r.cls[v] == notImplementedType {
		return r.declined(c.code)
	}
	if c.construct != ir.None {
		if rv, ok := r.objs[v]; !ok || !rv.IsNone() {
			return abort("NYI: __init__ that returns a value", "")
		}
		v = c.construct
	}
	r.frames = r.frames[:len(r.frames)-1]
	caller := r.frames[len(r.frames)-1]
	r.frame, r.code, r.vals = caller.frame, caller.code, caller.vals
	r.vals[c.base] = v
	r.expectPC = c.callPC + 1
	return nil
}

// construct records CALL of constant class cls (observed as cv) with no
// self and args, at stack pointer sp, when the class is plain (object's
// __new__, a Python __init__ that can be inlined): the instance comes
// from the class's pool (allocCall), and __init__ is inlined with it; the
// call's result is the instance. It reports whether it recorded the call.
func (r *recorder) construct(cls ir.Ref, cv object.Value, self ir.Ref, args []ir.Ref, sp int) (bool, *abortError) {
	t := (*object.Type)(cv.Pointer())
	init := t.PlainInit()
	if k, isK := r.b.Const(self); !isK || k != 0 || init.IsNull() || init.Type() != interp.FunctionType ||
		(*interp.Function)(init.Pointer()).InlineCode(len(args)+1) == nil || r.depth() >= maxInlineDepth ||
		!r.inlinable((*interp.Function)(init.Pointer()).Code()) {
		return false, nil
	}
	for _, a := range args {
		if !r.tracked(a) {
			return false, nil
		}
	}
	if err := r.guardTypeVersion(t); err != nil {
		return false, err
	}
	args = append([]ir.Ref(nil), args...)
	base := sp - len(args) - 2
	inst := r.allocCall(cls, t, base+1)
	fn, err := r.constObject(init)
	if err != nil {
		return false, err
	}
	if err := r.inline(fn, init, inst, args, base); err != nil {
		return false, err
	}
	r.pending.construct = inst
	return true, nil
}

// classMethod records LOAD_METHOD name of constant class x (cls), whose
// attribute d is a classmethod or staticmethod: for one of a Python
// function, under a guard on the class's version, the function and the
// class (or null).
func (r *recorder) classMethod(x ir.Ref, cls *object.Type, d object.Value, name *object.Str) (meth, self ir.Ref, err *abortError) {
	fn := object.WrappedFunc(d)
	if fn.IsNull() || fn.Type() != interp.FunctionType || !object.TypeType.Lookup(name).IsNull() {
		return ir.None, ir.None, abort("NYI: method kind", "%s.%s of a class", cls.Name, name)
	}
	if err := r.guardTypeVersion(cls); err != nil {
		return ir.None, ir.None, err
	}
	if meth, err = r.constObject(fn); err != nil {
		return ir.None, ir.None, err
	}
	if d.Type() == object.StaticMethodType {
		return meth, r.b.KPtr(0), nil
	}
	return meth, x, nil
}

// guardLayout emits, once per value, guards that instance x (observed as
// xv) has xv's layout and is not in dict mode, and returns the offset of
// its attribute storage.
func (r *recorder) guardLayout(x ir.Ref, xv object.Value, l *object.Layout) int64 {
	attrs := int64(uintptr(unsafe.Pointer(object.AttrsOf(xv))) - uintptr(xv.Pointer()))
	if r.layouts[x] != l {
		lw := r.b.LoadField(x, attrs+attrsLayoutOff, ir.Int)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, lw, r.b.KInt(int64(uintptr(unsafe.Pointer(l))))), ir.None)
		dw := r.b.LoadField(x, attrs+attrsDictOff, ir.Int)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, dw, r.b.KInt(0)), ir.None)
		r.layouts[x] = l
	}
	return attrs
}

// loadMethod records LOAD_METHOD name of x (observed as xv): a function
// of x's class and x, or a module attribute and null.
func (r *recorder) loadMethod(x ir.Ref, xv object.Value, name *object.Str) (meth, self ir.Ref, err *abortError) {
	t := r.cls[x]
	if r.typeOf(x) != ir.Ptr || t == nil {
		return ir.None, ir.None, abort("NYI: method of "+typeName(xv), "")
	}
	if t == interp.ModuleType {
		v, err := r.moduleAttr(x, xv, name)
		return v, r.b.KPtr(0), err
	}
	if _, isK := r.objs[x]; isK && t == object.TypeType {
		cls := (*object.Type)(xv.Pointer())
		if d := cls.Lookup(name); !object.WrappedFunc(d).IsNull() {
			return r.classMethod(x, cls, d, name)
		}
		if v, ok, err := r.typeAttr(x, name); ok || err != nil {
			return v, r.b.KPtr(0), err
		}
	}
	fv := t.Lookup(name)
	if !fv.IsNull() && fv.Type() == object.MethodDescriptorType && t.Flags&object.FlagImmutable != 0 &&
		object.AttrsOf(xv) == nil && object.SameFunc(t.GetAttr, object.GetAttrFunc(object.GenericGetAttr)) {
		// A method of a built-in type, which nothing can change: a helper
		// calls it (list.append, dict.get, ...).
		meth, err = r.constObject(fv)
		return meth, x, err
	}
	if fv.IsNull() || fv.Type() != interp.FunctionType || !object.SameFunc(t.GetAttr, object.GetAttrFunc(object.GenericGetAttr)) {
		return ir.None, ir.None, abort("NYI: method kind", "%s.%s", t.Name, name)
	}
	if ok, err := r.guardClassAttr(x, xv, t, name); !ok || err != nil {
		if err == nil {
			err = abort("NYI: method shadowed by an instance attribute", "")
		}
		return ir.None, ir.None, err
	}
	meth, err = r.constObject(fv)
	return meth, x, err
}

// guardClassAttr guards what makes x.name (x of class t, observed as
// xv) find t's attribute of that name: t's version, and x's layout,
// which lacks the name (an instance without attributes has none). It
// reports false, guarding nothing, when x may shadow the name: it keeps
// a dict of its own, or has the name.
func (r *recorder) guardClassAttr(x ir.Ref, xv object.Value, t *object.Type, name *object.Str) (bool, *abortError) {
	a := object.AttrsOf(xv)
	if a != nil && (a.Layout() == nil || a.Layout().Find(name) >= 0) {
		return false, nil
	}
	r.recheckClass(x)
	if err := r.guardTypeVersion(t); err != nil {
		return false, err
	}
	if a != nil {
		r.guardLayout(x, xv, a.Layout())
	}
	return true, nil
}

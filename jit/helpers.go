// helpers.go: operations a trace has Go do in the middle of an
// iteration (ir.OpCall): calls of anything that is not inlined (builtin
// functions and methods, types, Python functions that cannot be
// inlined), slices, `in`, list and tuple displays, and the generic paths
// of subscripts, binary operators and comparisons.
//
// The native code stores the arguments into the context's spill slots and
// exits with ExitHelper; Go (run) boxes them, runs the helper with the GIL
// held — it may allocate, run Python code, even run other traces (on a
// context of their own) — checks the result against what the recording
// saw, stores it into spill slot 0 and re-enters the trace just after the
// call. When the helper raises, or returns a value of another kind or
// class, Go re-enters at the call's failure address, which writes the
// call's snapshot (the state before the instruction) and exits; Go then
// finishes the instruction in the interpreter's state: the exception is
// raised by that instruction, or the result is pushed and the interpreter
// continues after it.
//
// While recording, the recorder emits the CALL before the interpreter
// runs the instruction, and learns the kind and class of a result it
// cannot know in advance at the next instruction of its frame (Record
// calls from frames the helper runs in between are ignored). A helper
// may change any object: after a CALL the recorder guards class
// versions, layouts and the classes of instances again before relying
// on them, and the IR builder reloads every field it had read (see
// ir.Builder.Call). Values live across a call are kept in spill slots
// whose pointer words the collector scans (ir.Allocate, amd64).

package jit

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/stdlib"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// helper is one kind of operation a trace calls Go for.
type helper int32

const (
	hCall         helper = iota // args[0](*args[1:])
	hSlice                      // args[0][args[1]:args[2]]
	hContains                   // args[1] in args[0] (aux 1: not in)
	hBuildList                  // [*args]
	hBuildTuple                 // (*args,)
	hGetItem                    // args[0][args[1]]
	hSetItem                    // args[0][args[1]] = args[2]
	hBinary                     // args[0] op args[1] (aux: BINARY_OP's argument)
	hCompare                    // args[0] cmp args[1] (aux: COMPARE_OP's argument)
	hListAppend                 // args[0].append(args[1]) (LIST_APPEND)
	hSetAdd                     // args[0].add(args[1]) (SET_ADD)
	hMapAdd                     // args[0][args[1]] = args[2] for a dict (MAP_ADD)
	hBuildSet                   // {*args}
	hBuildMap                   // {args[0]: args[1], ...}
	hBuildSlice                 // slice(*args)
	hStoreSlice                 // args[0][args[1]:args[2]] = args[3]
	hNext                       // next(args[0]), Null when exhausted (FOR_ITER)
	hGetAttr                    // getattr(args[0], args[1]) (LOAD_ATTR, LOAD_METHOD of what does not bind)
	hIter                       // iter(args[0]) (GET_ITER)
	hTruth                      // bool(args[0]) for a built-in type's instance
	hUserTruth                  // bool(args[0]) for an instance of a Python class (its __bool__ or __len__)
	hCallKw                     // args[0](*args[1:n-1]) with keywords: args[n-1] holds their names (CALL_KW)
	hFormat                     // f"{args[0]}" or f"{args[0]:args[1]}" (aux: FORMAT_VALUE's flags)
	hBuildString                // "".join(args) of strs (BUILD_STRING)
	hSetAttr                    // args[0].<args[1]> = args[2] (STORE_ATTR)
	hStarList                   // list(args[0][before:len-after]) (aux: UNPACK_EX's argument before|after<<8)
	hMakeFunction               // a function of code args[0], globals args[1], operands args[2:] (aux: MAKE_FUNCTION's flags)
	hDelItem                    // del args[0][args[1]] (DELETE_SUBSCR)
	hAlloc                      // a new instance of class args[0], not initialised, from its pool (allocCall)
	hCallNumeric                // hCall of a math function or range with int and float arguments, which runs no Python code (numericCall)
	hIterBuiltin                // hIter of an exact list, tuple, range, str, dict or set, which runs no Python code
	hSliceStep                  // args[0][args[1]:args[2]:args[3]] of a list, tuple or str with int or None bounds (sliceSubscr)
	hSeqIter                    // iter(args[0]) of an exact list or tuple, from the JIT's iterator pool (seqIterCall)
	hTuplePool                  // (*args,) from the JIT's tuple pool of that size (buildCall)
	hListPool                   // [*args] from the JIT's list pool of that size (buildCall)
	hListCopy                   // args[0][:] of an exact list, from the JIT's copy pool (listCopy)
	hZipPool                    // zip of the list and tuple iterators args, from the JIT's zip pool of that arity (zipCall)
	hEnumPool                   // enumerate(args[0]) of a list or tuple iterator, from the JIT's enumerate pool (enumCall)
	hYield                      // yield args[0] from the loop's generator, the run suspended (yieldRun); called, it declines
)

var helperNames = [...]string{hCall: "call", hSlice: "slice", hContains: "contains", hBuildList: "list",
	hBuildTuple: "tuple", hGetItem: "getitem", hSetItem: "setitem", hBinary: "binary", hCompare: "compare",
	hListAppend: "list.append", hSetAdd: "set.add", hMapAdd: "dict.setitem", hBuildSet: "set", hBuildMap: "dict",
	hBuildSlice: "slice", hStoreSlice: "setslice", hNext: "next",
	hGetAttr: "getattr", hIter: "iter", hTruth: "truth", hUserTruth: "truth", hCallKw: "call",
	hFormat: "format", hBuildString: "str", hSetAttr: "setattr", hStarList: "starred", hMakeFunction: "function", hDelItem: "delitem", hAlloc: "new",
	hCallNumeric: "call", hIterBuiltin: "iter", hSliceStep: "slice", hSeqIter: "iter", hTuplePool: "tuple", hListPool: "list", hListCopy: "slice", hZipPool: "zip", hEnumPool: "enumerate", hYield: "yield"}

// mayRunPython reports whether h may run Python code, which may look at
// the frames of the loop and of the calls the trace inlined: such calls
// write their snapshot, which Go puts into the loop's frame, with frames
// for the inlined calls, if Python code starts (helperSync).
func (h helper) mayRunPython() bool {
	switch h {
	case hListAppend, hBuildList, hBuildTuple, hBuildSlice, hTruth, hBuildString, hStarList, hMakeFunction, hAlloc, hCallNumeric,
		hIterBuiltin, hSliceStep, hSeqIter, hTuplePool, hListPool, hListCopy, hZipPool, hEnumPool:
		return false
	}
	return true
}

// builtinIterable reports whether iter() of an instance of exactly cls
// runs no Python code (GET_ITER as hIterBuiltin). Their classes cannot
// change, so the guard that gave the value its class keeps holding.
func builtinIterable(cls *object.Type) bool {
	switch cls {
	case object.ListType, object.TupleType, object.RangeType, object.StrType, object.DictType, object.SetType, object.FrozenSetType:
		return true
	}
	return false
}

// compareOps maps COMPARE_OP's argument to the comparison.
var compareOps = [...]object.CompareOp{
	1: object.CmpEQ, 2: object.CmpNE, 3: object.CmpLT, 4: object.CmpLE, 5: object.CmpGT, 6: object.CmpGE,
}

// do runs the helper.
func (h helper) do(t *object.Thread, aux int, args []object.Value) (object.Value, error) {
	switch h {
	case hCall, hCallNumeric:
		if aux == callMayReadFrame && isFrameReader(args[0]) {
			return object.Null, errDeclined
		}
		return object.Call(t, args[0], args[1:], nil)
	case hSlice:
		return object.GetSlice(t, args[0], args[1], args[2])
	case hSliceStep:
		return object.GetSliceStep(t, args[0], args[1], args[2], args[3])
	case hContains:
		in, err := object.Contains(t, args[0], args[1])
		return object.Bool(in != (aux == 1)), err
	case hBuildList:
		return object.NewList(append([]object.Value(nil), args...)).AsValue(), nil
	case hBuildTuple:
		return object.NewTupleCopy(args).AsValue(), nil
	case hGetItem:
		return object.GetItem(t, args[0], args[1])
	case hAlloc:
		return object.FromPointer((*object.Type)(args[0].Pointer()).PooledInstance()), nil
	case hYield:
		// The run could not be suspended (drive): the interpreter yields.
		return object.Null, errDeclined
	case hSeqIter:
		return newSeqIter(args[0]), nil
	case hTuplePool, hListPool:
		return pooledBuild(h == hListPool, args), nil
	case hListCopy:
		return pooledCopy(seqItems(args[0])), nil
	case hZipPool:
		return pooledZip(args), nil
	case hEnumPool:
		return pooledEnum(args[0]), nil
	case hDelItem:
		return object.None, object.SetItem(t, args[0], args[1], object.Null)
	case hMakeFunction:
		globals, _ := args[1].AsDict()
		return interp.MakeFunction(t, (*interp.Code)(args[0].Pointer()), globals, aux, args[2:])
	case hSetItem:
		return object.None, object.SetItem(t, args[0], args[1], args[2])
	case hBinary:
		if aux >= compile.InplaceOp {
			return object.InPlaceOp(t, args[0], args[1], object.Operator(aux-compile.InplaceOp))
		}
		return object.BinaryOp(t, args[0], args[1], object.Operator(aux))
	case hCompare:
		return object.RichCompare(t, args[0], args[1], compareOps[aux])
	case hListAppend:
		l, _ := args[0].AsList()
		l.Items = append(l.Items, args[1])
		return object.None, nil
	case hSetAdd:
		s, _ := args[0].AsSet()
		return object.None, s.Add(t, args[1])
	case hMapAdd:
		d, _ := args[0].AsDict()
		return object.None, d.SetItem(t, args[1], args[2])
	case hBuildSet:
		s, err := object.NewSetFrom(t, args)
		if err != nil {
			return object.Null, err
		}
		return s.AsValue(), nil
	case hBuildMap:
		d := object.NewDictSized(len(args) / 2)
		for i := 0; i < len(args); i += 2 {
			if err := d.SetItem(t, args[i], args[i+1]); err != nil {
				return object.Null, err
			}
		}
		return d.AsValue(), nil
	case hBuildSlice:
		if len(args) == 2 {
			return object.NewSlice(args[0], args[1], object.None), nil
		}
		return object.NewSlice(args[0], args[1], args[2]), nil
	case hStoreSlice:
		return object.None, object.SetSlice(t, args[0], args[1], args[2], args[3])
	case hIter, hIterBuiltin:
		return object.Iter(t, args[0])
	case hTruth, hUserTruth:
		truth, err := object.Truth(t, args[0])
		return object.Bool(truth), err
	case hCallKw:
		if aux == callMayReadFrame && isFrameReader(args[0]) {
			return object.Null, errDeclined
		}
		kwnames, _ := args[len(args)-1].AsTuple()
		return object.Call(t, args[0], args[1:len(args)-1], kwnames)
	case hFormat:
		spec := object.Null
		if aux&compile.FormatWithSpec != 0 {
			spec = args[1]
		}
		return interp.FormatValue(t, args[0], aux&compile.FormatConvMask, spec)
	case hBuildString:
		return interp.BuildString(args), nil
	case hSetAttr:
		name, _ := args[1].AsStr()
		return object.None, object.SetAttr(t, args[0], name, args[2])
	case hStarList:
		items := seqItems(args[0])
		return pooledCopy(items[aux&0xff : len(items)-aux>>8]), nil
	case hGetAttr:
		name, _ := args[1].AsStr()
		return object.GetAttr(t, args[0], name)
	case hNext:
		if v, handled := object.NextFast(args[0]); handled {
			return v, nil
		}
		v, err := object.Next(t, args[0])
		if e, ok := err.(*object.Exc); ok && e.Type().IsSubtype(object.StopIteration) {
			return object.Null, nil
		}
		return v, err
	}
	panic("BUG: jit: unknown helper")
}

// seqItems returns the items of a list or tuple.
func seqItems(v object.Value) []object.Value {
	if l, ok := v.AsList(); ok {
		return l.Items
	}
	t, _ := v.AsTuple()
	return t.Items
}

// callSite is a helper call of a trace (by its CALL's Aux): the helper,
// what its result must be, and where the instruction leaves its result
// in its frame (the innermost at the snapshot).
type callSite struct {
	h   helper
	aux int
	// typ and class are the result's kind and, for Ptr, class, as the
	// recording saw them (Void: no result).
	typ   ir.Type
	class *object.Type
	// postSP is the stack pointer after the instruction, whose result
	// (unless noResult) is at postSP-1.
	postSP   int32
	noResult bool
	// args holds the IR types of the arguments, and argBase the spill
	// slot of the first (ir.Trace.CallArgBase: above the snapshot of a
	// Sync call); snap is the call's snapshot (set at compile time).
	args    []ir.Type
	argBase int
	snap    int32
	sync    bool // ir.Call.Sync
	// pc is the instruction of the loop's frame the call is made for
	// (the CALL of the inlined call it is in).
	pc int32
	// nullAbove marks LOAD_METHOD of an attribute that does not bind:
	// the instruction pushes a null above the result.
	nullAbove bool
	// exitPC is FOR_ITER's exit target for hNext (-1 otherwise): an
	// exhausted iterator ends the loop there.
	exitPC int32
	// float, when set, is the function of a float the call computes (a
	// math function, whose argument is an int or a float): run calls it
	// directly, and only a call it fails goes through h.
	float func(float64) (float64, libm.Err)
	// label names the call for diagnostics (the helper-bound abort, the
	// summary): the helper and the callee or the arguments' classes.
	label string
	calls uint64 // the calls made, for the summary
}

// accepts reports whether v is a result the trace can continue with.
func (s *callSite) accepts(v object.Value) bool {
	switch s.typ {
	case ir.Void:
		return true
	case ir.Int:
		return v.IsInt()
	case ir.Float:
		return v.IsFloat()
	case ir.Bool:
		return v.IsBool()
	}
	return !v.IsNull() && v.Type() == s.class && !immediateClass(s.class)
}

// tracked reports whether v is a value the recorder knows: not a slot
// untouched since entry, and a Ptr of known class.
func (r *recorder) tracked(v ir.Ref) bool {
	return v != ir.None && (r.typeOf(v) != ir.Ptr || r.cls[v] != nil)
}

// callPC returns the instruction of the loop's frame the current one
// belongs to: itself, or the call a trace inlined that runs it.
func (r *recorder) callPC() int {
	if r.depth() > 0 {
		return r.frames[1].callPC
	}
	return r.pc
}

// poolCall records a call of helper h (with aux and args) whose result,
// an object of class cls, native code takes from the pool at address
// pool while it has one (ir.Builder.PoolCall), for the instruction with
// stack pointer postSP after it. The helper only allocates: it changes
// no object the recording knows.
func (r *recorder) poolCall(h helper, aux int, args []ir.Ref, cls *object.Type, pool unsafe.Pointer, postSP int) ir.Ref {
	r.sites = append(r.sites, callSite{h: h, aux: aux, typ: ir.Ptr, class: cls, postSP: int32(postSP), exitPC: -1, pc: int32(r.callPC())})
	ref := r.b.PoolCall(int32(h), args, uintptr(pool))
	r.cls[ref], r.clsAt[ref] = cls, r.ncalls
	return ref
}

// helperCall records a helper call at the current instruction, with the
// instruction's stack pointer after it (postSP): the result, of type t
// and class cls when known in advance (ir.Void and nil: learnt at the
// next instruction; Void with noResult: none), goes to postSP-1.
func (r *recorder) helperCall(h helper, aux int, args []ir.Ref, t ir.Type, cls *object.Type, noResult bool, postSP int) *abortError {
	if len(args) > ir.MaxCallArgs {
		return abort("NYI: helper call with many arguments", "")
	}
	for _, a := range args {
		if !r.tracked(a) {
			return abort("NYI: helper call with an untracked argument", "%s", helperNames[h])
		}
	}
	site := callSite{h: h, aux: aux, typ: t, class: cls, postSP: int32(postSP), noResult: noResult, exitPC: -1, pc: int32(r.callPC()),
		label: r.callLabel(h, args)}
	its, err := r.storeIters()
	if err != nil {
		return err
	}
	ref := r.b.Call(int32(h), args, t, h.mayRunPython() && !r.plainSlice(h, args))
	r.loadIters(its)
	r.sites = append(r.sites, site)
	r.inCall = true
	// What the recorder knows of objects may no longer hold.
	r.ncalls++
	clear(r.versioned)
	clear(r.layouts)
	lo := postSP
	if !noResult {
		lo--
	}
	for i := lo; i < r.sp; i++ {
		r.vals[i] = ir.None
	}
	if noResult {
		return nil
	}
	r.vals[postSP-1] = ref
	if t == ir.Void {
		r.pendingCall, r.pendingSlot = ref, postSP-1
		return nil
	}
	if t == ir.Ptr {
		r.cls[ref] = cls
	}
	return nil
}

// plainSlice reports whether h with args is a slice or slice assignment
// that runs no Python code: of a list, tuple or str (a list assigned a
// list or tuple) with int or None bounds. Such a call need not write its
// snapshot (helper.mayRunPython).
func (r *recorder) plainSlice(h helper, args []ir.Ref) bool {
	switch h {
	case hSlice:
		return seqOrStr(r.clsOf(args[0])) && r.bound(args[1]) && r.bound(args[2])
	case hStoreSlice:
		v := r.clsOf(args[3])
		return r.clsOf(args[0]) == object.ListType && r.bound(args[1]) && r.bound(args[2]) &&
			(v == object.ListType || v == object.TupleType)
	}
	return false
}

// seqOrStr reports whether t is list, tuple or str, whose slicing runs no
// Python code.
func seqOrStr(t *object.Type) bool {
	return t == object.ListType || t == object.TupleType || t == object.StrType
}

// clsOf returns the class of Ptr value v, nil for any other.
func (r *recorder) clsOf(v ir.Ref) *object.Type {
	if r.typeOf(v) != ir.Ptr {
		return nil
	}
	return r.cls[v]
}

// bound reports whether v is a slice bound whose use runs no Python
// code: an int, a bool or None.
func (r *recorder) bound(v ir.Ref) bool {
	t := r.typeOf(v)
	return t == ir.Int || t == ir.Bool || t == ir.Ptr && r.cls[v] == object.NoneType
}

// callLabel names a helper call for diagnostics: h and the callee of a
// call of a constant, else the classes of its arguments.
func (r *recorder) callLabel(h helper, args []ir.Ref) string {
	var sb strings.Builder
	sb.WriteString(helperNames[h])
	switch h {
	case hCall, hCallNumeric, hCallKw:
		if fv, ok := r.objs[args[0]]; ok {
			sb.WriteByte(' ')
			sb.WriteString(calleeName(fv))
			return sb.String()
		}
	}
	sb.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			sb.WriteByte(',')
		}
		switch t := r.typeOf(a); {
		case t != ir.Ptr:
			sb.WriteString(t.String())
		case r.isConst(a):
			sb.WriteString(r.objs[a].Type().Name)
		case r.cls[a] != nil:
			sb.WriteString(r.cls[a].Name)
		default:
			sb.WriteByte('?')
		}
	}
	sb.WriteByte(')')
	return sb.String()
}

// isConst reports whether v is a Ptr constant.
func (r *recorder) isConst(v ir.Ref) bool {
	_, ok := r.objs[v]
	return ok
}

// calleeName names a callable for callLabel.
func calleeName(fv object.Value) string {
	switch fv.Type() {
	case object.BuiltinFunctionType:
		f := (*object.BuiltinFunction)(fv.Pointer())
		if !f.Self.IsNull() {
			return typeName(f.Self) + "." + f.Def.Name
		}
		return f.Def.Name
	case object.MethodDescriptorType:
		d := (*object.MethodDescriptor)(fv.Pointer())
		return d.Owner.Name + "." + d.Def.Name
	case object.TypeType:
		return (*object.Type)(fv.Pointer()).Name
	case interp.FunctionType:
		return (*interp.Function)(fv.Pointer()).Code().Name
	}
	return typeName(fv)
}

// topLabels names the most common labels of sites (at most three, with
// their counts), for the helper-bound abort.
func topLabels(sites []callSite) string {
	counts := map[string]int{}
	for i := range sites {
		if sites[i].label != "" {
			counts[sites[i].label]++
		}
	}
	labels := slices.Collect(maps.Keys(counts))
	slices.SortFunc(labels, func(a, b string) int {
		if c := counts[b] - counts[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	var sb strings.Builder
	for i, l := range labels[:min(3, len(labels))] {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d %s", counts[l], l)
	}
	return sb.String()
}

// allocCall records the allocation of an instance of class t (the
// constant cls) for a class call whose __init__ the trace inlines, with
// the instruction's stack pointer after it (postSP): native code takes
// the instance from t's pool (object.InstancePool), and only an empty
// pool calls hAlloc, which refills it. The instance is as AllocInstance
// makes it: of class t, with t's root layout and no dict. Allocating
// changes no object the recording knows, so nothing needs guarding again
// after it (and no iterator needs writing back: no Python code runs).
func (r *recorder) allocCall(cls ir.Ref, t *object.Type, postSP int) ir.Ref {
	ref := r.poolCall(hAlloc, 0, []ir.Ref{cls}, t, unsafe.Pointer(t.InstancePool()), postSP)
	if attrs, root, n, room, ok := t.FreshShape(); ok {
		r.b.SetNew(ref, ir.NewObject{Class: classAddr(t), LayoutOff: attrs + attrsLayoutOff, DictOff: attrs + attrsDictOff,
			DataOff: attrs + attrsSlotsOff, LenOff: attrs + attrsSlotsOff + sliceLenOff, CapOff: attrs + attrsSlotsOff + sliceCapOff,
			Layout: layoutAddr(root), Len: int64(n), Room: int64(room)})
		r.made.noteClass(t, root)
	}
	r.layouts[ref] = t.RootLayout()
	for i := postSP; i < r.sp; i++ {
		r.vals[i] = ir.None
	}
	r.vals[postSP-1] = ref
	return ref
}

// getAttr records LOAD_ATTR name of x, or with method set LOAD_METHOD
// of a class attribute that is not a method (the interpreter pushes the
// attribute and a null), by a helper (stack slot sp-1 holds x).
func (r *recorder) getAttr(x ir.Ref, xv object.Value, name *object.Str, method bool, sp int) *abortError {
	if method {
		if fv := xv.Type().Lookup(name); !fv.IsNull() && (fv.Type() == interp.FunctionType || fv.Type() == object.MethodDescriptorType) {
			return abort("NYI: method kind", "%s.%s", typeName(xv), name)
		}
	}
	k, err := r.constObject(name.AsValue())
	if err != nil {
		return err
	}
	if err := r.helperCall(hGetAttr, 0, []ir.Ref{x, k}, ir.Void, nil, false, sp); err != nil {
		return err
	}
	if method {
		r.sites[len(r.sites)-1].nullAbove = true
		r.vals[sp] = r.b.KPtr(0)
	}
	return nil
}

// genericCall records a call the trace neither inlines nor computes
// (h: hCall or hCallKw, args as callArgs gives them, with CALL_KW's
// names last) by a helper, whose result goes to postSP-1; why is the
// abort when the callable is untracked or a builtin that reads its
// caller's frame.
func (r *recorder) genericCall(h helper, args []ir.Ref, postSP int, why *abortError) *abortError {
	fv, isK := r.objs[args[0]]
	if !r.tracked(args[0]) || isK && isFrameReader(fv) {
		return why
	}
	aux := 0
	if !isK {
		aux = callMayReadFrame
	}
	if h == hCall && isK && r.numericCall(fv, args[1:]) {
		if f := floatFunc(fv); f != nil && len(args) == 2 && r.typeOf(args[1]) != ir.Bool {
			if err := r.helperCall(hCallNumeric, aux, args, ir.Float, nil, false, postSP); err != nil {
				return err
			}
			r.sites[len(r.sites)-1].float = f
			return nil
		}
		h = hCallNumeric
	}
	return r.helperCall(h, aux, args, ir.Void, nil, false, postSP)
}

// floatFunc returns the function of a float that fv, a function of the
// math module, computes (math.sin: libm.Sin), or nil.
func floatFunc(fv object.Value) func(float64) (float64, libm.Err) {
	if fv.Type() != object.BuiltinFunctionType {
		return nil
	}
	f := (*object.BuiltinFunction)(fv.Pointer())
	if f.Module != "math" || !f.Self.IsNull() {
		return nil
	}
	return stdlib.FloatFunc(f.Def.Name)
}

// numericCall reports whether calling constant fv with args runs no
// Python code: every argument is an int, float or bool (no __float__ or
// __index__ of a class to call), and fv is a function of the math module
// or range (of ints: its floats raise TypeError).
func (r *recorder) numericCall(fv object.Value, args []ir.Ref) bool {
	isRange := fv.Pointer() == unsafe.Pointer(object.RangeType)
	if !isRange {
		if fv.Type() != object.BuiltinFunctionType {
			return false
		}
		if f := (*object.BuiltinFunction)(fv.Pointer()); f.Module != "math" || !f.Self.IsNull() {
			return false
		}
	}
	for _, a := range args {
		if t := r.typeOf(a); t != ir.Int && t != ir.Float && t != ir.Bool {
			return false
		}
	}
	return true
}

// formatField records FORMAT_VALUE(flags) of the value (under its spec,
// when flags say there is one) at the top of stack: nothing for a str
// with neither conversion nor spec, else a helper.
func (r *recorder) formatField(flags, sp int) *abortError {
	n := 1
	if flags&compile.FormatWithSpec != 0 {
		n = 2
	}
	if v := r.vals[sp-n]; flags == 0 && r.typeOf(v) == ir.Ptr && r.cls[v] == object.StrType {
		return nil
	}
	return r.helperCall(hFormat, flags, r.vals[sp-n:sp], ir.Ptr, object.StrType, false, sp-n+1)
}

// setAttr records STORE_ATTR name (x.name = v) by a helper.
func (r *recorder) setAttr(x, v ir.Ref, name *object.Str, sp int) *abortError {
	k, err := r.constObject(name.AsValue())
	if err != nil {
		return err
	}
	return r.helperCall(hSetAttr, 0, []ir.Ref{x, k, v}, ir.Void, nil, true, sp-2)
}

// forIterNext records FOR_ITER over any other iterator (zip, dict views,
// sets, generators...): a helper advances the iterator object itself,
// which stays in its frame slot (read at entry when the loop's).
func (r *recorder) forIterNext(sp int, slots []object.Value) *abortError {
	it, err := r.below(sp-1, slots)
	if err != nil {
		return err
	}
	if err := r.helperCall(hNext, 0, []ir.Ref{it}, ir.Void, nil, false, sp+1); err != nil {
		return err
	}
	r.sites[len(r.sites)-1].exitPC = int32(r.code.Instructions()[r.pc].Arg())
	return nil
}

// snapSlots writes the frame slots of snapshot snap of xt, from the
// values its exit or call wrote into ctx's spill slots (clearing the
// pointer words it reads): the loop frame's into slots, and returns the
// inlined frames' slots. With localsOnly set it writes only the slots
// Python code can see (locals and cells, not the value stack): what a
// Sync helper call needs for the Python code it may run.
func snapSlots(xt *trace, snap int, ctx *native.Context, slots []object.Value, localsOnly bool) [][]object.Value {
	s := &xt.ir.Snaps[snap]
	var inl [][]object.Value
	if len(s.Frames) > 0 {
		inl = make([][]object.Value, len(s.Frames))
		for k, fr := range s.Frames {
			inl[k] = make([]object.Value, xt.funcs[fr.Func].frameSize)
		}
	}
	ws := xt.slotWrites(snap)
	if localsOnly {
		ws = ws[:ws[0].slot]
	}
	objs := xt.materialize(snap, ctx)
	for _, w := range ws[1:] {
		if w.header && ctx.Scratch[native.IterCount] == 0 {
			continue // the slot's own value (trace.holdsHeader)
		}
		dst := slots
		if w.frame > 0 {
			dst = inl[w.frame-1]
		}
		switch {
		case w.known:
			dst[w.slot] = w.konst
			continue
		case w.virtual > 0:
			dst[w.slot] = objs[w.virtual-1]
			continue
		}
		dst[w.slot] = spillValue(&ctx.Spill[w.spill], w.typ)
	}
	return inl
}

// floatArg returns the value of a math function's argument of type t, an
// int or a float, in spill slot sp.
func floatArg(sp *native.Slot, t ir.Type) float64 {
	if t == ir.Int {
		return float64(int64(sp.N))
	}
	return math.Float64frombits(sp.N)
}

// callFloat returns f(x). It is not inlined, so that the profile-guided
// build does not put a libm function (devirtualized) into drive, whose
// loop then runs slower.
//
//go:noinline
func callFloat(f func(float64) (float64, libm.Err), x float64) (float64, libm.Err) { return f(x) }

// spillValue takes the value of type t out of spill slot sp: an object
// from its pointer word, which it clears (the context keeps nothing
// alive), or another type's payload, boxed.
func spillValue(sp *native.Slot, t ir.Type) object.Value {
	if t == ir.Ptr {
		v := object.FromPointer(sp.P)
		sp.P = nil
		return v
	}
	return box(t, sp.N)
}

// slotWrite is a frame slot a snapshot writes: slot of frame (0: the
// loop's, k: the snapshot's k-th inlined frame) gets the value of type
// typ in spill slot spill, or with known set, the constant konst, or
// with virtual set, the virtual object virtual-1 of the snapshot's
// Virtuals, made by Go (trace.materialize): both values the exit does
// not store (ir.Trace.ExitStores). header is set when that is the slot's
// value at the loop's header (trace.holdsHeader).
type slotWrite struct {
	spill   uint16
	frame   uint8
	typ     ir.Type
	header  bool
	known   bool
	virtual int32
	slot    int32
	konst   object.Value
}

// slotWrites returns the frame slots snapshot snap writes, made on first
// use (a Sync helper call writes them before every call, and reading
// them off the snapshot each time cost as much as the rest of the
// call): after a header whose slot is the end of the locals' writes,
// the writes of locals, then of value stack slots.
func (xt *trace) slotWrites(snap int) []slotWrite {
	if xt.writes == nil {
		xt.writes = make([][]slotWrite, len(xt.ir.Snaps))
	}
	if ws := xt.writes[snap]; ws != nil {
		return ws
	}
	s := &xt.ir.Snaps[snap]
	ws := make([]slotWrite, 1, len(s.Entries)+1)
	for _, stack := range []bool{false, true} {
		for k, se := range s.Entries {
			nlocals := xt.stackBase
			if se.Frame > 0 {
				nlocals = xt.funcs[s.Frames[se.Frame-1].Func].nlocals
			}
			if se.Kind == ir.SnapSlot && (int(se.Slot) >= nlocals) == stack {
				w := slotWrite{spill: uint16(k), frame: se.Frame, typ: xt.ir.Insts[se.Ref].Type,
					header: xt.holdsHeader(se), slot: se.Slot}
				switch {
				case xt.ir.Insts[se.Ref].Op == ir.OpVirtual:
					w.virtual = int32(virtualIndex(s, se.Ref)) + 1
				case !xt.ir.ExitStores(se):
					w.known, w.konst = true, xt.constValue(xt.ir.Insts[se.Ref])
				}
				ws = append(ws, w)
			}
		}
		if !stack {
			ws[0].slot = int32(len(ws))
		}
	}
	xt.writes[snap] = ws
	return ws
}

// iterWrite is an iterator's state a snapshot writes: from the spill
// slot of its entry, into the iterator in frame slot slot.
type iterWrite struct {
	spill uint16
	kind  ir.SnapKind
	slot  int32
}

// iterWrites returns the iterator states snapshot snap writes, made on
// first use (Go reads them after every exit).
func (xt *trace) iterWrites(snap int) []iterWrite {
	if xt.itersOut == nil {
		xt.itersOut = make([][]iterWrite, len(xt.ir.Snaps))
	}
	if ws := xt.itersOut[snap]; ws != nil {
		return ws
	}
	ws := []iterWrite{}
	for k, se := range xt.ir.Snaps[snap].Entries {
		if se.Kind != ir.SnapSlot && se.Kind != ir.SnapField {
			ws = append(ws, iterWrite{spill: uint16(k), kind: se.Kind, slot: se.Slot})
		}
	}
	xt.itersOut[snap] = ws
	return ws
}

// constValue returns the value of constant k, a frame slot's value in a
// snapshot of xt: a KPtr's object is one xt keeps (snapConsts).
func (xt *trace) constValue(k ir.Inst) object.Value {
	if k.Op != ir.OpKPtr {
		return box(k.Type, uint64(k.Aux))
	}
	if k.Aux == 0 {
		return object.FromPointer(nil)
	}
	v, ok := xt.consts[k.Aux]
	if !ok {
		panic(fmt.Sprintf("BUG: jit: trace %d writes a constant %#x it does not keep", xt.id, k.Aux))
	}
	return object.FromPointer(v.Pointer())
}

// snapConsts returns the objects of the KPtr constants that snapshots of
// t, recorded by r, write to frame slots (trace.consts), by address:
// constObject made them all.
func (r *recorder) snapConsts(t *ir.Trace) map[int64]object.Value {
	var byAddr, consts map[int64]object.Value
	for _, s := range t.Snaps {
		for _, e := range s.Entries {
			k := t.Insts[e.Ref]
			if t.ExitStores(e) || k.Op != ir.OpKPtr || k.Aux == 0 {
				continue
			}
			if byAddr == nil {
				byAddr = make(map[int64]object.Value, len(r.objs))
				for _, v := range r.objs {
					byAddr[int64(uintptr(v.Pointer()))] = v
				}
				consts = map[int64]object.Value{}
			}
			v, ok := byAddr[k.Aux]
			if !ok {
				panic(fmt.Sprintf("BUG: jit: a snapshot writes a constant %#x the recording did not make", k.Aux))
			}
			consts[k.Aux] = v
		}
	}
	return consts
}

// Offsets of a range iterator's state.
var (
	rangeNextOff = int64(unsafe.Offsetof(object.RangeIter{}.Next))
	rangeLeftOff = int64(unsafe.Offsetof(object.RangeIter{}.Remaining))
	rangeStepOff = int64(unsafe.Offsetof(object.RangeIter{}.Step))
)

// storeIters writes the state of the iterators the trace advances back
// into the iterator objects before a helper call, which may use them
// (next(it) in the loop's body), and returns the objects (for a range
// iterator, the object, for an enumerate, the list or tuple iterator it
// advances) by r.iterList's order.
func (r *recorder) storeIters() ([]ir.Ref, *abortError) {
	var its []ir.Ref
	for _, slot := range r.iterList {
		iv := r.iters[slot]
		it := iv.iter
		switch {
		case iv.enum:
			r.b.EmitAux(ir.OpStoreField, iv.iter, iv.left, enumIndexOff)
			it = r.b.LoadField(iv.iter, enumItOff, ir.Ptr)
			r.b.EmitAux(ir.OpStoreField, it, iv.next, seqIterIndexOff)
		case iv.seq:
			r.b.EmitAux(ir.OpStoreField, it, iv.next, seqIterIndexOff)
		default:
			var err *abortError
			if it, err = r.loopBelow(int(slot)); err != nil {
				return nil, err
			}
			if it == ir.None || r.cls[it] != object.RangeIterType {
				return nil, abort("NYI: helper call in a loop over "+typeName(r.frames[0].frame.Slots()[slot]), "")
			}
			r.b.EmitAux(ir.OpStoreField, it, iv.next, rangeNextOff)
			r.b.EmitAux(ir.OpStoreField, it, iv.left, rangeLeftOff)
		}
		its = append(its, it)
	}
	return its, nil
}

// loopBelow is below for a slot of the loop's frame, also while the
// recorder is in an inlined call.
func (r *recorder) loopBelow(k int) (ir.Ref, *abortError) {
	r.snapshot() // of all the frames, for a guard of the load
	frames, vals := r.frames, r.vals
	r.frames, r.vals = frames[:1], frames[0].vals
	v, err := r.below(k, frames[0].frame.Slots())
	r.frames, r.vals = frames, vals
	return v, err
}

// loadIters reads the iterators' state again after a helper call.
func (r *recorder) loadIters(its []ir.Ref) {
	for k, slot := range r.iterList {
		iv := r.iters[slot]
		switch {
		case iv.enum:
			iv.left = r.b.LoadField(iv.iter, enumIndexOff, ir.Int)
			iv.next = r.b.LoadField(its[k], seqIterIndexOff, ir.Int)
		case iv.seq:
			iv.next = r.b.LoadField(its[k], seqIterIndexOff, ir.Int)
		default:
			iv.next = r.b.LoadField(its[k], rangeNextOff, ir.Int)
			iv.left = r.b.LoadField(its[k], rangeLeftOff, ir.Int)
			// The trace's count must stay an int64 count.
			r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, iv.left, r.b.KInt(0)), ir.None)
		}
	}
}

// learnResult gives the pending helper call the kind and class of the
// result the interpreter left in slot k.
func (r *recorder) learnResult(v object.Value) *abortError {
	ref := r.pendingCall
	r.pendingCall = ir.None
	site := &r.sites[len(r.sites)-1]
	t := immediateType(v)
	switch {
	case t != ir.Void:
	case v.IsNull() || immediateClass(v.Type()):
		return abort("NYI: helper result "+typeName(v), "")
	default:
		t = ir.Ptr
		site.class = v.Type()
		r.cls[ref] = v.Type()
		r.keepType(v.Type())
	}
	site.typ = t
	r.b.SetType(ref, t)
	return nil
}

// recheckClass guards again the class of instance x (of a class whose
// instances may change class) when a helper call came after the guard
// its class is known from.
func (r *recorder) recheckClass(x ir.Ref) {
	if t := r.cls[x]; t != nil && t.Flags&object.FlagHeapType != 0 && r.clsAt[x] != r.ncalls {
		r.guardClass(x, t)
	}
}

// frameReaders are the builtins that read their caller's frame, which a
// trace does not keep up to date (its locals are written back at exits
// only, and inlined calls have no frame): recordings abort on calls of
// them, and a helper call of one found at run time is declined.
var frameReaders = map[moduleFunc]bool{{"builtins", "locals"}: true, {"builtins", "vars"}: true,
	{"builtins", "eval"}: true, {"builtins", "exec"}: true, {"builtins", "dir"}: true, {"builtins", "globals"}: true,
	{"builtins", "__import__"}: true, {"builtins", "breakpoint"}: true, {"sys", "_getframe"}: true}

// moduleFunc is a module function's module and name.
type moduleFunc struct{ module, name string }

// callMayReadFrame is the aux of an hCall whose callable is not a
// constant: each call checks that it is not a frame reader (the
// recorder checked a constant one).
const callMayReadFrame = 1

// isFrameReader reports whether calling v may read its caller's frame:
// a builtin of frameReaders, or super (whose zero-argument form does).
func isFrameReader(v object.Value) bool {
	switch v.Type() {
	case object.BuiltinFunctionType:
		f := (*object.BuiltinFunction)(v.Pointer())
		return f.Self.IsNull() && frameReaders[moduleFunc{f.Module, f.Def.Name}]
	case object.TypeType:
		return v == object.SuperType.AsValue()
	}
	return false
}

// errDeclined is what a helper returns when it did not run: the trace
// exits before the instruction, which the interpreter runs.
var errDeclined = errors.New("jit: helper declined")

// directMethod returns the helper that does a call of method fn with
// self and one argument itself, without the generic call: list.append
// and set.add.
func (r *recorder) directMethod(fn, self ir.Ref, nargs int) (helper, bool) {
	fv, ok := r.objs[fn]
	if !ok || nargs != 1 || fv.Type() != object.MethodDescriptorType || r.typeOf(self) != ir.Ptr {
		return 0, false
	}
	switch t := r.cls[self]; {
	case t == object.ListType && fv == object.ListType.Lookup(object.Intern("append")):
		return hListAppend, true
	case t == object.SetType && fv == object.SetType.Lookup(object.Intern("add")):
		return hSetAdd, true
	}
	return 0, false
}

// callArgs returns the helper arguments of CALL: the callable, self
// unless null, and the arguments.
func (r *recorder) callArgs(fn, self ir.Ref, args []ir.Ref) []ir.Ref {
	out := []ir.Ref{fn}
	if k, isK := r.b.Const(self); !isK || r.typeOf(self) != ir.Ptr || k != 0 {
		out = append(out, self)
	}
	return append(out, args...)
}

// helperSync runs the helper calls of a run, and is their interp.Syncer:
// for a call that may run Python code (a Sync site), the loop's frame
// gets its locals and the inlined calls get frames only when Python code
// starts, which most such calls never do (dict.get of a str, next of a
// zip of lists).
type helperSync struct {
	th  *interp.Thread
	ctx *native.Context
	// xt, snap and slots are the call running's trace, snapshot and
	// loop frame slots (stale between calls, read only by Sync).
	xt    *trace
	snap  int
	slots []object.Value
	// pushed counts the frames Sync pushed for the call running.
	pushed int
}

// run runs helper call ci of xt, with its arguments from the context
// (via buf), and returns its result.
func (hs *helperSync) run(xt *trace, ci int, buf, slots []object.Value) (object.Value, error) {
	s := &xt.sites[ci]
	ctx := hs.ctx
	args := buf[:len(s.args)]
	for j, t := range s.args {
		args[j] = spillValue(&ctx.Spill[s.argBase+j], t)
	}
	// (buf is cleared when the run ends.)
	th := &hs.th.Thread
	if !s.sync {
		return s.h.do(th, s.aux, args)
	}
	hs.xt, hs.snap, hs.slots = xt, int(s.snap), slots
	hs.th.SetSyncer(hs)
	v, err := s.h.do(th, s.aux, args)
	hs.th.SetSyncer(nil)
	for ; hs.pushed > 0; hs.pushed-- {
		hs.th.PopInlined()
	}
	return v, err
}

// Sync writes the locals of the loop's frame and pushes frames for the
// calls the trace inlined, from the call's snapshot.
func (hs *helperSync) Sync() error {
	snap := &hs.xt.ir.Snaps[hs.snap]
	inl := snapSlots(hs.xt, hs.snap, hs.ctx, hs.slots, true)
	for k, fr := range snap.Frames {
		pc := int(fr.PC) - 1 // the CALL of the next inlined call
		if k == len(snap.Frames)-1 {
			pc = int(fr.PC)
		}
		if err := hs.th.PushInlined(hs.xt.funcs[fr.Func].fn, inl[k], pc); err != nil {
			return err
		}
		hs.pushed++
	}
	return nil
}

package interp

import (
	"fmt"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// compareOps maps COMPARE_OP's argument (syntax.CmpOp Eq..GtE) to object's
// comparison operators. (order must match python.asdl's cmpop)
var compareOps = [...]object.CompareOp{
	1: object.CmpEQ, 2: object.CmpNE, 3: object.CmpLT, 4: object.CmpLE, 5: object.CmpGT, 6: object.CmpGE,
}

// callFunction calls the Python function fn with vectorcall arguments.
//
// The common call, positional arguments (maybe defaulted) to a function
// that takes nothing else (Code.callArgs) from a Python frame, whose
// slots fit in the value stack segment, is newFrame, run and
// releaseFrame written out: this path is most of the cost of a Python
// call. Its frame is the caller's callee frame (Frame.callee), which
// stays there for the caller's next call and keeps what comes from the
// function while the caller calls the same one (recursion, a call in a
// loop).
func (th *Thread) callFunction(fn *Function, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c := fn.code
	top, n, caller := th.top, c.frameSize, th.frame
	// missing counts the parameters left to their defaults.
	missing := c.callArgs - len(args)
	if missing != 0 && (missing < 0 || missing > fn.numDefaults()) || kwnames != nil ||
		th.syncer != nil || caller == nil || top+n >= len(th.stack) || th.Depth() >= object.RecursionLimit {
		return th.callFunctionGeneral(fn, args, kwnames)
	}
	_ = th.Enter("") // below the limit: cannot fail
	f := caller.callee
	if f == nil || f.escaped {
		f = th.newCallee(caller)
	}
	if f.fn != fn {
		f.code, f.fn, f.globals, f.builtins = c, fn, fn.globals, fn.builtins
	}
	// The slots are th.stack[top:top+n], sliced without the checks and
	// the masking Go's slicing adds: top+n < len(th.stack) (so that
	// even with n 0 the pointer is inside the stack).
	slots := (*[maxFrameSlots]object.Value)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(th.stack)), uintptr(top)*unsafe.Sizeof(object.Value{})))[:n:n]
	th.top = top + n
	copyValues(slots, args)
	if missing > 0 {
		d := fn.defaults.Items
		copyValues(slots[len(args):], d[len(d)-missing:])
	}
	f.slots, f.stackMark = slots, top
	f.lasti, f.sp = 0, 0
	if c.hasCells {
		th.initCells(f)
	}
	th.frame = f
	f.pc = th.startPC(c)
	v, err := th.eval(f, object.Value{})
	th.frame = caller
	th.Leave()
	if f.escaped || f.traced {
		th.freeFrameSlots(f, f.usedSlots())
		f.traced = false
		return v, err
	}
	// freeFrameSlots written out for the common frame.
	clearValues(slots[:max(f.sp, c.nlocals)])
	th.top = top
	return v, err
}

// runPlain runs fn, whose code takes exactly len(front)+len(args)
// positional arguments and nothing else (Code.callArgs), with front
// then args.
func (th *Thread) runPlain(fn *Function, front, args []object.Value) (object.Value, error) {
	f := th.newFrame(fn.code, fn.globals, fn.builtins, object.Value{})
	f.fn = fn
	copyValues(f.slots, front)
	copyValues(f.slots[len(front):], args)
	th.initCells(f)
	v, err := th.run(f)
	th.releaseFrame(f)
	return v, err
}

// callFunctionGeneral is callFunction for generator functions, keyword
// arguments, defaults, *args, **kwargs and cells.
func (th *Thread) callFunctionGeneral(fn *Function, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c := fn.code
	if c.genType != nil {
		return th.makeGenerator(fn, args, kwnames)
	}
	f := th.newFrame(c, fn.globals, fn.builtins, object.Value{})
	f.fn = fn
	if err := th.bindArgs(fn, f.slots, args, kwnames); err != nil {
		th.releaseFrame(f)
		return object.Value{}, err
	}
	th.initCells(f)
	v, err := th.run(f)
	th.releaseFrame(f)
	return v, err
}

// callSelfSlot calls a bound method object or a class with the arguments
// args[1:]; args[0] is a free slot (the Null that CALL's stack layout
// leaves below the arguments). When the call runs a Python function with
// self first (the method's function, or the class's __init__ as
// Type.PlainInit allows), self goes there, so that the arguments are not
// copied to prepend it.
func (th *Thread) callSelfSlot(callable object.Value, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	switch callable.Type() {
	case object.MethodType:
		if m := (*object.Method)(callable.Pointer()); m.Func.Type() == FunctionType {
			args[0] = m.Self
			return th.callFunction((*Function)(m.Func.Pointer()), args, kwnames)
		}
	case object.TypeType:
		cls := (*object.Type)(callable.Pointer())
		if cls == object.TypeType && len(args) == 2 && kwnames == nil {
			return args[1].Type().AsValue(), nil // type(x)
		}
		if init := cls.PlainInit(); !init.IsNull() && init.Type() == FunctionType {
			self := object.FromPointer(cls.AllocInstance())
			args[0] = self
			r, err := th.callFunction((*Function)(init.Pointer()), args, kwnames)
			if err == nil && !r.IsNone() {
				err = object.InitReturnedError(r)
			}
			if err != nil {
				return object.Value{}, err
			}
			return self, nil
		}
	}
	return object.Call(&th.Thread, callable, args[1:], kwnames)
}

// initCells creates the frame's cells and copies in the closure.
func (th *Thread) initCells(f *Frame) {
	c := f.code
	if len(c.cellNames) == 0 {
		return
	}
	base := len(c.VarNames)
	for i := range c.CellVars {
		cell := &Cell{Header: object.NewHeader(CellType)}
		if c.Cell2Arg != nil && c.Cell2Arg[i] >= 0 {
			cell.Value = f.slots[c.Cell2Arg[i]]
		}
		f.slots[base+i] = object.FromPointer(unsafe.Pointer(cell))
	}
	if f.fn != nil && f.fn.closure != nil {
		copyValues(f.slots[base+len(c.CellVars):], f.fn.closure.Items)
	}
}

// run executes frame f on th (pushing it as the innermost frame) until it
// returns, yields or raises.
func (th *Thread) run(f *Frame) (object.Value, error) {
	if err := th.Enter(""); err != nil {
		return object.Value{}, err
	}
	if th.syncer != nil {
		if err := th.sync(); err != nil {
			th.Leave()
			return object.Value{}, err
		}
	}
	f.back = th.frame
	th.frame = f
	if f.pc == 0 {
		f.pc = th.startPC(f.code)
	}
	v, err := th.eval(f, object.Value{})
	th.frame = f.back
	th.Leave()
	return v, err
}

// startPC counts a call of c, whose frame starts, and returns the index of
// the instruction it starts at. The RESUME that starts the code serves the
// eval breaker and a hot entry counter (EntryLoop): with nothing to serve,
// and no recording to see it, the frame starts after it.
func (th *Thread) startPC(c *Code) int {
	// The count is loaded once: reloading the word just stored waits for
	// the store on every call.
	n := *c.entryCount + 1
	*c.entryCount = n
	if n < th.jitHot && !th.recording && th.breaker.Load() == 0 {
		return c.afterResume
	}
	return 0
}

// eval runs the bytecode of f from f.pc. If throw is not Null, it is raised
// at f.lasti first (generator.throw). A YIELD_VALUE returns with f.gen's
// suspended flag set.
//
// The dispatch loop keeps pc and sp in locals and checks for nothing
// between instructions: an instruction that
// raises stores the exception in err and leaves the loop with
// `break dispatch`; the outer loop then finds the handler (or returns) and
// re-enters dispatch.
//
// This file writes the Null value as object.Value{}, not object.Null: the
// literal is a zeroed register, the variable a load from memory.
//
// Size matters here: past about 5000 syntax nodes the Go compiler treats
// a function as big and inlines only the cheapest calls into it, which
// costs eval several percent everywhere (clearValues, NextFast, addInts,
// the attribute caches' hits stop being inlined; measured: 8% more
// instructions on every benchmark). eval sits just below it: two more small
// superinstruction cases crossed it until DELETE_SUBSCR, STORE_SLICE,
// BUILD_SLICE, MAKE_FUNCTION, LOAD_CLOSURE, STORE_GLOBAL and LIST_TO_TUPLE
// moved out. Code for rare cases goes to evalRare or to
// out-of-line helpers. Check with
// `go build -gcflags=-m ./interp 2>&1 | grep 'eval.go.*inlining call to .*StoreHit'`
// (no output: eval has become big).
func (th *Thread) eval(f *Frame, throw object.Value) (result object.Value, err error) {
	c := f.code
	// consts and slots are pointers, not slices: one register instead of
	// three for the dispatch loop to keep and reload around calls, and no
	// bounds checks. The compiler's constant indexes are indexes of
	// c.consts, and its stack depths keep every index of slots below
	// len(f.slots) (Code.frameSize).
	consts := (*[maxArg]object.Value)(unsafe.Pointer(unsafe.SliceData(c.consts)))
	slots := (*[maxFrameSlots]object.Value)(unsafe.Pointer(unsafe.SliceData(f.slots)))
	sp := f.sp
	if sp == 0 {
		sp = f.stackBase()
	}
	pc := f.pc
	t := &th.Thread
	if !throw.IsNull() {
		// Raised at the point of suspension, with no context chaining:
		// the handler is the one covering f.lasti, the instruction before
		// pc. Nothing about the throw stays live in the dispatch loop: a
		// value live there across calls is one more register that the
		// loop spills and reloads (see reraisedExc).
		err = th.raiseValue(throw, object.Value{})
		pc = f.lasti + 1
	}

outer:
	for {
		// err is nil here when the dispatch loop was left to pick the code
		// again.
		if err != nil {
			exc, ok := err.(*object.Exc)
			if ok {
				addTraceback(exc, f, f.lasti)
			} else if r, re := err.(*reraisedExc); re {
				exc, ok = (*object.Exc)(r), true
				err = exc
			}
			if ok {
				// The handler is the one covering the raising instruction
				// (for RERAISE, itself, not the restored lasti it reports).
				if h, ok := findHandler(c, pc-1); ok {
					for sp > h.Depth+f.stackBase() {
						sp--
						slots[sp] = object.Value{}
					}
					if h.Lasti {
						slots[sp] = object.Int(int64(f.lasti))
						sp++
					}
					slots[sp] = exc.AsValue()
					sp++
					pc = h.Target
					err = nil
				}
			}
			if err != nil {
				// No handler here: unwind the frame.
				for sp > f.stackBase() {
					sp--
					slots[sp] = object.Value{}
				}
				f.sp, f.pc = sp, pc
				if f.gen != nil {
					f.gen.finish()
				}
				return object.Value{}, err
			}
		}

		// While th records (jit.go), the loop runs Code.recordCode, whose
		// every instruction calls the recorder and then runs the compiled
		// instruction (which the recorder reads) instead of the quickened
		// one. Where th.recording can change, the dispatch loop is left
		// for this outer loop to pick the code again: code stays the same
		// within the dispatch loop, which keeps it in registers there.
		code := unsafe.Pointer(unsafe.SliceData(c.codeFor(th.recording)))
		// err is nil here. Saying so keeps it out of the registers the
		// dispatch loop carries: else every instruction's jump back to
		// the loop reloads it.
		err = nil
	dispatch:
		for {
			ins := at(code, pc)
			pc++
		run:
			switch ins.Op() {
			case opRecord:
				th.jit.Record(th, f, pc-1, sp)
				if !th.recording {
					// Run the instruction from the quickened code.
					pc--
					continue outer
				}
				ins = c.plainInstr(pc - 1)
				goto run

			case compile.NOP:

			case compile.RESUME:
				if th.breaker.Load() != 0 {
					f.lasti, f.sp = pc-1, sp
					if e := th.HandleBreaker(); e != nil {
						err = e
						break dispatch
					}
				}
				if k := len(c.loopCounts) - 1; c.loopCounts[k] >= th.jitHot && f.gen == nil {
					// A hot function entry (a generator's first resumption
					// is not one).
					var e error
					if pc, sp, e = th.hotLoop(f, k, pc, sp); e != nil {
						err = e
						break dispatch
					}
					continue outer
				}

			case compile.LOOP_HEADER, opJumpBackwardHeader:
				if ins.Op() == opJumpBackwardHeader {
					pc = ins.Arg() + 1
					ins = at(code, pc-1)
				}
				k := ins.Arg()
				c.loopCounts[k]++
				if th.breaker.Load() != 0 {
					f.lasti, f.sp = pc-1, sp
					if e := th.HandleBreaker(); e != nil {
						err = e
						break dispatch
					}
				}
				if c.loopCounts[k] >= th.jitHot {
					var e error
					if pc, sp, e = th.hotLoop(f, k, pc, sp); e != nil {
						err = e
						break dispatch
					}
					if pc < 0 {
						// The trace yielded (Thread.SuspendInTrace).
						return th.takeYielded(), nil
					}
					continue outer
				}

			case compile.POP_TOP:
				sp--
				slots[sp] = object.Value{}

			case compile.COPY:
				slots[sp] = slots[sp-ins.Arg()]
				sp++

			case compile.SWAP:
				n := ins.Arg()
				slots[sp-1], slots[sp-n] = slots[sp-n], slots[sp-1]

			case compile.PUSH_NULL:
				slots[sp] = object.Value{}
				sp++

			case compile.LOAD_CONST:
				slots[sp] = consts[ins.Arg()]
				sp++

			case compile.LOAD_FAST:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				sp++

			case opLoadFastPushNull:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				slots[sp+1] = object.Value{}
				sp += 2
				pc++

			case opLoadFastLoadFast:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				sp++
				pc++
				a := at(code, pc-1).Arg()
				if v = slots[a]; v.IsNull() {
					err = unboundLocal(c, a)
					break dispatch
				}
				slots[sp] = v
				sp++

			case opLoadFastBinarySubscr:
				key := slots[ins.Arg()]
				if key.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				pc++
				if v, ok := subscrFast(slots[sp-1], key); ok {
					slots[sp-1] = v
					break
				}
				slots[sp] = key
				sp++
				ins = at(code, pc-1)
				goto run

			case opLoadFastJumpIfNone, opLoadFastJumpIfNotNone:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				if v.IsNone() == (ins.Op() == opLoadFastJumpIfNone) {
					pc = at(code, pc).Arg()
				} else {
					pc++
				}

			case opLoadFastStoreAttr:
				obj := slots[ins.Arg()]
				if obj.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				pc++
				site := &c.attrSites[at(code, pc-1).Arg()]
				if !site.StoreHit(obj, slots[sp-1]) {
					f.lasti = pc - 1
					if e := site.Store(t, obj, c.nameAt(pc-1), slots[sp-1]); e != nil {
						sp--
						slots[sp] = object.Value{}
						err = e
						break dispatch
					}
				}
				sp--
				slots[sp] = object.Value{}

			case opLoadFastLoadGlobal:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				sp++
				pc++
				ins = at(code, pc-1)
				goto run

			case opLoadFastLoadConst:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				slots[sp+1] = consts[at(code, pc).Arg()]
				sp += 2
				pc++

			case opLoadFastLoadAttr:
				v := slots[ins.Arg()]
				if v.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				pc++
				site := &c.attrSites[at(code, pc-1).Arg()]
				attr := site.LoadHit(v)
				if attr.IsNull() {
					f.lasti = pc - 1
					var e error
					if attr, e = site.Load(t, v, c.nameAt(pc-1)); e != nil {
						err = e
						break dispatch
					}
				}
				slots[sp] = attr
				sp++

			case opLoadFastLoadMethod:
				obj := slots[ins.Arg()]
				if obj.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				pc++
				site := &c.attrSites[at(code, pc-1).Arg()]
				meth := site.LoadMethodHit(obj)
				bound := true
				if meth.IsNull() {
					f.lasti = pc - 1
					var e error
					if meth, bound, e = site.LoadMethod(t, obj, c.nameAt(pc-1), isMethodType); e != nil {
						err = e
						break dispatch
					}
				}
				slots[sp] = meth
				if bound {
					slots[sp+1] = obj
				} else {
					slots[sp+1] = object.Value{}
				}
				sp += 2

			case opStoreFastLoadFast:
				slots[ins.Arg()] = slots[sp-1]
				pc++
				a := at(code, pc-1).Arg()
				v := slots[a]
				if v.IsNull() {
					sp--
					slots[sp] = object.Value{}
					err = unboundLocal(c, a)
					break dispatch
				}
				slots[sp-1] = v

			case opStoreFastStoreFast:
				sp -= 2
				slots[ins.Arg()] = slots[sp+1]
				slots[at(code, pc).Arg()] = slots[sp]
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}
				pc++

			case compile.STORE_FAST:
				sp--
				slots[ins.Arg()] = slots[sp]
				slots[sp] = object.Value{}

			case compile.LOAD_DEREF:
				v := f.cell(ins.Arg()).Value
				if v.IsNull() {
					err = unboundDeref(c, ins.Arg())
					break dispatch
				}
				slots[sp] = v
				sp++

			case compile.STORE_DEREF:
				sp--
				f.cell(ins.Arg()).Value = slots[sp]
				slots[sp] = object.Value{}

			case compile.LOAD_NAME:
				name := c.names[ins.Arg()]
				v, found, e := mappingGet(t, f.locals, name)
				if e != nil {
					err = e
					break dispatch
				}
				if !found {
					if v, found = f.globals.GetStr(name); !found {
						if v, found = f.builtins.GetStr(name); !found {
							err = nameError(name)
							break dispatch
						}
					}
				}
				slots[sp] = v
				sp++

			case compile.STORE_NAME:
				sp--
				v := slots[sp]
				slots[sp] = object.Value{}
				if f.locals.IsNull() {
					err = object.Errorf(object.SystemError, "no locals found when storing '%s'", c.names[ins.Arg()])
					break dispatch
				}
				if e := mappingSet(t, f.locals, c.names[ins.Arg()], v); e != nil {
					err = e
					break dispatch
				}

			case compile.LOAD_GLOBAL, opLoadGlobalPushNull, opLoadGlobalLoadFast:
				site := &c.globalSites[ins.Arg()]
				v, found := site.Hit(f.globals, f.builtins)
				if !found {
					if v, found = site.Load(f.globals, f.builtins, c.nameAt(pc-1)); !found {
						err = nameError(c.nameAt(pc - 1))
						break dispatch
					}
				}
				slots[sp] = v
				sp++
				switch ins.Op() {
				case opLoadGlobalPushNull:
					slots[sp] = object.Value{}
					sp++
					pc++
				case opLoadGlobalLoadFast:
					pc++
					a := at(code, pc-1).Arg()
					if v = slots[a]; v.IsNull() {
						err = unboundLocal(c, a)
						break dispatch
					}
					slots[sp] = v
					sp++
				}

			case compile.LOAD_ATTR:
				site := &c.attrSites[ins.Arg()]
				v := site.LoadHit(slots[sp-1])
				if v.IsNull() {
					f.lasti = pc - 1
					var e error
					if v, e = site.Load(t, slots[sp-1], c.nameAt(pc-1)); e != nil {
						err = e
						break dispatch
					}
				}
				slots[sp-1] = v

			case compile.STORE_ATTR:
				site := &c.attrSites[ins.Arg()]
				if site.StoreHit(slots[sp-1], slots[sp-2]) {
					sp -= 2
					slots[sp], slots[sp+1] = object.Value{}, object.Value{}
					break
				}
				f.lasti = pc - 1
				e := site.Store(t, slots[sp-1], c.nameAt(pc-1), slots[sp-2])
				sp -= 2
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}
				if e != nil {
					err = e
					break dispatch
				}

			case compile.LOAD_METHOD, opLoadMethodLoadFast:
				obj := slots[sp-1]
				site := &c.attrSites[ins.Arg()]
				meth := site.LoadMethodHit(obj)
				bound := true
				if meth.IsNull() {
					f.lasti = pc - 1
					var e error
					if meth, bound, e = site.LoadMethod(t, obj, c.nameAt(pc-1), isMethodType); e != nil {
						err = e
						break dispatch
					}
				}
				slots[sp-1] = meth
				if bound {
					slots[sp] = obj
				} else {
					slots[sp] = object.Value{}
				}
				sp++
				if ins.Op() == opLoadMethodLoadFast {
					pc++
					a := at(code, pc-1).Arg()
					v := slots[a]
					if v.IsNull() {
						err = unboundLocal(c, a)
						break dispatch
					}
					slots[sp] = v
					sp++
				}

			case compile.BINARY_SUBSCR:
				if v, ok := subscrFast(slots[sp-2], slots[sp-1]); ok {
					sp--
					slots[sp-1] = v
					slots[sp] = object.Value{}
					break
				}
				f.lasti = pc - 1
				sp--
				v, e := object.GetItem(t, slots[sp-1], slots[sp])
				slots[sp] = object.Value{}
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = v

			case compile.STORE_SUBSCR:
				if storeSubscrFast(slots[sp-2], slots[sp-1], slots[sp-3]) {
					sp -= 3
					slots[sp], slots[sp+1], slots[sp+2] = object.Value{}, object.Value{}, object.Value{}
					break
				}
				f.lasti = pc - 1
				e := object.SetItem(t, slots[sp-2], slots[sp-1], slots[sp-3])
				sp -= 3
				clearValues(slots[sp : sp+3])
				if e != nil {
					err = e
					break dispatch
				}

			case compile.BINARY_SLICE:
				f.lasti = pc - 1
				v, e := object.GetSlice(t, slots[sp-3], slots[sp-2], slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				sp -= 2
				slots[sp-1] = v
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}

			case compile.BINARY_OP:
				x, y := slots[sp-2], slots[sp-1]
				op := ins.Arg()
				if x.IsInt() && y.IsInt() {
					if r, ok := intFastPath(op, x.AsInt(), y.AsInt()); ok {
						sp--
						slots[sp-1] = r
						slots[sp] = object.Value{}
						break
					}
				} else if x.IsFloat() && y.IsFloat() {
					if r, ok := floatFastPath(op, x.AsFloat(), y.AsFloat()); ok {
						sp--
						slots[sp-1] = r
						slots[sp] = object.Value{}
						break
					}
				}
				f.lasti = pc - 1
				v, e := binaryOp(t, op, x, y)
				if e != nil {
					err = e
					break dispatch
				}
				sp--
				slots[sp-1] = v
				slots[sp] = object.Value{}

			case opBinaryAdd, opBinarySub:
				x, y := slots[sp-2], slots[sp-1]
				var r object.Value
				ok := false
				if x.IsInt() && y.IsInt() {
					if ins.Op() == opBinaryAdd {
						r, ok = addInts(x.AsInt(), y.AsInt())
					} else {
						r, ok = subInts(x.AsInt(), y.AsInt())
					}
				} else if x.IsFloat() && y.IsFloat() {
					if ins.Op() == opBinaryAdd {
						r, ok = object.Float(x.AsFloat()+y.AsFloat()), true
					} else {
						r, ok = object.Float(x.AsFloat()-y.AsFloat()), true
					}
				}
				if !ok {
					f.lasti = pc - 1
					var e error
					if r, e = binaryOp(t, ins.Arg(), x, y); e != nil {
						err = e
						break dispatch
					}
				}
				sp--
				slots[sp-1] = r
				slots[sp] = object.Value{}

			case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
				f.lasti = pc - 1
				v, e := unaryOp(t, ins.Op(), slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = v

			case compile.UNARY_NOT:
				truth, e := object.Truth(t, slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = object.Bool(!truth)

			case compile.COMPARE_OP:
				x, y := slots[sp-2], slots[sp-1]
				op := compareOps[ins.Arg()]
				var v object.Value
				switch {
				case x.IsInt() && y.IsInt():
					v = object.Bool(object.CompareOrdered(x.AsInt(), y.AsInt(), op))
				case x.IsFloat() && y.IsFloat():
					v = object.Bool(object.CompareOrdered(x.AsFloat(), y.AsFloat(), op))
				default:
					f.lasti = pc - 1
					var e error
					if v, e = object.RichCompare(t, x, y, op); e != nil {
						err = e
						break dispatch
					}
				}
				sp--
				slots[sp-1] = v
				slots[sp] = object.Value{}

			case opCompareOpJumpIfFalse, opCompareOpJumpIfTrue:
				x, y := slots[sp-2], slots[sp-1]
				op := compareOps[ins.Arg()]
				var truth bool
				switch {
				case x.IsInt() && y.IsInt():
					truth = object.CompareOrdered(x.AsInt(), y.AsInt(), op)
				case x.IsFloat() && y.IsFloat():
					truth = object.CompareOrdered(x.AsFloat(), y.AsFloat(), op)
				default:
					f.lasti = pc - 1
					v, e := object.RichCompare(t, x, y, op)
					if e != nil {
						err = e
						break dispatch
					}
					pc++ // the jump's own errors are raised at it
					truth = v == object.True
					if !truth && v != object.False && v != object.None {
						f.lasti = pc - 1
						if truth, e = object.Truth(t, v); e != nil {
							sp -= 2
							slots[sp], slots[sp+1] = object.Value{}, object.Value{}
							err = e
							break dispatch
						}
					}
					pc--
				}
				sp -= 2
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}
				if truth == (ins.Op() == opCompareOpJumpIfTrue) {
					pc = at(code, pc).Arg()
				} else {
					pc++
				}

			case compile.IS_OP:
				sp--
				is := slots[sp-1] == slots[sp]
				slots[sp-1] = object.Bool(is != (ins.Arg() == 1))
				slots[sp] = object.Value{}

			case opIsOpJumpIfFalse, opIsOpJumpIfTrue:
				sp -= 2
				is := slots[sp] == slots[sp+1]
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}
				if (is != (ins.Arg() == 1)) == (ins.Op() == opIsOpJumpIfTrue) {
					pc = at(code, pc).Arg()
				} else {
					pc++
				}

			case compile.CONTAINS_OP:
				f.lasti = pc - 1
				in, e := object.Contains(t, slots[sp-1], slots[sp-2])
				if e != nil {
					err = e
					break dispatch
				}
				sp--
				slots[sp-1] = object.Bool(in != (ins.Arg() == 1))
				slots[sp] = object.Value{}

			case opContainsOpJumpIfFalse, opContainsOpJumpIfTrue:
				f.lasti = pc - 1
				in, e := object.Contains(t, slots[sp-1], slots[sp-2])
				if e != nil {
					err = e
					break dispatch
				}
				sp -= 2
				slots[sp], slots[sp+1] = object.Value{}, object.Value{}
				if (in != (ins.Arg() == 1)) == (ins.Op() == opContainsOpJumpIfTrue) {
					pc = at(code, pc).Arg()
				} else {
					pc++
				}

			case compile.JUMP_FORWARD, compile.JUMP_BACKWARD:
				pc = ins.Arg()

			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				sp--
				v := slots[sp]
				slots[sp] = object.Value{}
				truth := v == object.True
				if !truth && v != object.False && v != object.None {
					f.lasti = pc - 1
					var e error
					if truth, e = object.Truth(t, v); e != nil {
						err = e
						break dispatch
					}
				}
				if truth == (ins.Op() == compile.POP_JUMP_IF_TRUE) {
					pc = ins.Arg()
				}

			case compile.POP_JUMP_IF_NONE, compile.POP_JUMP_IF_NOT_NONE:
				sp--
				isNone := slots[sp].IsNone()
				slots[sp] = object.Value{}
				if isNone == (ins.Op() == compile.POP_JUMP_IF_NONE) {
					pc = ins.Arg()
				}

			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				truth, e := object.Truth(t, slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				if truth == (ins.Op() == compile.JUMP_IF_TRUE_OR_POP) {
					pc = ins.Arg()
				} else {
					sp--
					slots[sp] = object.Value{}
				}

			case compile.GET_ITER:
				f.lasti = pc - 1
				it, e := object.Iter(t, slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = it

			case compile.FOR_ITER, opForIterStoreFast:
				v, handled := object.NextFast(slots[sp-1])
				if !handled {
					f.lasti = pc - 1
					var e error
					if v, e = th.iterNext(slots[sp-1]); e != nil {
						if !isInstance(e, object.StopIteration) {
							err = e
							break dispatch
						}
						v = object.Value{}
					}
				}
				if v.IsNull() {
					sp--
					slots[sp] = object.Value{}
					pc = ins.Arg()
					break
				}
				if ins.Op() == opForIterStoreFast {
					slots[at(code, pc).Arg()] = v
					pc++
					break
				}
				slots[sp] = v
				sp++

			case opForIterUnpack2:
				// The iterators that make a pair per item give the two
				// items without the pair; others run FOR_ITER alone.
				f.lasti = pc - 1
				a, b, handled, e := object.NextPair(t, slots[sp-1])
				if !handled {
					ins = compile.MakeInstr(compile.FOR_ITER, ins.Arg())
					goto run
				}
				if e != nil && !isInstance(e, object.StopIteration) {
					err = e
					break dispatch
				}
				if e != nil || a.IsNull() {
					sp--
					slots[sp] = object.Value{}
					pc = ins.Arg()
					break
				}
				slots[sp] = b
				slots[sp+1] = a
				sp += 2
				pc++

			case compile.RETURN_VALUE:
				sp--
				result = slots[sp]
				slots[sp] = object.Value{}
				f.sp, f.pc = sp, pc
				if f.gen != nil {
					f.gen.finish()
				}
				return result, nil

			case opReturnConst, opReturnFast:
				if ins.Op() == opReturnConst {
					result = consts[ins.Arg()]
				} else if result = slots[ins.Arg()]; result.IsNull() {
					err = unboundLocal(c, ins.Arg())
					break dispatch
				}
				f.sp, f.pc = sp, pc+1
				if f.gen != nil {
					f.gen.finish()
				}
				return result, nil

			case compile.YIELD_VALUE:
				sp--
				result = slots[sp]
				slots[sp] = object.Value{}
				f.lasti = pc - 1
				f.sp, f.pc = sp, pc
				f.gen.suspended = true
				return result, nil

			case compile.SEND:
				f.lasti = pc - 1
				f.sp = sp
				v, yielded, e := th.send(slots[sp-2], slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				if yielded {
					// Suspend with the receiver on the stack; resuming runs
					// SEND again with the sent value pushed.
					sp--
					slots[sp] = object.Value{}
					f.sp, f.pc = sp, pc-1
					f.gen.suspended = true
					f.gen.sendTo, _ = asGenerator(slots[sp-1])
					return v, nil
				}
				sp--
				slots[sp] = object.Value{}
				slots[sp-1] = v

			case compile.UNPACK_SEQUENCE:
				n := ins.Arg()
				items, ok := exactSequenceItems(slots[sp-1])
				if !ok || len(items) != n {
					// Other iterables, and the error for a wrong length.
					f.lasti = pc - 1
					f.sp = sp
					var e error
					if sp, pc, e = th.evalRare(f, ins, sp, pc); e != nil {
						err = e
						break dispatch
					}
					break
				}
				// The items go on the stack last first.
				sp--
				unpackItems(slots[sp:sp+n], items)
				sp += n

			case compile.BUILD_TUPLE:
				n := ins.Arg()
				sp -= n
				tup := object.NewTupleCopy(slots[sp : sp+n])
				clearValues(slots[sp : sp+n])
				slots[sp] = tup.AsValue()
				sp++

			case compile.BUILD_LIST:
				n := ins.Arg()
				sp -= n
				l := object.NewListCopy(slots[sp : sp+n])
				clearValues(slots[sp : sp+n])
				slots[sp] = l.AsValue()
				sp++

			case compile.LIST_APPEND:
				sp--
				l, _ := slots[sp-ins.Arg()].AsList()
				l.Items = object.AppendItem(l.Items, slots[sp])
				slots[sp] = object.Value{}

			case compile.CALL, compile.CALL_KW, opCallPopTop, opCallStoreFast:
				f.lasti = pc - 1
				n := ins.Arg()
				var kwnames *object.Tuple
				if ins.Op() == compile.CALL_KW {
					sp--
					kwnames, _ = slots[sp].AsTuple()
					slots[sp] = object.Value{}
				}
				base := sp - n - 2
				// operands is the callable, the self slot, the arguments.
				operands := stackValues(slots, base, n+2)
				callable, selfSlot := operands[0], operands[1:]
				args := operands[2:]
				if !selfSlot[0].IsNull() {
					args = selfSlot
				}
				f.sp = sp
				var v object.Value
				var e error
				if typ := callable.Type(); typ == FunctionType {
					v, e = th.callFunction((*Function)(callable.Pointer()), args, kwnames)
				} else if typ == object.BuiltinFunctionType {
					v, e = callBuiltin(t, (*object.BuiltinFunction)(callable.Pointer()), selfSlot, kwnames)
				} else if typ == object.MethodDescriptorType {
					v, e = callMethodDescriptor(t, (*object.MethodDescriptor)(callable.Pointer()), args, kwnames)
				} else if (typ == object.MethodType || typ == object.TypeType) && selfSlot[0].IsNull() {
					v, e = th.callSelfSlot(callable, selfSlot, kwnames)
				} else {
					v, e = object.Call(t, callable, args, kwnames)
				}
				clearValues(operands)
				sp = base
				if e != nil {
					err = e
					break dispatch
				}
				if ins.Op() == opCallPopTop {
					pc++ // the POP_TOP: the result is dropped
					break
				}
				if ins.Op() == opCallStoreFast {
					slots[at(code, pc).Arg()] = v
					pc++
					break
				}
				slots[sp] = v
				sp++

			case compile.RAISE_VARARGS:
				f.lasti = pc - 1
				n := ins.Arg()
				switch n {
				case 0:
					if th.handled.IsNull() || th.handled.IsNone() {
						err = object.NewError(object.RuntimeError, "No active exception to reraise")
						break dispatch
					}
					// A bare raise adds no traceback entry (as RERAISE).
					exc, _ := th.handled.AsException()
					err = (*reraisedExc)(exc)
					break dispatch
				case 1:
					err = th.raiseValue(slots[sp-1], object.Value{})
				case 2:
					err = th.raiseValue(slots[sp-2], slots[sp-1])
				}
				sp -= n
				clearValues(slots[sp : sp+n])
				break dispatch

			case compile.RERAISE:
				sp--
				exc, _ := slots[sp].AsException()
				slots[sp] = object.Value{}
				if n := ins.Arg(); n > 0 {
					f.lasti = int(slots[sp-n].AsInt())
				}
				err = (*reraisedExc)(exc)
				break dispatch

			case compile.PUSH_EXC_INFO:
				exc := slots[sp-1]
				slots[sp-1] = th.pushExcInfo(f, exc)
				slots[sp] = exc
				sp++

			case compile.POP_EXCEPT:
				sp--
				th.popExcept(f, slots[sp])
				slots[sp] = object.Value{}

			case compile.CHECK_EXC_MATCH:
				f.lasti = pc - 1
				match, e := exceptionMatches(t, slots[sp-2], slots[sp-1])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = object.Bool(match)

			case 0xff:
				// Not an opcode: the case makes the jump table cover every
				// byte, which spares each dispatch a range check.
				fallthrough
			default:
				f.lasti = pc - 1
				f.sp = sp
				var e error
				if sp, pc, e = th.evalRare(f, ins, sp, pc); e != nil {
					err = e
					break dispatch
				}
			}
		}
		if _, re := err.(*reraisedExc); !re {
			// A new exception raised by the instruction at pc-1: chain it
			// to the one being handled.
			f.lasti = pc - 1
			th.setContext(err)
		}
	}
}

// reraisedExc is how eval's dispatch loop leaves with an exception that
// RERAISE or a bare raise re-raises, which gets no traceback entry and no
// context: a flag in a local would be one more value the loop keeps live.
type reraisedExc object.Exc

func (r *reraisedExc) Error() string { return (*object.Exc)(r).Error() }

// maxFrameSlots and maxArg bound the slots of a frame and the
// constants of a code object as eval addresses them: array types for the
// compiler, not limits on frames (an instruction argument is below
// maxArg).
const (
	maxFrameSlots = 1 << 30
	maxArg        = 1 << 24
)

// at returns instruction i of code, the first element of a Code.quick,
// Code.record or Code.Code: the dispatch loop reads the code without
// bounds checks (and without keeping its length in a register), which is
// safe because the compiler only makes jumps to instructions of the same
// code and ends every path with a return or raise.
func at(code unsafe.Pointer, i int) compile.Instr {
	return *(*compile.Instr)(unsafe.Add(code, uintptr(i)*unsafe.Sizeof(compile.Instr(0))))
}

// stackValues returns slots[i:i+n] without the bounds checks of slicing
// (eval's operands are within the frame's slots: see eval).
func stackValues(slots *[maxFrameSlots]object.Value, i, n int) []object.Value {
	return (*[maxFrameSlots]object.Value)(unsafe.Add(unsafe.Pointer(slots), uintptr(i)*unsafe.Sizeof(object.Value{})))[:n:n]
}

// findHandler returns the exception table entry covering instruction i.
func findHandler(c *Code, i int) (compile.Handler, bool) {
	table := c.ExceptionTable
	lo, hi := 0, len(table)
	for lo < hi {
		mid := (lo + hi) / 2
		switch h := table[mid]; {
		case i < h.Start:
			hi = mid
		case i >= h.End:
			lo = mid + 1
		default:
			return h, true
		}
	}
	return compile.Handler{}, false
}

// pushExcInfo makes exc the exception being handled, as PUSH_EXC_INFO
// enters an except block of f, and returns the one POP_EXCEPT restores.
// In a generator's frame that is the generator's own, not the one of
// whoever resumed it this time.
//
// It and popExcept stay out of eval: the compiler inlines little into a
// function past a size, and eval is close to it.
//
//go:noinline
func (th *Thread) pushExcInfo(f *Frame, exc object.Value) object.Value {
	prev := th.handled
	if g := f.gen; g != nil {
		prev = g.handled
		g.handled = exc
	}
	if prev.IsNull() {
		prev = object.None
	}
	th.handled = exc
	return prev
}

// popExcept restores prev, from pushExcInfo, as POP_EXCEPT leaves an except
// block of f.
//
//go:noinline
func (th *Thread) popExcept(f *Frame, prev object.Value) {
	th.handled = prev
	if g := f.gen; g != nil {
		g.handled = prev
		if prev.IsNone() {
			th.handled = g.outerHandled
		}
	}
}

//go:noinline
func unboundLocal(c *Code, i int) error {
	return object.Errorf(object.UnboundLocalError,
		"cannot access local variable '%s' where it is not associated with a value", c.VarNames[i])
}

// deleteName implements DELETE_NAME.
func deleteName(t *object.Thread, f *Frame, name *object.Str) error {
	if d, ok := f.locals.AsDict(); ok && f.locals.Type() == object.DictType {
		found, err := d.DelItem(t, name.AsValue())
		if err == nil && !found {
			err = nameError(name)
		}
		return err
	}
	if err := object.SetItem(t, f.locals, name.AsValue(), object.Value{}); err != nil {
		if isInstance(err, object.KeyError) {
			err = nameError(name)
		}
		return err
	}
	return nil
}

//go:noinline
func unboundDeref(c *Code, i int) error {
	if i < len(c.CellVars) {
		return object.Errorf(object.UnboundLocalError,
			"cannot access local variable '%s' where it is not associated with a value", c.cellNames[i])
	}
	return object.Errorf(object.NameError,
		"cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.cellNames[i])
}

//go:noinline
func nameError(name *object.Str) error {
	return object.NewNameError(object.NameError, fmt.Sprintf("name '%s' is not defined", name), name.String())
}

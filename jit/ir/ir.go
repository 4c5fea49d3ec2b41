// Package ir is the JIT's intermediate representation: a linear SSA trace
// of typed, unboxed values with guards and snapshots, in the spirit of
// LuaJIT's IR.
//
// What goes in: instructions emitted one at a time by the recorder through
// a Builder, which folds constants and eliminates common subexpressions as
// they arrive (fold.go). What comes out: a Trace, laid out as
//
//	entry section   constants and SLOADs (values read at trace entry)
//	pre-loop        loop-invariant guards checked once per entry (Hoist)
//	LOOP            the loop header
//	body            one iteration, guards carrying snapshots
//	PHI ...         loop-carried values: PHI left right
//	BACK            the back-edge poll and jump to LOOP
//
// A side trace (a bridge, grown from a hot exit of another trace of the
// same tree) has the same entry section and LOOP marker, then runs its
// body once and ends in LINK instead of PHIs and BACK: the values of
// Trace.Link go into the root trace's input slots, and it jumps to the
// root's entry (or exits through LINK's snapshot when the poll fires).
// A trace that leaves its tree ends in EXIT instead, which exits through
// its snapshot: a function trace (recorded from a function's entry, with
// no loop) at the function's return, and a bridge that returns from the
// loop's frame.
//
// and, for a backend, register assignments (regalloc.go).
//
// # Invariants
//
//   - Every operand refers to an earlier instruction (SSA, linear).
//   - An instruction's type is given by the op table (opInfo), or for ops
//     marked "same", by its first operand; rules never change a type.
//   - Entry-section instructions are constants and SLOADs only; the body
//     never defines a value used before LOOP. In a loop trace the
//     pre-loop section (loop-invariant guards and the values they read,
//     Hoist) may follow them.
//   - PHI's left operand is an SLOAD; at BACK every PHI's right value is
//     moved into the left's location, all moves in parallel. At LINK
//     every Link value is moved into its spill slot, in parallel.
//   - A guard's snapshot describes the interpreter state *before* the
//     bytecode instruction the guard was recorded for; failing the guard
//     resumes the interpreter there, which repeats the instruction on its
//     general path (overflow to big ints, exceptions, other branches).
//
// Values are never boxed in the IR: Int is an int64 in a general register,
// Float a float64 in a vector register, Bool 0 or 1 in a general register,
// Ptr the p word of any other Value (see Ptr). Boxing happens only
// when an exit writes a snapshot back to the frame. Native code writes Go
// memory in FSTORE and STOREELEM, which replace the payload word of a
// Value whose p word is the static header of the same immediate type,
// in STOREFIELD, which writes an int field of an object (no pointer), and
// in STOREVALUE and STOREPTR, which store a pointer only while the
// runtime's write barrier is off (DESIGN §4.3). CALL has Go run a helper
// in the middle of the trace (exit and resume, DESIGN §4.1); no value
// stays in a register across it. A pool call (Call.Pool) first tries to
// take its result from an instance pool, and exits only when the pool is
// empty or the write barrier is on.
package ir

import (
	"fmt"
	"slices"
)

// Type is the machine type of a value.
type Type uint8

// Value types.
const (
	Void  Type = iota // no value (guards, markers)
	Int               // int64, general register
	Float             // float64, vector register
	Bool              // 0 or 1, general register
	// Ptr is the p word of a Value that is not an int, float or bool
	// immediate (an object, or None's static header), general register.
	// The recorder knows the class of every Ptr value (guarded where it
	// was loaded, or at trace entry). No collection can free an object
	// a trace holds in a register: marking needs the write barrier on
	// and a stopped world to turn it on, which waits for the trace's
	// next poll exit; exits write Ptr values to the spill slot's pointer
	// word, which the collector scans (Trace.ExitStores).
	Ptr
)

var typeNames = [...]string{Void: "void", Int: "int", Float: "flt", Bool: "bool", Ptr: "ptr"}

func (t Type) String() string { return typeNames[t] }

// Ref names an instruction of a trace (its index) and so its value.
type Ref int32

// None is the absent operand.
const None Ref = -1

// Op is an IR operation.
type Op uint8

// Operations. In the comments a and b are the operands; "guard" means the
// instruction exits through its snapshot when the stated condition fails.
// (order must match opInfo)
const (
	OpNop    Op = iota // removed instruction
	OpKInt             // constant Aux
	OpKFloat           // constant float with bits Aux
	OpKPtr             // constant Ptr: the address Aux of an object the trace keeps alive (0: null)
	OpSLoad            // entry value: Trace.Inputs[Aux]
	OpLoop             // loop header
	OpPhi              // a (an SLOAD) takes b at the back edge
	OpBack             // back-edge poll (exits through its snapshot) and jump to LOOP

	OpAdd       // a + b, wrapping
	OpSub       // a - b, wrapping
	OpAddOv     // a + b; guard: no int64 overflow
	OpSubOv     // a - b; guard: no overflow
	OpMulOv     // a * b; guard: no overflow
	OpNegOv     // -a; guard: no overflow
	OpFloorDiv  // a // b (Python floor division); guard: b != 0 and not MinInt64 // -1
	OpMod       // a % b (Python: sign of b); guard: b != 0
	OpAnd       // a & b
	OpOr        // a | b
	OpXor       // a ^ b
	OpShl       // a << b; guard: 0 <= b < 64 and no bits lost
	OpShr       // a >> b (arithmetic); guard: b >= 0
	OpLt        // a < b (signed ints)
	OpLe        // a <= b
	OpGt        // a > b
	OpGe        // a >= b
	OpEq        // a == b
	OpNe        // a != b
	OpFAdd      // a + b
	OpFSub      // a - b
	OpFMul      // a * b
	OpFDiv      // a / b; guard: b != 0
	OpFNeg      // -a
	OpFLt       // a < b (false when unordered)
	OpFLe       // a <= b
	OpFGt       // a > b
	OpFGe       // a >= b
	OpFEq       // a == b
	OpFNe       // a != b (true when unordered)
	OpIToF      // float(a), correctly rounded
	OpNot       // !a (bool)
	OpGuardT    // guard: a is true
	OpGuardF    // guard: a is false
	OpElemAddr  // address of item b of the slice header at a+Aux (an Int, used by LOADELEM and STOREELEM); guard: 0 <= b < len
	OpLoadElem  // the Value at address a+Aux: unboxed (guard: it is an immediate of the result type), or for Ptr its p word (guard: not Null)
	OpStoreElem // item at address a+Aux = b (payload word only); guard: it holds an immediate of b's type
	OpListLen   // the length of the slice header at a+Aux (its word at a+Aux+8)
	OpAbsOv     // |a|; guard: a != MinInt64
	OpFAbs      // |a|
	OpMin       // min(a, b): b if b < a else a
	OpMax       // max(a, b): b if b > a else a
	OpGuardWord // guard: the 64-bit word at address Aux (in an object the trace keeps alive) equals a
	OpFLoad     // frame slot Aux, unboxed; guard: the slot holds an immediate of the result type (Ptr: its p word; guard: not Null)
	OpFStore    // frame slot Aux = a (payload word only); guard: the slot holds an immediate of a's type
	OpLink      // a bridge's end: Link moves, poll (exits through its snapshot), jump to the root's entry
	// OpLoadField is the word at address a+Aux, a pointer-sized field the
	// trace never writes (an object's type, layout, slot array): Int, or
	// Ptr for the address of an object or slice header used as LOADFIELD's
	// or ELEMADDR's operand (never in a snapshot).
	OpLoadField
	OpGuardWord32 // guard: the 32-bit word at address Aux (in an object the trace keeps alive) equals a
	OpFSqrt       // sqrt(a); guard: a is not negative (math.sqrt raises)
	OpFMin        // min(a, b) as Python's min: b if b < a else a
	OpFMax        // max(a, b): b if b > a else a
	OpFieldAddr   // the address a+Aux (an Int) of a Value inside object a (for LOADELEM and STOREELEM)
	// OpStoreValue stores b as a whole Value at address a: its p word
	// (an object, or the static header of b's immediate kind) and its
	// payload. Guard: the runtime's write barrier is off (DESIGN §4.3).
	OpStoreValue
	// OpCall asks Go to run helper call Trace.Calls[Aux] with its
	// arguments and continues with its result (of the instruction's
	// type; Void for none). The call may run any Go or Python code: the
	// backend keeps no value in a register across it (ir.Allocate
	// spills them) and writes the p words of live objects to scanned
	// spill slots first. Guard: when the helper raises, or returns a
	// value the trace did not expect, Go has the snapshot written and
	// finishes the instruction in the interpreter (jit.run).
	OpCall
	// OpStoreField stores Int b into the word at address a+Aux, a
	// non-pointer field of object a (an iterator's position, written
	// back before a helper call).
	OpStoreField
	// OpFrameAddr is the address of frame slot Aux (an Int, for
	// STOREVALUE of an object into a local a bridge changes).
	OpFrameAddr
	// OpExit ends a trace that leaves its tree: it exits through its
	// snapshot, where the interpreter goes on (a function trace at its
	// return, a bridge that left its loop).
	OpExit
	// OpStorePtr stores Ptr b into the pointer word at address a+Aux of
	// object a: a constant (such as an instance's layout, an object the
	// trace keeps alive) or an INNERADDR (a new iterator's items). Guard:
	// the runtime's write barrier is off (DESIGN §4.3).
	OpStorePtr
	// OpSetElem is STOREELEM without its guard: an earlier LOADELEM or
	// STOREELEM of the same address and type checked the item's header,
	// and nothing between them could change a header (Builder.StoreElem).
	OpSetElem
	// OpCopyInts copies the payloads of the len(b) items of the slice
	// header at b+Aux (a list's or tuple's items) to the Values from
	// address a (an ELEMADDR) on: a slice assignment of ints over ints,
	// which writes no pointer. Guard: every item copied and overwritten
	// is an int (checked before anything is written).
	OpCopyInts
	OpFToI // int(a), truncated; guard: a is finite and the result fits in an int64 (above MinInt64)
	// OpSetHasInt is int b in set a, probing a's table natively. Guard:
	// the probe decides without comparing keys (b's hash is b, and an
	// entry of equal hash holds the int b itself), so no Python code runs.
	OpSetHasInt
	// OpSetAddInt is a.add(b) for set a and int b, natively. Guard, checked
	// before anything is written: the probe decides as for SETHASINT, and
	// a new entry does not make the table grow.
	OpSetAddInt
	// OpInnerAddr is the address a+Aux inside object a as a Ptr: an
	// interior pointer, such as a list's items slice header, for STOREPTR
	// into a new iterator (never in a snapshot, like LOADFIELD's Ptr
	// results; the collector keeps a alive through it).
	OpInnerAddr
	OpMul // a * b, wrapping: a MULOV that cannot overflow (Ranges)
	// OpDictFind looks key b up in exact dict a, probing its table
	// natively, and is the address (an Int) of the value of b's entry,
	// or 0 when b is absent: b is an Int, an exact str or an exact tuple
	// of ints, as Aux says (DictFindAux). Guard: the probe decides
	// without running code (b's hash is at hand: a small int's, a str's
	// cached one, a tuple of small ints'; an entry of equal hash holds
	// b itself, or a key of b's kind known to differ). The address stays
	// the entry's until the dict changes: a LOADELEM or STOREVALUE of it
	// follows at once.
	OpDictFind
	// OpGuardIterated guards that the loop ran an iteration since its tree
	// was entered or restarted (Context.Scratch[IterCount] is not 0): the
	// value a snapshot gives a slot at the loop's header is then the
	// slot's own, never a substitute for it (Input.Free), which a bridge
	// checks before it writes one to the frame.
	OpGuardIterated
	// OpReverseValues reverses, in place, the Values from address a to
	// address b, both included (ELEMADDRs of one list's items): whole
	// Values, pointer words too. Guard: the runtime's write barrier is off
	// (DESIGN §4.3).
	OpReverseValues
	// OpShiftValues copies, in ascending order, to each Value from address
	// a to address b (both included; ELEMADDRs of one list's items) the
	// Value Aux items after it (Aux >= 0): x[i:j] = x[i+Aux:j+Aux] in
	// place. Guard: the write barrier is off.
	OpShiftValues
	// OpCopyList copies the items of list or tuple b but its first and
	// last few, whole Values, into list a, empty and fresh from a pool
	// (its room holds Nulls), and sets a's length: Aux says where the
	// slice headers of their items are and how many items it leaves out
	// (CopyListAux; b has at least that many). Guard: what it copies
	// fits in a's capacity, and the write barrier is off.
	OpCopyList
	// OpGetElem is LOADELEM of an immediate without its guard: the item
	// at address a+Aux is known to hold an immediate of the result type
	// (an instance slot of a layout that has only held floats there,
	// under a guard on the layout's record of it, object.Layout.FloatSlot).
	OpGetElem
	// OpRandom is random.Random.random() of the Mersenne Twister at a+Aux
	// (an mt19937.MT inside object a): its next two state words, tempered,
	// make the float, and its index moves past them. Guard: two words are
	// left before the state regenerates. It writes only the generator's
	// index, which no other instruction reads.
	OpRandom
	// OpVirtual is an object whose allocation Sink removed (a pool call of
	// a NewObject, Aux its index into Trace.Calls): it has no code and no
	// location; only snapshots refer to it, describing its state
	// (Snapshot.Virtuals), and exits through them make it.
	OpVirtual
	numOps
)

// Op flags.
const (
	fGuard  = 1 << iota // may exit through the snapshot
	fComm               // commutative
	fPure               // no effect beyond its value and guard: CSE and DCE apply
	fMarker             // structure (LOOP, PHI, BACK, LINK): never moved or removed
	fMemory             // reads or writes a frame: never moved across another fMemory op, never removed
)

// opInfoEntry holds the properties of one op.
type opInfoEntry struct {
	name  string
	nargs int
	typ   Type // result type; Void for none
	same  bool // result type is the first operand's
	flags uint8
	arg   Type // required operand type (Void: any)
}

// opInfo is the one table of op properties; names, printing, validation,
// folding and the register allocator derive from it.
var opInfo = [numOps]opInfoEntry{
	OpNop:           {name: "nop"},
	OpKInt:          {name: "kint", typ: Int, flags: fPure}, // also Bool constants (0, 1)
	OpKFloat:        {name: "kflt", typ: Float, flags: fPure},
	OpKPtr:          {name: "kptr", typ: Ptr, flags: fPure},
	OpSLoad:         {name: "sload", flags: fPure},
	OpLoop:          {name: "loop", flags: fMarker},
	OpPhi:           {name: "phi", nargs: 2, flags: fMarker},
	OpBack:          {name: "back", flags: fMarker | fGuard},
	OpAdd:           {name: "add", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpSub:           {name: "sub", nargs: 2, typ: Int, arg: Int, flags: fPure},
	OpAddOv:         {name: "addov", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm | fGuard},
	OpSubOv:         {name: "subov", nargs: 2, typ: Int, arg: Int, flags: fPure | fGuard},
	OpMulOv:         {name: "mulov", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm | fGuard},
	OpNegOv:         {name: "negov", nargs: 1, typ: Int, arg: Int, flags: fPure | fGuard},
	OpFloorDiv:      {name: "floordiv", nargs: 2, typ: Int, arg: Int, flags: fPure | fGuard},
	OpMod:           {name: "mod", nargs: 2, typ: Int, arg: Int, flags: fPure | fGuard},
	OpAnd:           {name: "and", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpOr:            {name: "or", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpXor:           {name: "xor", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpShl:           {name: "shl", nargs: 2, typ: Int, arg: Int, flags: fPure | fGuard},
	OpShr:           {name: "shr", nargs: 2, typ: Int, arg: Int, flags: fPure | fGuard},
	OpLt:            {name: "lt", nargs: 2, typ: Bool, arg: Int, flags: fPure},
	OpLe:            {name: "le", nargs: 2, typ: Bool, arg: Int, flags: fPure},
	OpGt:            {name: "gt", nargs: 2, typ: Bool, arg: Int, flags: fPure},
	OpGe:            {name: "ge", nargs: 2, typ: Bool, arg: Int, flags: fPure},
	OpEq:            {name: "eq", nargs: 2, typ: Bool, flags: fPure | fComm}, // Int, Bool or Ptr operands
	OpNe:            {name: "ne", nargs: 2, typ: Bool, flags: fPure | fComm},
	OpFAdd:          {name: "fadd", nargs: 2, typ: Float, arg: Float, flags: fPure | fComm},
	OpFSub:          {name: "fsub", nargs: 2, typ: Float, arg: Float, flags: fPure},
	OpFMul:          {name: "fmul", nargs: 2, typ: Float, arg: Float, flags: fPure | fComm},
	OpFDiv:          {name: "fdiv", nargs: 2, typ: Float, arg: Float, flags: fPure | fGuard},
	OpFNeg:          {name: "fneg", nargs: 1, typ: Float, arg: Float, flags: fPure},
	OpFLt:           {name: "flt", nargs: 2, typ: Bool, arg: Float, flags: fPure},
	OpFLe:           {name: "fle", nargs: 2, typ: Bool, arg: Float, flags: fPure},
	OpFGt:           {name: "fgt", nargs: 2, typ: Bool, arg: Float, flags: fPure},
	OpFGe:           {name: "fge", nargs: 2, typ: Bool, arg: Float, flags: fPure},
	OpFEq:           {name: "feq", nargs: 2, typ: Bool, arg: Float, flags: fPure | fComm},
	OpFNe:           {name: "fne", nargs: 2, typ: Bool, arg: Float, flags: fPure | fComm},
	OpIToF:          {name: "itof", nargs: 1, typ: Float, arg: Int, flags: fPure},
	OpNot:           {name: "not", nargs: 1, typ: Bool, arg: Bool, flags: fPure},
	OpGuardT:        {name: "guardt", nargs: 1, arg: Bool, flags: fGuard},
	OpGuardF:        {name: "guardf", nargs: 1, arg: Bool, flags: fGuard},
	OpElemAddr:      {name: "elemaddr", nargs: 2, typ: Int, flags: fPure | fGuard},
	OpLoadElem:      {name: "loadelem", nargs: 1, arg: Int, flags: fGuard | fMemory}, // type set by Builder.LoadElem
	OpStoreElem:     {name: "storeelem", nargs: 2, flags: fGuard | fMemory},
	OpListLen:       {name: "listlen", nargs: 1, typ: Int, arg: Ptr, flags: fPure},
	OpAbsOv:         {name: "absov", nargs: 1, typ: Int, arg: Int, flags: fPure | fGuard},
	OpFAbs:          {name: "fabs", nargs: 1, typ: Float, arg: Float, flags: fPure},
	OpMin:           {name: "min", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpMax:           {name: "max", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpGuardWord:     {name: "guardword", nargs: 1, arg: Int, flags: fGuard | fMemory},
	OpFLoad:         {name: "fload", flags: fGuard | fMemory}, // type set by Builder.FLoad
	OpFStore:        {name: "fstore", nargs: 1, flags: fGuard | fMemory},
	OpLink:          {name: "link", flags: fMarker | fGuard},
	OpLoadField:     {name: "loadfield", nargs: 1, flags: fPure}, // type set by Builder.LoadField
	OpGuardWord32:   {name: "guardword32", nargs: 1, arg: Int, flags: fGuard | fMemory},
	OpFSqrt:         {name: "fsqrt", nargs: 1, typ: Float, arg: Float, flags: fPure | fGuard},
	OpFMin:          {name: "fmin", nargs: 2, typ: Float, arg: Float, flags: fPure},
	OpFMax:          {name: "fmax", nargs: 2, typ: Float, arg: Float, flags: fPure},
	OpFieldAddr:     {name: "fieldaddr", nargs: 1, typ: Int, arg: Ptr, flags: fPure},
	OpStoreValue:    {name: "storevalue", nargs: 2, flags: fGuard | fMemory},
	OpCall:          {name: "call", flags: fGuard | fMemory}, // type set by Builder.Call
	OpStoreField:    {name: "storefield", nargs: 2, flags: fMemory},
	OpFrameAddr:     {name: "frameaddr", typ: Int, flags: fPure},
	OpExit:          {name: "exit", flags: fMarker | fGuard},
	OpStorePtr:      {name: "storeptr", nargs: 2, arg: Ptr, flags: fGuard | fMemory},
	OpSetElem:       {name: "setelem", nargs: 2, flags: fMemory},
	OpCopyInts:      {name: "copyints", nargs: 2, flags: fGuard | fMemory},
	OpFToI:          {name: "ftoi", nargs: 1, typ: Int, arg: Float, flags: fPure | fGuard},
	OpSetHasInt:     {name: "sethasint", nargs: 2, typ: Bool, flags: fGuard | fMemory},
	OpSetAddInt:     {name: "setaddint", nargs: 2, flags: fGuard | fMemory},
	OpInnerAddr:     {name: "inneraddr", nargs: 1, typ: Ptr, arg: Ptr, flags: fPure},
	OpMul:           {name: "mul", nargs: 2, typ: Int, arg: Int, flags: fPure | fComm},
	OpDictFind:      {name: "dictfind", nargs: 2, typ: Int, flags: fGuard | fMemory},
	OpGuardIterated: {name: "guarditerated", flags: fGuard | fMemory},
	OpReverseValues: {name: "reversevalues", nargs: 2, arg: Int, flags: fGuard | fMemory},
	OpShiftValues:   {name: "shiftvalues", nargs: 2, arg: Int, flags: fGuard | fMemory},
	OpCopyList:      {name: "copylist", nargs: 2, arg: Ptr, flags: fGuard | fMemory},
	OpGetElem:       {name: "getelem", nargs: 1, arg: Int, flags: fMemory}, // type set by Builder.GetElem
	OpRandom:        {name: "random", nargs: 1, typ: Float, arg: Ptr, flags: fGuard | fMemory},
	OpVirtual:       {name: "virtual", typ: Ptr, flags: fMarker},
}

// CopyListAux is the Aux of a COPYLIST into a list whose items' slice
// header is at offset dstOff, from a list or tuple whose items' header is
// at srcOff, leaving out its first before and its last after items (all
// below 256).
func CopyListAux(dstOff, srcOff int64, before, after int) int64 {
	return dstOff | srcOff<<8 | int64(before)<<16 | int64(after)<<24
}

// CopyListParts returns what CopyListAux made aux of.
func CopyListParts(aux int64) (dstOff, srcOff int64, before, after int) {
	return aux & 0xff, aux >> 8 & 0xff, int(aux >> 16 & 0xff), int(aux >> 24 & 0xff)
}

// Key kinds of DICTFIND (DictFindAux).
const (
	DictKeyInt   = iota // an Int
	DictKeyStr          // an exact str (Ptr)
	DictKeyTuple        // an exact tuple of ints (Ptr)
)

// DictFindAux is the Aux of a DICTFIND of a key of the given kind; n is
// the length of a DictKeyTuple key.
func DictFindAux(kind, n int) int64 { return int64(kind) | int64(n)<<2 }

// DictKey returns the key kind and tuple length of DICTFIND in.
func (in Inst) DictKey() (kind, n int) { return int(in.Aux & 3), int(in.Aux >> 2) }

func (op Op) String() string {
	if op < numOps {
		return opInfo[op].name
	}
	return fmt.Sprintf("op(%d)", uint8(op))
}

// NArgs is the number of value operands of op.
func (op Op) NArgs() int { return opInfo[op].nargs }

// IsGuard reports whether op may exit through a snapshot.
func (op Op) IsGuard() bool { return opInfo[op].flags&fGuard != 0 }

// IsCommutative reports whether op's operands may be swapped.
func (op Op) IsCommutative() bool { return opInfo[op].flags&fComm != 0 }

// IsPure reports whether op has no effect beyond its value and guard.
func (op Op) IsPure() bool { return opInfo[op].flags&fPure != 0 }

// IsMemory reports whether op reads or writes a frame.
func (op Op) IsMemory() bool { return opInfo[op].flags&fMemory != 0 }

// IsCompare reports whether op is an int or float comparison.
func (op Op) IsCompare() bool { return op >= OpLt && op <= OpNe || op >= OpFLt && op <= OpFNe }

// Inst is one instruction.
type Inst struct {
	Op   Op
	Type Type
	A, B Ref
	// Aux is the constant of KINT/KFLT/KPTR, the input of SLOAD, the
	// frame slot of FLOAD and FSTORE, the address GUARDWORD reads, the
	// index into Trace.Calls of CALL.
	Aux int64
	// Snap is the snapshot of a guard (an index into Trace.Snaps), else -1.
	Snap int32
	// PC is the bytecode instruction the IR instruction was recorded for,
	// -1 for entry-section and structural instructions.
	PC int32
}

// InputKind says what an SLOAD reads at trace entry.
type InputKind uint8

// Input kinds.
const (
	InSlotInt   InputKind = iota // frame slot Slot holds an int (unboxed)
	InSlotFloat                  // frame slot Slot holds a float
	InSlotBool                   // frame slot Slot holds a bool
	// InSlotObj: frame slot Slot holds an object of any class (Ptr, the
	// Value's p word; never an int, float or bool immediate): the trace
	// guards its class where it uses it.
	InSlotObj
	InRangeNext  // the range iterator in slot Slot: next value
	InRangeCount // the range iterator in slot Slot: remaining count
	// InSpill: the context's spill slot Slot, as the exit of another trace
	// of the tree left it (a bridge reads its parent's exit values and the
	// root's inputs this way; Go checks nothing). Below FirstInputSlot, an
	// exit's slot, a Ptr is read from the slot's pointer word, which is
	// all the exit writes (Trace.ExitStores); a root's input slot holds
	// it in the payload word.
	InSpill
	// InSeqIter: the list or tuple iterator (class Class, not exhausted)
	// in slot Slot (Ptr); InSeqIndex: its index (Int).
	InSeqIter
	InSeqIndex
	// InEnumIter: the enumerate object in slot Slot, over a list or tuple
	// iterator of class Class (Ptr); InEnumInner: that iterator's index;
	// InEnumCount: the enumerate count (Int).
	InEnumIter
	InEnumInner
	InEnumCount
)

var inputNames = [...]string{InSlotInt: "int", InSlotFloat: "flt", InSlotBool: "bool", InSlotObj: "obj", InRangeNext: "range.next",
	InRangeCount: "range.left", InSpill: "spill", InSeqIter: "seqiter", InSeqIndex: "seqiter.index",
	InEnumIter: "enum", InEnumInner: "enum.index", InEnumCount: "enum.count"}

// Input is one value read at trace entry; SLOAD Aux=i reads Inputs[i].
type Input struct {
	Kind InputKind
	Slot int32
	// Step is the iterator's step for range inputs: the trace is valid only
	// for iterators with this step.
	Step int64
	// Class is the address of the Python type an InSeqIter or InEnumIter
	// input must have (the trace keeps the type alive).
	Class uintptr
	// Unbound lets a frame slot input be Null (an unbound local): the
	// trace never reads it before storing to it. An InSlotObj input
	// enters as the Null pointer, which an exit writes back; an int,
	// float or bool input as 0, which exits must not write back while
	// it is the entry's value.
	Unbound bool
	// Free, set with Unbound, lets the slot hold a value of any kind at
	// entry (a local that holds None or a float by turns): it enters as
	// 0 (an object input as the Null pointer), and exits do not write it
	// back while it is the entry's value (a bridge that reads it clears
	// the flag).
	Free bool
}

func (in Input) String() string {
	s := fmt.Sprintf("%s@%d", inputNames[in.Kind], in.Slot)
	if in.Kind == InRangeNext {
		s += fmt.Sprintf("/step%d", in.Step)
	}
	if in.Class != 0 {
		s += fmt.Sprintf("/class%#x", in.Class)
	}
	return s
}

// SnapKind says how a snapshot entry is written back.
type SnapKind uint8

// Snapshot entry kinds.
const (
	SnapSlot       SnapKind = iota // frame slot Slot = Ref, boxed by its type
	SnapRangeNext                  // the range iterator in slot Slot: next = Ref
	SnapRangeCount                 // the range iterator in slot Slot: remaining = Ref
	SnapSeqIndex                   // the list or tuple iterator in slot Slot: index = Ref
	SnapEnumInner                  // the enumerate in slot Slot: its iterator's index = Ref
	SnapEnumCount                  // the enumerate in slot Slot: count = Ref
	SnapField                      // slot Slot of a virtual object's slot array = Ref (Snapshot.Virtuals)
)

// SnapEntry is one value a snapshot restores.
type SnapEntry struct {
	Kind SnapKind
	// Frame is 0 for the loop's frame, k for Snapshot.Frames[k-1].
	Frame uint8
	Slot  int32
	Ref   Ref
}

// ExitStores reports whether an exit through a snapshot listing e stores
// its value into the spill slot of e's index: every entry but a frame
// slot or virtual object's slot holding a constant, which Go (and a
// bridge grown from the exit) takes from the IR instead, a KPtr's object
// from those the trace keeps, and a frame slot holding a virtual object,
// which Go makes.
// A Ptr goes to the slot's pointer word only (native.Slot.P), any other
// value to its payload word.
func (t *Trace) ExitStores(e SnapEntry) bool {
	if e.Kind != SnapSlot && e.Kind != SnapField {
		return true
	}
	op := t.Insts[e.Ref].Op
	return op != OpKInt && op != OpKFloat && op != OpKPtr && op != OpVirtual
}

// Snapshot is the interpreter state at a guard: the frame's instruction
// index and stack pointer, and the slots whose values differ from what the
// frame held at entry (values of the trace).
//
// A guard inside a call the trace inlined has Frames, innermost last: the
// interpreter resumes the innermost at its PC and SP, returns its result
// (or exception) to the frame that called it, which resumes after its
// CALL, and so on up to the loop's frame, which continues at PC with the
// result pushed at SP (its CALL's result slot). An inlined frame's slots
// are Null unless the snapshot lists them.
type Snapshot struct {
	PC, SP  int32
	Entries []SnapEntry
	Frames  []SnapFrame
	// Virtuals are the objects the entries refer to whose allocation Sink
	// removed, as they are at the snapshot.
	Virtuals []SnapVirtual
}

// SnapVirtual is a virtual object of a snapshot (an OpVirtual, Ref) as an
// exit makes it: an instance of the NewObject's class with layout word
// Layout and a slot array of Len values, those listed by the snapshot's
// SnapField entries First..First+N-1 (by slot) and Null elsewhere.
type SnapVirtual struct {
	Ref      Ref
	Layout   uintptr
	Len      int32
	First, N int32
}

// SnapFrame is an inlined call in a snapshot: the function (an index the
// recorder gives), and where it resumes.
type SnapFrame struct {
	Func   int32
	PC, SP int32
	// Construct marks the __init__ of a class call: the caller gets the
	// instance (its snapshot lists it in the caller's slot SP of the
	// previous frame) when __init__ returns None.
	Construct bool
}

// LinkMove is one value a bridge hands to the root trace at LINK: spill
// slot Slot (an input slot of the root) = Ref.
type LinkMove struct {
	Slot int
	Ref  Ref
}

// Call is a helper call of a trace: what the recorder's helper table
// entry Helper (opaque to the IR) is called with. With Sync set, the
// call also writes its snapshot's values (for Python code the helper may
// run, which may look at the frames).
type Call struct {
	Helper int32
	Args   []Ref
	Sync   bool
	// New, when not nil, describes the object a pool call makes, whose
	// allocation Sink may remove.
	New *NewObject
	// Pool, when not 0, is the address of an instance pool (in Go memory
	// the trace keeps alive) that the call's result may come from without
	// Go: while the runtime's write barrier is off and the int at
	// Pool+PoolNext is below the int at Pool+PoolLimit, the code loads
	// the pointer word at Pool+PoolItems+8*next as the result, clears
	// that word (a raw pointer store, allowed while the barrier is off:
	// DESIGN §4.3) and stores next+1; else it calls the helper, which
	// does the same in Go (refilling an empty pool). Such a call changes
	// no object the trace reads (see Builder.PoolCall).
	Pool int64
}

// NewObject describes the instance a pool call makes: of class Class,
// with attribute storage whose words are, at these offsets in the
// object, the layout (Layout at first), the dict (nil) and the slot
// array's data pointer, length (Len at first) and capacity (Room), all
// of its slots Null. Sink knows the words a trace reads of such an
// object while it follows them, and the slots the trace stores and
// loads through the data pointer.
type NewObject struct {
	Class                                       uintptr
	LayoutOff, DictOff, DataOff, LenOff, CapOff int64
	Layout                                      uintptr
	Len, Room                                   int64
}

// The layout of an instance pool (Call.Pool): object.InstancePool.
const (
	PoolNext  = 0
	PoolLimit = 8
	PoolItems = 16
)

// MaxCallArgs bounds the arguments of a helper call (they go to the
// spill slots below FirstInputSlot).
const MaxCallArgs = 16

// CallArgBase returns the first spill slot of the arguments of the helper
// call at instruction i: 0, or for a Sync call, the slot after its
// snapshot's entries, which it writes first.
func (t *Trace) CallArgBase(i Ref) int {
	in := &t.Insts[i]
	if !t.Calls[in.Aux].Sync {
		return 0
	}
	return len(t.Snaps[in.Snap].Entries)
}

// Trace is a recorded, optimized loop trace or bridge.
type Trace struct {
	Insts  []Inst
	Inputs []Input
	// Seen holds the value the recording saw for int inputs, by input
	// index (Ranges assumes no bound those values break).
	Seen  map[int64]int64
	Snaps []Snapshot
	// Calls holds the helper calls, by CALL's Aux.
	Calls []Call
	// Loop is the index of the LOOP instruction.
	Loop Ref
	// Link holds a bridge's moves at LINK (nil for a root trace).
	Link []LinkMove
	// Restart marks a bridge whose LINK starts the root's loop afresh, as
	// an entry from Go does: the bridge has written the values of the
	// root's carried slots into the frame, and LINK zeroes
	// Context.Scratch[IterCount] (adding the iterations run to
	// Scratch[ItersBefore]), so that the root's exits write back no
	// header value while its next iteration runs (the frame holds them),
	// and an input the root may enter with a substitute for
	// (Input.Free) may take one: a bridge that holds a value of another
	// kind for it links so.
	Restart bool
	// FirstHome is the first spill slot the allocator may give a spilled
	// value (0: the slot after the trace's inputs). A bridge keeps its
	// spills above the root's input slots, which the root reads again at
	// its entry.
	FirstHome int
}

// InputHome returns the spill slot input i is read from at entry.
func (t *Trace) InputHome(i int) int {
	if in := t.Inputs[i]; in.Kind == InSpill {
		return int(in.Slot)
	}
	return InputSlot(i)
}

// ExitSnap returns the snapshot of the EXIT that ends t, or -1 when t
// does not end in EXIT.
func (t *Trace) ExitSnap() int32 {
	if last := t.Insts[len(t.Insts)-1]; last.Op == OpExit {
		return last.Snap
	}
	return -1
}

// Validate checks the invariants of the package comment; it is run after
// every pass in tests. A failure is a bug in the JIT.
func (t *Trace) Validate() error {
	loop := Ref(-1)
	hoisted := false // a pre-loop instruction was seen (Hoist)
	for i, in := range t.Insts {
		r := Ref(i)
		if in.Op >= numOps {
			return fmt.Errorf("%04d: bad op %d", i, in.Op)
		}
		info := opInfo[in.Op]
		args := []Ref{in.A, in.B}[:info.nargs]
		for _, a := range args {
			if a < 0 || a >= r {
				return fmt.Errorf("%04d %v: operand %d is not an earlier instruction", i, in.Op, a)
			}
			if info.arg != Void && t.Insts[a].Type != info.arg {
				return fmt.Errorf("%04d %v: operand %04d has type %v, want %v", i, in.Op, a, t.Insts[a].Type, info.arg)
			}
		}
		if in.Op == OpFStore && (t.Insts[in.A].Type == Void || t.Insts[in.A].Type == Ptr) {
			return fmt.Errorf("%04d: fstore of a %v value", i, t.Insts[in.A].Type)
		}
		if (in.Op == OpEq || in.Op == OpNe) && (t.Insts[in.A].Type == Float || t.Insts[in.A].Type == Void) ||
			in.Op == OpLoadField && (t.Insts[in.A].Type != Ptr && t.Insts[in.A].Type != Int || in.Type != Int && in.Type != Ptr) ||
			in.Op == OpListLen && t.Insts[in.A].Type != Ptr {
			return fmt.Errorf("%04d %v: operand types", i, in.Op)
		}
		if in.Op == OpStoreField && (t.Insts[in.A].Type != Ptr || t.Insts[in.B].Type != Int) ||
			in.Op == OpStorePtr && t.Insts[in.B].Op != OpKPtr && t.Insts[in.B].Op != OpInnerAddr {
			return fmt.Errorf("%04d %v: operand types", i, in.Op)
		}
		if in.Op == OpStoreValue && (t.Insts[in.A].Type != Int || t.Insts[in.B].Type == Void) ||
			in.Op == OpElemAddr && (t.Insts[in.A].Type != Ptr || t.Insts[in.B].Type != Int) ||
			in.Op == OpCopyInts && (t.Insts[in.A].Type != Int || t.Insts[in.B].Type != Ptr) ||
			(in.Op == OpSetHasInt || in.Op == OpSetAddInt) && (t.Insts[in.A].Type != Ptr || t.Insts[in.B].Type != Int) ||
			in.Op == OpDictFind && (t.Insts[in.A].Type != Ptr || t.Insts[in.B].Type != dictKeyType(in)) ||
			(in.Op == OpStoreElem || in.Op == OpSetElem) && (t.Insts[in.A].Type != Int || t.Insts[in.B].Type == Void || t.Insts[in.B].Type == Ptr) ||
			in.Op == OpGetElem && (in.Type == Void || in.Type == Ptr) {
			return fmt.Errorf("%04d %v: operand types", i, in.Op)
		}
		if info.nargs == 2 && in.Op != OpPhi && in.Op != OpElemAddr && in.Op != OpStoreElem && in.Op != OpSetElem && in.Op != OpStoreValue && in.Op != OpStoreField && in.Op != OpCopyInts &&
			in.Op != OpSetHasInt && in.Op != OpSetAddInt && in.Op != OpDictFind &&
			t.Insts[in.A].Type != t.Insts[in.B].Type {
			return fmt.Errorf("%04d %v: operand types differ", i, in.Op)
		}
		if in.Op == OpCall {
			if in.Aux < 0 || int(in.Aux) >= len(t.Calls) || len(t.Calls[in.Aux].Args) > MaxCallArgs ||
				in.Snap < 0 || int(in.Snap) >= len(t.Snaps) || t.CallArgBase(r)+len(t.Calls[in.Aux].Args) > FirstInputSlot {
				return fmt.Errorf("%04d: call %d out of range", i, in.Aux)
			}
			for _, a := range t.Calls[in.Aux].Args {
				if a < 0 || a >= r || t.Insts[a].Type == Void {
					return fmt.Errorf("%04d call: argument %d is not an earlier value", i, a)
				}
			}
		}
		if info.flags&fGuard != 0 && (in.Snap < 0 || int(in.Snap) >= len(t.Snaps)) {
			return fmt.Errorf("%04d %v: guard without a valid snapshot", i, in.Op)
		}
		switch in.Op {
		case OpLoop:
			if loop >= 0 {
				return fmt.Errorf("%04d: second LOOP", i)
			}
			loop = r
		case OpKInt, OpKFloat, OpKPtr, OpSLoad:
			if loop >= 0 || hoisted {
				return fmt.Errorf("%04d %v: after LOOP or a hoisted instruction", i, in.Op)
			}
			if in.Op == OpSLoad && (in.Aux < 0 || int(in.Aux) >= len(t.Inputs)) {
				return fmt.Errorf("%04d: sload of input %d out of range", i, in.Aux)
			}
		case OpPhi, OpLink, OpExit:
			if in.Op == OpExit {
				if i != len(t.Insts)-1 {
					return fmt.Errorf("%04d: exit before the end", i)
				}
				break
			}
			if in.Op == OpLink {
				if len(t.Link) == 0 && i != len(t.Insts)-1 {
					return fmt.Errorf("%04d: link before the end", i)
				}
				break
			}
			if t.Insts[in.A].Op != OpSLoad || t.Insts[in.A].Type != t.Insts[in.B].Type {
				return fmt.Errorf("%04d: phi left must be an sload of the right's type", i)
			}
		default:
			if loop < 0 && in.Op != OpNop {
				if !hoistable[in.Op] || t.Insts[len(t.Insts)-1].Op != OpBack {
					return fmt.Errorf("%04d %v: before LOOP", i, in.Op)
				}
				hoisted = true
			}
		}
	}
	if loop != t.Loop {
		return fmt.Errorf("Loop = %d, but LOOP is at %d", t.Loop, loop)
	}
	if n := len(t.Insts); n == 0 || t.Insts[n-1].Op != OpBack && t.Insts[n-1].Op != OpLink && t.Insts[n-1].Op != OpExit {
		return fmt.Errorf("trace does not end with BACK, LINK or EXIT")
	}
	for _, m := range t.Link {
		if m.Ref < 0 || int(m.Ref) >= len(t.Insts) || t.Insts[m.Ref].Type == Void || m.Slot < FirstInputSlot || m.Slot >= NumSpillSlots {
			return fmt.Errorf("link of %04d to spill slot %d", m.Ref, m.Slot)
		}
	}
	for _, in := range t.Insts {
		if in.Snap < 0 {
			continue
		}
		si := in.Snap
		for _, e := range t.Snaps[si].Entries {
			if e.Ref < 0 || int(e.Ref) >= len(t.Insts) || t.Insts[e.Ref].Type == Void {
				return fmt.Errorf("snapshot %d: entry for slot %d refers to %d", si, e.Slot, e.Ref)
			}
		}
		if err := t.validateVirtuals(si); err != nil {
			return err
		}
	}
	return nil
}

// validateVirtuals checks that snapshot si describes each virtual object
// it names once, and that its SnapField entries are those of its
// virtuals.
func (t *Trace) validateVirtuals(si int32) error {
	s := &t.Snaps[si]
	fields := 0
	for _, v := range s.Virtuals {
		if v.Ref < 0 || int(v.Ref) >= len(t.Insts) || t.Insts[v.Ref].Op != OpVirtual ||
			v.First < 0 || v.N < 0 || int(v.First+v.N) > len(s.Entries) {
			return fmt.Errorf("snapshot %d: bad virtual %+v", si, v)
		}
		for _, e := range s.Entries[v.First : v.First+v.N] {
			if e.Kind != SnapField {
				return fmt.Errorf("snapshot %d: virtual %04d's entries are not its slots", si, v.Ref)
			}
		}
		fields += int(v.N)
	}
	for _, e := range s.Entries {
		switch {
		case e.Kind == SnapField:
			fields--
		case t.Insts[e.Ref].Op == OpVirtual && !slices.ContainsFunc(s.Virtuals, func(v SnapVirtual) bool { return v.Ref == e.Ref }):
			return fmt.Errorf("snapshot %d: slot %d names virtual %04d, which it does not describe", si, e.Slot, e.Ref)
		}
	}
	if fields != 0 {
		return fmt.Errorf("snapshot %d: slot entries outside its virtuals", si)
	}
	return nil
}

// dictKeyType is the type of the key operand of DICTFIND in.
func dictKeyType(in Inst) Type {
	if kind, _ := in.DictKey(); kind == DictKeyInt {
		return Int
	}
	return Ptr
}

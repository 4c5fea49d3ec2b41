// code.go defines the compiler's output: Code objects and their constants.

package compile

import "github.com/adderpy/adder/interp/syntax"

// Code is a compiled code object: plain data that the interpreter links into
// a runtime code object. See the package documentation for the meaning of
// every field and the invariants Unmarshal checks.
type Code struct {
	Name, QualName, Filename string
	FirstLineno              int

	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	Flags                                     Flags

	Code   []Instr
	Consts []Const
	// Names holds global, attribute and import names (ArgName arguments).
	Names []string
	// VarNames holds the fast locals: positional arguments (positional-only
	// first), keyword-only arguments, *args, **kwargs, then other locals.
	VarNames []string
	// CellVars are the variables of this code that nested code captures;
	// FreeVars are captured from enclosing code. An ArgCell argument indexes
	// CellVars followed by FreeVars.
	CellVars, FreeVars []string
	// Cell2Arg has one entry per CellVars entry: the VarNames index of the
	// argument whose value initialises the cell, or -1 (the cell starts
	// empty). Nil when no argument is a cell.
	Cell2Arg []int

	StackSize int
	// Positions has one entry per instruction.
	Positions []Position
	// ExceptionTable is sorted by Start; entries do not overlap.
	ExceptionTable []Handler
	// NumLoops is the number of LOOP_HEADER instructions.
	NumLoops int
}

// Flags are the code flags, with CPython's co_flags bit values.
type Flags uint32

// The code flags.
const (
	Optimized         Flags = 0x0001 // locals are fast locals (functions)
	NewLocals         Flags = 0x0002 // a new locals namespace is made for the frame
	VarArgs           Flags = 0x0004 // has *args
	VarKeywords       Flags = 0x0008 // has **kwargs
	Nested            Flags = 0x0010 // defined inside another function
	Generator         Flags = 0x0020 // calling it makes a generator
	NoFree            Flags = 0x0040 // no cell or free variables
	Coroutine         Flags = 0x0080 // async def: calling it makes a coroutine
	IterableCoroutine Flags = 0x0100 // generator-based coroutine (types.coroutine)
	AsyncGenerator    Flags = 0x0200 // async def with yield
	// FutureAnnotations: compiled under "from __future__ import annotations".
	FutureAnnotations Flags = 0x1000000
)

// Position is the source span of an instruction, as CPython 3.11's
// co_positions: lines count from 1, columns are UTF-8 byte offsets counted
// from 0. Line == 0 means the instruction has no position (an artificial
// instruction); then the other fields are 0 too.
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// Handler is one exception table entry: an exception raised by an
// instruction with index in [Start, End) pops the value stack down to Depth
// items, pushes the raising instruction's index as an int if Lasti, pushes
// the exception, and continues at Target.
type Handler struct {
	Start, End, Target, Depth int
	Lasti                     bool
}

// Const is a constant: a syntax.Const (None, Ellipsis, bool, int64, *big.Int,
// float64, complex128, string, syntax.Bytes), *Code, ConstTuple or
// ConstFrozenset.
type Const = syntax.Const

// ConstTuple is a tuple constant.
type ConstTuple []Const

// ConstFrozenset is a frozenset constant (from "x in {1, 2}"); its elements
// are distinct.
type ConstFrozenset []Const

package interp

import (
	"fmt"
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// Code is a runtime code object: a compiled code object linked to runtime
// values (constants as Values, names interned).
type Code struct {
	object.Header
	*compile.Code
	consts    []object.Value
	names     []*object.Str
	varNames  []*object.Str // fast locals, interned, for binding keyword arguments
	cellNames []*object.Str // CellVars then FreeVars
	name      *object.Str
	qualName  *object.Str
	// frameSize is the number of value slots a frame needs: fast locals,
	// cells, then the value stack.
	frameSize int
	// loopCounts counts iterations of each loop (indexed by LOOP_HEADER's
	// argument), and last the calls of the code (EntryLoop): the hot
	// counters the JIT reads.
	loopCounts []uint32
	// entryCount is &loopCounts[EntryLoop()], and afterResume the index
	// of the instruction after the RESUME that starts the code (0 when
	// it does not start with one): what starting a frame reads.
	entryCount  *uint32
	afterResume int
	// loopData holds a JIT's state for each loop (LoopData), made on
	// first use.
	loopData []any
	// The inline caches: siteOf maps an instruction index to its cache in
	// attrSites (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) or globalSites
	// (LOAD_GLOBAL). In quick, such an instruction's argument is its site
	// index instead of its name's (see quicken and nameAt).
	siteOf      []int32
	attrSites   []object.AttrSite
	globalSites []object.GlobalSite
	// quick is the code the eval loop runs: Code.Code with some
	// instructions replaced by runtime-only ones (see quicken). It has the
	// same length and the same meaning at every index, so the loop may
	// switch between the two at any instruction boundary.
	quick []compile.Instr
	// record is recordCode's result, made on first use.
	record []compile.Instr
	// plainArgs is ArgCount when a call with exactly ArgCount positional
	// arguments only copies them into the new frame (not a generator or
	// coroutine, no *args, **kwargs, keyword-only parameters or cells),
	// else -1: what a trace that inlines a call assumes (InlineCode).
	plainArgs int
	// callArgs is plainArgs for code that may also have cells: ArgCount
	// when a call with exactly ArgCount positional arguments copies them
	// into the new frame and then makes the cells (hasCells), else -1:
	// one load for the call path to test.
	callArgs int
	hasCells bool
	// genType is the type of the object a call makes for generator,
	// coroutine and async generator code (nil for other code), and
	// genArgs what plainArgs is for other code: ArgCount when such a
	// call with exactly ArgCount positional arguments only copies them,
	// else -1.
	genType *object.Type
	genArgs int
	// nlocals is the number of fast locals and cells: the index of the
	// value stack's first slot in a frame.
	nlocals int
}

// CodeType is the type of code objects.
var CodeType = object.NewNativeType("code", "", nil)

func init() {
	CodeType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		c := (*Code)(v.Pointer())
		return object.StrValue(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>",
			c.Name, uintptr(v.Pointer()), c.Filename, c.FirstLineno)), nil
	}
	CodeType.Ready()
}

// AsValue returns the code object as a Value.
func (c *Code) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(c)) }

// Link turns compiled code (and the code nested in its constants) into a
// runtime code object.
func Link(cc *compile.Code) (*Code, error) {
	c := &Code{
		Header:     object.NewHeader(CodeType),
		Code:       cc,
		consts:     make([]object.Value, len(cc.Consts)),
		names:      internAll(cc.Names),
		varNames:   internAll(cc.VarNames),
		cellNames:  internAll(append(append([]string(nil), cc.CellVars...), cc.FreeVars...)),
		name:       object.Intern(cc.Name),
		qualName:   object.Intern(cc.QualName),
		loopCounts: make([]uint32, cc.NumLoops+1),
	}
	c.frameSize = len(cc.VarNames) + len(c.cellNames) + cc.StackSize
	c.allocSites()
	c.quick = quicken(cc.Code, c.siteOf)
	c.entryCount = &c.loopCounts[len(c.loopCounts)-1]
	if len(c.quick) > 0 && c.quick[0].Op() == compile.RESUME {
		c.afterResume = 1
	}
	c.plainArgs, c.genArgs, c.callArgs = -1, -1, -1
	c.hasCells = len(c.cellNames) > 0
	switch {
	case cc.Flags&compile.Coroutine != 0:
		c.genType = CoroutineType
	case cc.Flags&compile.AsyncGenerator != 0:
		c.genType = AsyncGeneratorType
	case cc.Flags&compile.Generator != 0:
		c.genType = GeneratorType
	}
	if cc.Flags&(compile.VarArgs|compile.VarKeywords) == 0 && cc.KwOnlyArgCount == 0 {
		switch {
		case c.genType != nil:
			if !c.hasCells {
				c.genArgs = cc.ArgCount
			}
		case c.hasCells:
			c.callArgs = cc.ArgCount
		default:
			c.plainArgs, c.callArgs = cc.ArgCount, cc.ArgCount
		}
	}
	c.nlocals = len(cc.VarNames) + len(c.cellNames)
	for i, k := range cc.Consts {
		v, err := constValue(k)
		if err != nil {
			return nil, err
		}
		c.consts[i] = v
	}
	return c, nil
}

func internAll(names []string) []*object.Str {
	out := make([]*object.Str, len(names))
	for i, n := range names {
		out[i] = object.Intern(n)
	}
	return out
}

// constValue converts a compiled constant to a runtime value.
func constValue(k compile.Const) (object.Value, error) {
	switch k := k.(type) {
	case syntax.NoneConst:
		return object.None, nil
	case syntax.EllipsisConst:
		return object.Ellipsis, nil
	case bool:
		return object.Bool(k), nil
	case int64:
		return object.Int(k), nil
	case *big.Int:
		return object.IntFromBig(new(big.Int).Set(k)), nil
	case float64:
		return object.Float(k), nil
	case complex128:
		return object.NewComplex(k), nil
	case syntax.Bytes:
		return object.NewBytes([]byte(k)), nil
	case string:
		if len(k) <= 40 {
			return object.Intern(k).AsValue(), nil
		}
		return object.StrValue(k), nil
	case *compile.Code:
		c, err := Link(k)
		if err != nil {
			return object.Null, err
		}
		return c.AsValue(), nil
	case compile.ConstTuple:
		items, err := constValues(k)
		if err != nil {
			return object.Null, err
		}
		return object.NewTuple(items...).AsValue(), nil
	case compile.ConstFrozenset:
		items, err := constValues(k)
		if err != nil {
			return object.Null, err
		}
		s, err := object.NewFrozenSet(nil, object.NewTuple(items...).AsValue())
		if err != nil {
			return object.Null, err
		}
		return s.AsValue(), nil
	}
	return object.Null, fmt.Errorf("BUG: constant of type %T not supported yet", k)
}

func constValues(ks []compile.Const) ([]object.Value, error) {
	items := make([]object.Value, len(ks))
	for i, x := range ks {
		v, err := constValue(x)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

// allocSites gives every caching instruction its inline cache.
func (c *Code) allocSites() {
	c.siteOf = make([]int32, len(c.Code.Code))
	nattr, nglobal := 0, 0
	for i, ins := range c.Code.Code {
		switch ins.Op() {
		case compile.LOAD_ATTR, compile.LOAD_METHOD, compile.STORE_ATTR:
			c.siteOf[i] = int32(nattr)
			nattr++
		case compile.LOAD_GLOBAL:
			c.siteOf[i] = int32(nglobal)
			nglobal++
		}
	}
	c.attrSites = make([]object.AttrSite, nattr)
	c.globalSites = make([]object.GlobalSite, nglobal)
}

// hasSite reports whether op has an inline cache (see allocSites).
func hasSite(op compile.Opcode) bool {
	return op == compile.LOAD_ATTR || op == compile.LOAD_METHOD || op == compile.STORE_ATTR || op == compile.LOAD_GLOBAL
}

// plainInstr returns instruction i of Code.Code as the eval loop runs it
// while recording: with its site index for argument if it has a cache, as
// in quick.
func (c *Code) plainInstr(i int) compile.Instr {
	ins := c.Code.Code[i]
	if hasSite(ins.Op()) {
		return compile.MakeInstr(ins.Op(), int(c.siteOf[i]))
	}
	return ins
}

// nameAt returns the name that the caching instruction i looks up (its
// argument in Code.Code).
func (c *Code) nameAt(i int) *object.Str { return c.names[c.Code.Code[i].Arg()] }

// The runtime-only opcodes: superinstructions and specialized forms that
// quicken writes into Code.quick. They never appear in compiled code,
// code caches or dis output, and a JIT recording reads Code.Code instead.
//
// A superinstruction at index i stands for the instructions at i and i+1:
// it runs both, taking the second one's argument from code[i+1] (which
// keeps its own meaning for jumps that land on it), and continues at i+2.
// When the second one raises, pc-1 is i+1, as if it had run alone.
//
// (order is free; TestRuntimeOpcodesRange checks that they follow
// compile's opcodes)
const (
	// - LOAD_FAST_LOAD_FAST(local) a b                 (LOAD_FAST a; LOAD_FAST b)
	opLoadFastLoadFast = compile.Opcode(compile.NumOpcodes) + iota
	// - LOAD_FAST_LOAD_CONST(local) a k                (LOAD_FAST a; LOAD_CONST k)
	opLoadFastLoadConst
	// v STORE_FAST_LOAD_FAST(local) b                  (STORE_FAST a; LOAD_FAST b)
	opStoreFastLoadFast
	// v w STORE_FAST_STORE_FAST(local) -               (STORE_FAST a; STORE_FAST b)
	opStoreFastStoreFast
	// - LOAD_FAST_LOAD_ATTR(local) attr                (LOAD_FAST a; LOAD_ATTR name)
	opLoadFastLoadAttr
	// - LOAD_FAST_LOAD_METHOD(local) meth self|NULL    (LOAD_FAST a; LOAD_METHOD name)
	opLoadFastLoadMethod
	// - RETURN_CONST(const) -                          (LOAD_CONST k; RETURN_VALUE)
	opReturnConst
	// - RETURN_FAST(local) -                           (LOAD_FAST a; RETURN_VALUE)
	opReturnFast
	// - LOAD_GLOBAL_PUSH_NULL(name) v NULL             (LOAD_GLOBAL name; PUSH_NULL)
	opLoadGlobalPushNull
	// x y CONTAINS_OP_JUMP_IF_FALSE(invert) -          (CONTAINS_OP; POP_JUMP_IF_FALSE target)
	opContainsOpJumpIfFalse
	// x y CONTAINS_OP_JUMP_IF_TRUE(invert) -           (CONTAINS_OP; POP_JUMP_IF_TRUE target)
	opContainsOpJumpIfTrue
	// x y COMPARE_OP_JUMP_IF_FALSE(cmp) -             (COMPARE_OP; POP_JUMP_IF_FALSE target)
	opCompareOpJumpIfFalse
	// x y COMPARE_OP_JUMP_IF_TRUE(cmp) -              (COMPARE_OP; POP_JUMP_IF_TRUE target)
	opCompareOpJumpIfTrue
	// x y BINARY_ADD(op) z                             (BINARY_OP with op + or +=)
	opBinaryAdd
	// x y BINARY_SUB(op) z                             (BINARY_OP with op - or -=)
	opBinarySub
	// it FOR_ITER_UNPACK2(target) it b a              (FOR_ITER target; UNPACK_SEQUENCE 2)
	opForIterUnpack2
	// - LOAD_FAST_PUSH_NULL(local) a NULL              (LOAD_FAST a; PUSH_NULL)
	opLoadFastPushNull
	// f self args CALL_POP_TOP(n) -                    (CALL n; POP_TOP)
	opCallPopTop
	// it FOR_ITER_STORE_FAST(target) it               (FOR_ITER target; STORE_FAST a)
	opForIterStoreFast
	// - JUMP_BACKWARD_HEADER(target) -                 (JUMP_BACKWARD target; the LOOP_HEADER there)
	opJumpBackwardHeader
	// c LOAD_FAST_BINARY_SUBSCR(local) c[a]             (LOAD_FAST a; BINARY_SUBSCR)
	opLoadFastBinarySubscr
	// - LOAD_FAST_LOAD_GLOBAL(local) a v               (LOAD_FAST a; LOAD_GLOBAL name)
	opLoadFastLoadGlobal
	// - LOAD_GLOBAL_LOAD_FAST(name) v b                (LOAD_GLOBAL name; LOAD_FAST b)
	opLoadGlobalLoadFast
	// f self args CALL_STORE_FAST(n) -                 (CALL n; STORE_FAST a)
	opCallStoreFast
	// x y IS_OP_JUMP_IF_FALSE(invert) -                (IS_OP; POP_JUMP_IF_FALSE target)
	opIsOpJumpIfFalse
	// x y IS_OP_JUMP_IF_TRUE(invert) -                 (IS_OP; POP_JUMP_IF_TRUE target)
	opIsOpJumpIfTrue
	// o LOAD_METHOD_LOAD_FAST(name) meth self|NULL b  (LOAD_METHOD name; LOAD_FAST b)
	opLoadMethodLoadFast
	// - LOAD_FAST_JUMP_IF_NONE(local) -                 (LOAD_FAST a; POP_JUMP_IF_NONE target)
	opLoadFastJumpIfNone
	// - LOAD_FAST_JUMP_IF_NOT_NONE(local) -             (LOAD_FAST a; POP_JUMP_IF_NOT_NONE target)
	opLoadFastJumpIfNotNone
	// v LOAD_FAST_STORE_ATTR(local) -                  (LOAD_FAST a; STORE_ATTR name)
	opLoadFastStoreAttr
	// - RECORD -                                       (JIT.Record; then the instruction of Code.Code)
	opRecord
)

// codeFor returns the code the eval loop runs: the quickened code, or
// while the thread records a trace, c.recordCode().
func (c *Code) codeFor(recording bool) []compile.Instr {
	if recording {
		return c.recordCode()
	}
	return c.quick
}

// recordCode returns the code the eval loop runs while the thread
// records: opRecord at every index, which calls JIT.Record and then runs
// the instruction of the compiled code there. So the loop tests for
// recording only where it switches code, never per instruction.
func (c *Code) recordCode() []compile.Instr {
	if c.record == nil {
		record := make([]compile.Instr, len(c.Code.Code))
		for i := range record {
			record[i] = compile.MakeInstr(opRecord, 0)
		}
		c.record = record
	}
	return c.record
}

// quicken returns the code for the eval loop: a copy of code with
// superinstructions at the pairs that run together most often,
// specialized forms of common operations, and the caching instructions'
// arguments replaced by their indexes in siteOf (so that the loop finds a
// cache without loading siteOf).
func quicken(code []compile.Instr, siteOf []int32) []compile.Instr {
	quick := append([]compile.Instr(nil), code...)
	for i, ins := range code {
		var next compile.Opcode = compile.NOP
		if i+1 < len(code) {
			next = code[i+1].Op()
		}
		op := ins.Op()
		switch {
		case op == compile.LOAD_FAST && next == compile.LOAD_FAST:
			op = opLoadFastLoadFast
		case op == compile.LOAD_FAST && next == compile.LOAD_CONST:
			op = opLoadFastLoadConst
		case op == compile.LOAD_FAST && next == compile.LOAD_ATTR:
			op = opLoadFastLoadAttr
		case op == compile.LOAD_FAST && next == compile.PUSH_NULL:
			op = opLoadFastPushNull
		case op == compile.LOAD_FAST && next == compile.POP_JUMP_IF_NONE:
			op = opLoadFastJumpIfNone
		case op == compile.LOAD_FAST && next == compile.POP_JUMP_IF_NOT_NONE:
			op = opLoadFastJumpIfNotNone
		case op == compile.LOAD_FAST && next == compile.STORE_ATTR:
			op = opLoadFastStoreAttr
		case op == compile.LOAD_FAST && next == compile.BINARY_SUBSCR:
			op = opLoadFastBinarySubscr
		case op == compile.LOAD_FAST && next == compile.LOAD_GLOBAL:
			op = opLoadFastLoadGlobal
		case op == compile.LOAD_GLOBAL && next == compile.LOAD_FAST:
			op = opLoadGlobalLoadFast
		case op == compile.IS_OP && next == compile.POP_JUMP_IF_FALSE:
			op = opIsOpJumpIfFalse
		case op == compile.IS_OP && next == compile.POP_JUMP_IF_TRUE:
			op = opIsOpJumpIfTrue
		case op == compile.LOAD_METHOD && next == compile.LOAD_FAST:
			op = opLoadMethodLoadFast
		case op == compile.CALL && next == compile.POP_TOP:
			op = opCallPopTop
		case op == compile.CALL && next == compile.STORE_FAST:
			op = opCallStoreFast
		case op == compile.LOAD_FAST && next == compile.LOAD_METHOD:
			op = opLoadFastLoadMethod
		case op == compile.LOAD_FAST && next == compile.RETURN_VALUE:
			op = opReturnFast
		case op == compile.LOAD_CONST && next == compile.RETURN_VALUE:
			op = opReturnConst
		case op == compile.LOAD_GLOBAL && next == compile.PUSH_NULL:
			op = opLoadGlobalPushNull
		case op == compile.CONTAINS_OP && next == compile.POP_JUMP_IF_FALSE:
			op = opContainsOpJumpIfFalse
		case op == compile.CONTAINS_OP && next == compile.POP_JUMP_IF_TRUE:
			op = opContainsOpJumpIfTrue
		case op == compile.STORE_FAST && next == compile.LOAD_FAST:
			op = opStoreFastLoadFast
		case op == compile.STORE_FAST && next == compile.STORE_FAST:
			op = opStoreFastStoreFast
		case op == compile.FOR_ITER && next == compile.UNPACK_SEQUENCE && code[i+1].Arg() == 2:
			op = opForIterUnpack2
		case op == compile.FOR_ITER && next == compile.STORE_FAST:
			op = opForIterStoreFast
		case op == compile.JUMP_BACKWARD:
			// Not a pair: the jump runs the LOOP_HEADER at its target
			// (always one) and continues after it.
			op = opJumpBackwardHeader
		case op == compile.COMPARE_OP && next == compile.POP_JUMP_IF_FALSE:
			op = opCompareOpJumpIfFalse
		case op == compile.COMPARE_OP && next == compile.POP_JUMP_IF_TRUE:
			op = opCompareOpJumpIfTrue
		case op == compile.BINARY_OP:
			switch object.Operator(ins.Arg() % compile.InplaceOp) {
			case object.OpAdd:
				op = opBinaryAdd
			case object.OpSub:
				op = opBinarySub
			}
		}
		arg := ins.Arg()
		if hasSite(ins.Op()) {
			arg = int(siteOf[i])
		}
		quick[i] = compile.MakeInstr(op, arg)
	}
	return quick
}

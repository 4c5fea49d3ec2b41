// opcodes.go defines every opcode once: the Opcode enum with a stack picture
// per line, and the opInfo table (name, argument kind, stack effect, flags)
// from which names, stack effects and the cache magic number derive.

package compile

import (
	"fmt"
	"hash/fnv"
	"strconv"
)

// Instr is one instruction: the opcode in the low 8 bits, the argument in
// the high 24 bits.
type Instr uint32

// MaxArg is the largest instruction argument; code needing a larger one is
// rejected at compile time.
const MaxArg = 1<<24 - 1

// MakeInstr packs op and arg into an instruction. It panics if arg does not
// fit, which the compiler checks beforehand.
func MakeInstr(op Opcode, arg int) Instr {
	if arg < 0 || arg > MaxArg {
		panic(fmt.Sprintf("BUG: MakeInstr(%v, %d): argument out of range", op, arg))
	}
	return Instr(op) | Instr(arg)<<8
}

// Op returns the opcode of i.
func (i Instr) Op() Opcode { return Opcode(i & 0xff) }

// Arg returns the argument of i.
func (i Instr) Arg() int { return int(i >> 8) }

// Opcode is a bytecode operation.
//
// The comment of each opcode is its stack picture, starlark style: the
// items it pops (top of stack rightmost), its name and argument, then the
// items it pushes. "-" means nothing. "null" is the NULL marker (the zero
// Value). The package documentation states the exact semantics.
//
// (order must match opTable; opcodes_test.go checks it against this file)
type Opcode uint8

const (
	NOP         Opcode = iota // - NOP -
	POP_TOP                   // x POP_TOP -
	COPY                      // x_n ... x_1 COPY(n) x_n ... x_1 x_n
	SWAP                      // x_n ... x_1 SWAP(n) x_1 ... x_n        (only x_1 and x_n trade places)
	PUSH_NULL                 // - PUSH_NULL null
	RESUME                    // - RESUME -                             (first instruction of every code object)
	LOOP_HEADER               // - LOOP_HEADER(loop) -                  (head of every loop)

	LOAD_CONST                // - LOAD_CONST(const) v
	LOAD_FAST                 // - LOAD_FAST(local) v
	STORE_FAST                // v STORE_FAST(local) -
	DELETE_FAST               // - DELETE_FAST(local) -
	LOAD_DEREF                // - LOAD_DEREF(cell) v
	STORE_DEREF               // v STORE_DEREF(cell) -
	DELETE_DEREF              // - DELETE_DEREF(cell) -
	LOAD_CLOSURE              // - LOAD_CLOSURE(cell) cellobj
	LOAD_LOCALS               // - LOAD_LOCALS mapping
	LOAD_FROM_DICT_OR_DEREF   // mapping LOAD_FROM_DICT_OR_DEREF(cell) v
	LOAD_NAME                 // - LOAD_NAME(name) v
	STORE_NAME                // v STORE_NAME(name) -
	DELETE_NAME               // - DELETE_NAME(name) -
	LOAD_GLOBAL               // - LOAD_GLOBAL(name) v
	STORE_GLOBAL              // v STORE_GLOBAL(name) -
	DELETE_GLOBAL             // - DELETE_GLOBAL(name) -
	LOAD_FROM_DICT_OR_GLOBALS // mapping LOAD_FROM_DICT_OR_GLOBALS(name) v
	LOAD_ATTR                 // obj LOAD_ATTR(name) v
	STORE_ATTR                // v obj STORE_ATTR(name) -
	DELETE_ATTR               // obj DELETE_ATTR(name) -
	LOAD_METHOD               // obj LOAD_METHOD(name) meth obj      or: attr null

	BINARY_SUBSCR  // container key BINARY_SUBSCR v
	STORE_SUBSCR   // v container key STORE_SUBSCR -
	DELETE_SUBSCR  // container key DELETE_SUBSCR -
	BUILD_SLICE    // start stop [step] BUILD_SLICE(n) slice
	BINARY_SLICE   // container start stop BINARY_SLICE v
	STORE_SLICE    // v container start stop STORE_SLICE -
	BINARY_OP      // x y BINARY_OP(op) z
	UNARY_NEGATIVE // x UNARY_NEGATIVE -x
	UNARY_POSITIVE // x UNARY_POSITIVE +x
	UNARY_INVERT   // x UNARY_INVERT ~x
	UNARY_NOT      // x UNARY_NOT bool
	COMPARE_OP     // x y COMPARE_OP(cmp) z
	IS_OP          // x y IS_OP(invert) bool
	CONTAINS_OP    // x y CONTAINS_OP(invert) bool               (y contains x)

	JUMP_FORWARD         // - JUMP_FORWARD(target) -
	JUMP_BACKWARD        // - JUMP_BACKWARD(target) -              (target is a LOOP_HEADER)
	POP_JUMP_IF_FALSE    // x POP_JUMP_IF_FALSE(target) -
	POP_JUMP_IF_TRUE     // x POP_JUMP_IF_TRUE(target) -
	POP_JUMP_IF_NONE     // x POP_JUMP_IF_NONE(target) -
	POP_JUMP_IF_NOT_NONE // x POP_JUMP_IF_NOT_NONE(target) -
	JUMP_IF_FALSE_OR_POP // x JUMP_IF_FALSE_OR_POP(target) -       (jumping: x stays)
	JUMP_IF_TRUE_OR_POP  // x JUMP_IF_TRUE_OR_POP(target) -        (jumping: x stays)
	GET_ITER             // iterable GET_ITER iter
	FOR_ITER             // iter FOR_ITER(target) iter next          (exhausted: pops iter, jumps)
	RETURN_VALUE         // v RETURN_VALUE -

	GET_YIELD_FROM_ITER // iterable GET_YIELD_FROM_ITER iter
	YIELD_VALUE         // v YIELD_VALUE sent
	SEND                // receiver v SEND result
	GET_AWAITABLE       // obj GET_AWAITABLE(where) awaitable
	GET_AITER           // obj GET_AITER aiter
	GET_ANEXT           // aiter GET_ANEXT aiter awaitable
	END_ASYNC_FOR       // aiter exc END_ASYNC_FOR -
	BEFORE_ASYNC_WITH   // mgr BEFORE_ASYNC_WITH aexit awaitable

	BUILD_TUPLE         // x_1 ... x_n BUILD_TUPLE(n) tuple
	BUILD_LIST          // x_1 ... x_n BUILD_LIST(n) list
	BUILD_SET           // x_1 ... x_n BUILD_SET(n) set
	BUILD_MAP           // k_1 v_1 ... k_n v_n BUILD_MAP(n) dict
	BUILD_CONST_KEY_MAP // v_1 ... v_n keys BUILD_CONST_KEY_MAP(n) dict
	BUILD_STRING        // s_1 ... s_n BUILD_STRING(n) str
	LIST_APPEND         // list x_i-1 ... x_1 v LIST_APPEND(i) list x_i-1 ... x_1
	SET_ADD             // set x_i-1 ... x_1 v SET_ADD(i) set x_i-1 ... x_1
	MAP_ADD             // dict x_i-1 ... x_1 k v MAP_ADD(i) dict x_i-1 ... x_1
	LIST_EXTEND         // list x_i-1 ... x_1 iterable LIST_EXTEND(i) list x_i-1 ... x_1
	SET_UPDATE          // set x_i-1 ... x_1 iterable SET_UPDATE(i) set x_i-1 ... x_1
	DICT_UPDATE         // dict x_i-1 ... x_1 mapping DICT_UPDATE(i) dict x_i-1 ... x_1
	DICT_MERGE          // dict x_i-1 ... x_1 mapping DICT_MERGE(i) dict x_i-1 ... x_1
	LIST_TO_TUPLE       // list LIST_TO_TUPLE tuple
	UNPACK_SEQUENCE     // seq UNPACK_SEQUENCE(n) x_n ... x_1
	UNPACK_EX           // seq UNPACK_EX(before|after<<8) x_last ... list ... x_1

	CALL              // f self_or_null a_1 ... a_n CALL(n) result
	CALL_KW           // f self_or_null a_1 ... a_n kwnames CALL_KW(n) result
	CALL_FUNCTION_EX  // f null args [kwargs] CALL_FUNCTION_EX(haskw) result
	MAKE_FUNCTION     // [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION(flags) func
	LOAD_BUILD_CLASS  // - LOAD_BUILD_CLASS __build_class__
	SETUP_ANNOTATIONS // - SETUP_ANNOTATIONS -
	IMPORT_NAME       // level fromlist IMPORT_NAME(name) module
	IMPORT_FROM       // module IMPORT_FROM(name) module attr
	IMPORT_STAR       // module IMPORT_STAR -

	RAISE_VARARGS        // [exc [cause]] RAISE_VARARGS(n) -
	RERAISE              // [lasti x_n-1 ... x_1] exc RERAISE(n) -
	PUSH_EXC_INFO        // exc PUSH_EXC_INFO prev exc
	POP_EXCEPT           // prev POP_EXCEPT -
	CHECK_EXC_MATCH      // exc type CHECK_EXC_MATCH exc bool
	CHECK_EG_MATCH       // exc type CHECK_EG_MATCH rest match
	PREP_RERAISE_STAR    // orig list PREP_RERAISE_STAR exc_or_none
	LOAD_ASSERTION_ERROR // - LOAD_ASSERTION_ERROR AssertionError
	BEFORE_WITH          // mgr BEFORE_WITH exit value
	WITH_EXCEPT_START    // exit lasti prev exc WITH_EXCEPT_START exit lasti prev exc result

	FORMAT_VALUE   // v [spec] FORMAT_VALUE(flags) str
	PRINT_EXPR     // v PRINT_EXPR -
	MATCH_CLASS    // subject cls names MATCH_CLASS(n) attrs_or_none
	MATCH_MAPPING  // subject MATCH_MAPPING subject bool
	MATCH_SEQUENCE // subject MATCH_SEQUENCE subject bool
	MATCH_KEYS     // subject keys MATCH_KEYS subject keys values_or_none
	GET_LEN        // obj GET_LEN obj len

	CALL_INTRINSIC_1 // x CALL_INTRINSIC_1(fn) y
	CALL_INTRINSIC_2 // x y CALL_INTRINSIC_2(fn) z

	numOpcodes
)

// ArgKind says what an instruction argument means.
type ArgKind uint8

// The argument kinds.
const (
	ArgNone       ArgKind = iota // no argument (always 0)
	ArgConst                     // index into Code.Consts
	ArgName                      // index into Code.Names
	ArgLocal                     // index into Code.VarNames
	ArgCell                      // index into CellVars followed by FreeVars
	ArgJump                      // absolute instruction index
	ArgCount                     // a number of stack items or elements
	ArgStackPos                  // a stack position (1 = top)
	ArgLoop                      // loop number, 0 <= arg < Code.NumLoops
	ArgBinOp                     // syntax.Operator, +InplaceOp for augmented assignment
	ArgCmpOp                     // syntax.CmpOp in Eq..GtE
	ArgBool                      // 0 or 1 (IS_OP, CONTAINS_OP invert; CALL_FUNCTION_EX has kwargs)
	ArgFlags                     // opcode-specific bit set (MAKE_FUNCTION, FORMAT_VALUE)
	ArgWhere                     // GET_AWAITABLE context: 0 await, 1 after __aenter__, 2 after __aexit__
	ArgIntrinsic1                // an Intrinsic1 value
	ArgIntrinsic2                // an Intrinsic2 value
	ArgUnpackEx                  // count before | count after << 8
)

// OpFlags are properties of an opcode.
type OpFlags uint8

// The opcode flags.
const (
	// FlagJump: the argument is an absolute jump target.
	FlagJump OpFlags = 1 << iota
	// FlagCond: a jump that may also fall through.
	FlagCond
	// FlagNoNext: control never reaches the next instruction
	// (unconditional jumps, returns, raises).
	FlagNoNext
	// FlagMayRaise: the operation can raise an exception.
	FlagMayRaise
)

// varEffect is a stack effect that depends on the argument.
type varEffect func(arg int) (pops, pushes int)

type opInfo struct {
	name  string
	arg   ArgKind
	flags OpFlags
	// pops and pushes on the fall-through path (when effect is nil).
	pops, pushes int8
	effect       varEffect
	// jumpPops and jumpPushes: effect when a FlagJump opcode jumps.
	jumpPops, jumpPushes int8
}

const (
	j  = FlagJump
	cj = FlagJump | FlagCond
	nn = FlagNoNext
	mr = FlagMayRaise
)

func popN(extra int) varEffect {
	return func(arg int) (int, int) { return arg + extra, 1 }
}

// opTable describes every opcode. (order must match the Opcode constants)
var opTable = [numOpcodes]opInfo{
	NOP:         {name: "NOP"},
	POP_TOP:     {name: "POP_TOP", pops: 1},
	COPY:        {name: "COPY", arg: ArgStackPos, effect: func(n int) (int, int) { return n, n + 1 }},
	SWAP:        {name: "SWAP", arg: ArgStackPos, effect: func(n int) (int, int) { return n, n }},
	PUSH_NULL:   {name: "PUSH_NULL", pushes: 1},
	RESUME:      {name: "RESUME", flags: mr},
	LOOP_HEADER: {name: "LOOP_HEADER", arg: ArgLoop, flags: mr},

	LOAD_CONST:                {name: "LOAD_CONST", arg: ArgConst, pushes: 1},
	LOAD_FAST:                 {name: "LOAD_FAST", arg: ArgLocal, flags: mr, pushes: 1},
	STORE_FAST:                {name: "STORE_FAST", arg: ArgLocal, pops: 1},
	DELETE_FAST:               {name: "DELETE_FAST", arg: ArgLocal, flags: mr},
	LOAD_DEREF:                {name: "LOAD_DEREF", arg: ArgCell, flags: mr, pushes: 1},
	STORE_DEREF:               {name: "STORE_DEREF", arg: ArgCell, pops: 1},
	DELETE_DEREF:              {name: "DELETE_DEREF", arg: ArgCell, flags: mr},
	LOAD_CLOSURE:              {name: "LOAD_CLOSURE", arg: ArgCell, pushes: 1},
	LOAD_LOCALS:               {name: "LOAD_LOCALS", flags: mr, pushes: 1},
	LOAD_FROM_DICT_OR_DEREF:   {name: "LOAD_FROM_DICT_OR_DEREF", arg: ArgCell, flags: mr, pops: 1, pushes: 1},
	LOAD_NAME:                 {name: "LOAD_NAME", arg: ArgName, flags: mr, pushes: 1},
	STORE_NAME:                {name: "STORE_NAME", arg: ArgName, flags: mr, pops: 1},
	DELETE_NAME:               {name: "DELETE_NAME", arg: ArgName, flags: mr},
	LOAD_GLOBAL:               {name: "LOAD_GLOBAL", arg: ArgName, flags: mr, pushes: 1},
	STORE_GLOBAL:              {name: "STORE_GLOBAL", arg: ArgName, flags: mr, pops: 1},
	DELETE_GLOBAL:             {name: "DELETE_GLOBAL", arg: ArgName, flags: mr},
	LOAD_FROM_DICT_OR_GLOBALS: {name: "LOAD_FROM_DICT_OR_GLOBALS", arg: ArgName, flags: mr, pops: 1, pushes: 1},
	LOAD_ATTR:                 {name: "LOAD_ATTR", arg: ArgName, flags: mr, pops: 1, pushes: 1},
	STORE_ATTR:                {name: "STORE_ATTR", arg: ArgName, flags: mr, pops: 2},
	DELETE_ATTR:               {name: "DELETE_ATTR", arg: ArgName, flags: mr, pops: 1},
	LOAD_METHOD:               {name: "LOAD_METHOD", arg: ArgName, flags: mr, pops: 1, pushes: 2},

	BINARY_SUBSCR:  {name: "BINARY_SUBSCR", flags: mr, pops: 2, pushes: 1},
	STORE_SUBSCR:   {name: "STORE_SUBSCR", flags: mr, pops: 3},
	DELETE_SUBSCR:  {name: "DELETE_SUBSCR", flags: mr, pops: 2},
	BUILD_SLICE:    {name: "BUILD_SLICE", arg: ArgCount, effect: popN(0)},
	BINARY_SLICE:   {name: "BINARY_SLICE", flags: mr, pops: 3, pushes: 1},
	STORE_SLICE:    {name: "STORE_SLICE", flags: mr, pops: 4},
	BINARY_OP:      {name: "BINARY_OP", arg: ArgBinOp, flags: mr, pops: 2, pushes: 1},
	UNARY_NEGATIVE: {name: "UNARY_NEGATIVE", flags: mr, pops: 1, pushes: 1},
	UNARY_POSITIVE: {name: "UNARY_POSITIVE", flags: mr, pops: 1, pushes: 1},
	UNARY_INVERT:   {name: "UNARY_INVERT", flags: mr, pops: 1, pushes: 1},
	UNARY_NOT:      {name: "UNARY_NOT", flags: mr, pops: 1, pushes: 1},
	COMPARE_OP:     {name: "COMPARE_OP", arg: ArgCmpOp, flags: mr, pops: 2, pushes: 1},
	IS_OP:          {name: "IS_OP", arg: ArgBool, pops: 2, pushes: 1},
	CONTAINS_OP:    {name: "CONTAINS_OP", arg: ArgBool, flags: mr, pops: 2, pushes: 1},

	JUMP_FORWARD:         {name: "JUMP_FORWARD", arg: ArgJump, flags: j | nn},
	JUMP_BACKWARD:        {name: "JUMP_BACKWARD", arg: ArgJump, flags: j | nn},
	POP_JUMP_IF_FALSE:    {name: "POP_JUMP_IF_FALSE", arg: ArgJump, flags: cj | mr, pops: 1, jumpPops: 1},
	POP_JUMP_IF_TRUE:     {name: "POP_JUMP_IF_TRUE", arg: ArgJump, flags: cj | mr, pops: 1, jumpPops: 1},
	POP_JUMP_IF_NONE:     {name: "POP_JUMP_IF_NONE", arg: ArgJump, flags: cj, pops: 1, jumpPops: 1},
	POP_JUMP_IF_NOT_NONE: {name: "POP_JUMP_IF_NOT_NONE", arg: ArgJump, flags: cj, pops: 1, jumpPops: 1},
	JUMP_IF_FALSE_OR_POP: {name: "JUMP_IF_FALSE_OR_POP", arg: ArgJump, flags: cj | mr, pops: 1},
	JUMP_IF_TRUE_OR_POP:  {name: "JUMP_IF_TRUE_OR_POP", arg: ArgJump, flags: cj | mr, pops: 1},
	GET_ITER:             {name: "GET_ITER", flags: mr, pops: 1, pushes: 1},
	FOR_ITER:             {name: "FOR_ITER", arg: ArgJump, flags: cj | mr, pops: 1, pushes: 2, jumpPops: 1},
	RETURN_VALUE:         {name: "RETURN_VALUE", flags: nn, pops: 1},

	GET_YIELD_FROM_ITER: {name: "GET_YIELD_FROM_ITER", flags: mr, pops: 1, pushes: 1},
	YIELD_VALUE:         {name: "YIELD_VALUE", flags: mr, pops: 1, pushes: 1},
	SEND:                {name: "SEND", flags: mr, pops: 2, pushes: 1},
	GET_AWAITABLE:       {name: "GET_AWAITABLE", arg: ArgWhere, flags: mr, pops: 1, pushes: 1},
	GET_AITER:           {name: "GET_AITER", flags: mr, pops: 1, pushes: 1},
	GET_ANEXT:           {name: "GET_ANEXT", flags: mr, pops: 1, pushes: 2},
	END_ASYNC_FOR:       {name: "END_ASYNC_FOR", flags: mr, pops: 2},
	BEFORE_ASYNC_WITH:   {name: "BEFORE_ASYNC_WITH", flags: mr, pops: 1, pushes: 2},

	BUILD_TUPLE:         {name: "BUILD_TUPLE", arg: ArgCount, effect: popN(0)},
	BUILD_LIST:          {name: "BUILD_LIST", arg: ArgCount, effect: popN(0)},
	BUILD_SET:           {name: "BUILD_SET", arg: ArgCount, flags: mr, effect: popN(0)},
	BUILD_MAP:           {name: "BUILD_MAP", arg: ArgCount, flags: mr, effect: func(n int) (int, int) { return 2 * n, 1 }},
	BUILD_CONST_KEY_MAP: {name: "BUILD_CONST_KEY_MAP", arg: ArgCount, flags: mr, effect: popN(1)},
	BUILD_STRING:        {name: "BUILD_STRING", arg: ArgCount, flags: mr, effect: popN(0)},
	LIST_APPEND:         {name: "LIST_APPEND", arg: ArgStackPos, pops: 1},
	SET_ADD:             {name: "SET_ADD", arg: ArgStackPos, flags: mr, pops: 1},
	MAP_ADD:             {name: "MAP_ADD", arg: ArgStackPos, flags: mr, pops: 2},
	LIST_EXTEND:         {name: "LIST_EXTEND", arg: ArgStackPos, flags: mr, pops: 1},
	SET_UPDATE:          {name: "SET_UPDATE", arg: ArgStackPos, flags: mr, pops: 1},
	DICT_UPDATE:         {name: "DICT_UPDATE", arg: ArgStackPos, flags: mr, pops: 1},
	DICT_MERGE:          {name: "DICT_MERGE", arg: ArgStackPos, flags: mr, pops: 1},
	LIST_TO_TUPLE:       {name: "LIST_TO_TUPLE", pops: 1, pushes: 1},
	UNPACK_SEQUENCE:     {name: "UNPACK_SEQUENCE", arg: ArgCount, flags: mr, effect: func(n int) (int, int) { return 1, n }},
	UNPACK_EX:           {name: "UNPACK_EX", arg: ArgUnpackEx, flags: mr, effect: func(a int) (int, int) { return 1, a&0xff + a>>8 + 1 }},

	CALL:              {name: "CALL", arg: ArgCount, flags: mr, effect: popN(2)},
	CALL_KW:           {name: "CALL_KW", arg: ArgCount, flags: mr, effect: popN(3)},
	CALL_FUNCTION_EX:  {name: "CALL_FUNCTION_EX", arg: ArgBool, flags: mr, effect: popN(3)},
	MAKE_FUNCTION:     {name: "MAKE_FUNCTION", arg: ArgFlags, effect: makeFunctionEffect},
	LOAD_BUILD_CLASS:  {name: "LOAD_BUILD_CLASS", flags: mr, pushes: 1},
	SETUP_ANNOTATIONS: {name: "SETUP_ANNOTATIONS", flags: mr},
	IMPORT_NAME:       {name: "IMPORT_NAME", arg: ArgName, flags: mr, pops: 2, pushes: 1},
	IMPORT_FROM:       {name: "IMPORT_FROM", arg: ArgName, flags: mr, pops: 1, pushes: 2},
	IMPORT_STAR:       {name: "IMPORT_STAR", flags: mr, pops: 1},

	RAISE_VARARGS:        {name: "RAISE_VARARGS", arg: ArgCount, flags: nn | mr, effect: func(n int) (int, int) { return n, 0 }},
	RERAISE:              {name: "RERAISE", arg: ArgStackPos, flags: nn | mr, pops: 1},
	PUSH_EXC_INFO:        {name: "PUSH_EXC_INFO", pops: 1, pushes: 2},
	POP_EXCEPT:           {name: "POP_EXCEPT", pops: 1},
	CHECK_EXC_MATCH:      {name: "CHECK_EXC_MATCH", flags: mr, pops: 2, pushes: 2},
	CHECK_EG_MATCH:       {name: "CHECK_EG_MATCH", flags: mr, pops: 2, pushes: 2},
	PREP_RERAISE_STAR:    {name: "PREP_RERAISE_STAR", flags: mr, pops: 2, pushes: 1},
	LOAD_ASSERTION_ERROR: {name: "LOAD_ASSERTION_ERROR", pushes: 1},
	BEFORE_WITH:          {name: "BEFORE_WITH", flags: mr, pops: 1, pushes: 2},
	WITH_EXCEPT_START:    {name: "WITH_EXCEPT_START", flags: mr, pops: 4, pushes: 5},

	FORMAT_VALUE:   {name: "FORMAT_VALUE", arg: ArgFlags, flags: mr, effect: func(f int) (int, int) { return 1 + f&FormatWithSpec>>2, 1 }},
	PRINT_EXPR:     {name: "PRINT_EXPR", flags: mr, pops: 1},
	MATCH_CLASS:    {name: "MATCH_CLASS", arg: ArgCount, flags: mr, pops: 3, pushes: 1},
	MATCH_MAPPING:  {name: "MATCH_MAPPING", pops: 1, pushes: 2},
	MATCH_SEQUENCE: {name: "MATCH_SEQUENCE", pops: 1, pushes: 2},
	MATCH_KEYS:     {name: "MATCH_KEYS", flags: mr, pops: 2, pushes: 3},
	GET_LEN:        {name: "GET_LEN", flags: mr, pops: 1, pushes: 2},

	CALL_INTRINSIC_1: {name: "CALL_INTRINSIC_1", arg: ArgIntrinsic1, flags: mr, pops: 1, pushes: 1},
	CALL_INTRINSIC_2: {name: "CALL_INTRINSIC_2", arg: ArgIntrinsic2, flags: mr, pops: 2, pushes: 1},
}

// MAKE_FUNCTION flag bits: which optional items lie under the code object,
// pushed in this order (defaults deepest).
const (
	MakeDefaults    = 0x01 // a tuple of positional defaults
	MakeKwDefaults  = 0x02 // a dict of keyword-only defaults
	MakeAnnotations = 0x04 // a tuple name_1, value_1, ..., name_n, value_n
	MakeClosure     = 0x08 // a tuple of cells, one per FreeVars entry of the code
)

func makeFunctionEffect(flags int) (int, int) {
	n := 1
	for b := MakeDefaults; b <= MakeClosure; b <<= 1 {
		if flags&b != 0 {
			n++
		}
	}
	return n, 1
}

// FORMAT_VALUE flag bits.
const (
	FormatConvMask = 0x03 // 0 none, 1 str(), 2 repr(), 3 ascii()
	FormatWithSpec = 0x04 // a format spec string lies on top of the value
)

// InplaceOp is added to a syntax.Operator in a BINARY_OP argument for the
// augmented-assignment form (x += y calls __iadd__ first).
const InplaceOp = 16

// Intrinsic1 names a CALL_INTRINSIC_1 operation.
type Intrinsic1 uint8

// The one-argument intrinsics. (order must match intrinsic1Names)
const (
	IntrinsicInvalid1         Intrinsic1 = iota
	IntrinsicTypeVar                     // name → typing.TypeVar(name)
	IntrinsicParamSpec                   // name → typing.ParamSpec(name)
	IntrinsicTypeVarTuple                // name → typing.TypeVarTuple(name)
	IntrinsicSubscriptGeneric            // params tuple → typing.Generic[*params]
	IntrinsicTypeAlias                   // (name, params_or_none, value_fn) → typing.TypeAliasType
	numIntrinsic1
)

var intrinsic1Names = [numIntrinsic1]string{
	"INTRINSIC_INVALID", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
	"INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
}

func (i Intrinsic1) String() string {
	if i < numIntrinsic1 {
		return intrinsic1Names[i]
	}
	return fmt.Sprintf("Intrinsic1(%d)", uint8(i))
}

// Intrinsic2 names a CALL_INTRINSIC_2 operation.
type Intrinsic2 uint8

// The two-argument intrinsics. (order must match intrinsic2Names)
const (
	IntrinsicInvalid2               Intrinsic2 = iota
	IntrinsicTypeVarWithBound                  // name bound_fn → TypeVar with lazily evaluated bound
	IntrinsicTypeVarWithConstraints            // name constraints_fn → TypeVar with lazily evaluated constraints
	IntrinsicSetFunctionTypeParams             // func params → func, with func.__type_params__ = params
	numIntrinsic2
)

var intrinsic2Names = [numIntrinsic2]string{
	"INTRINSIC_INVALID", "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
	"INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
}

func (i Intrinsic2) String() string {
	if i < numIntrinsic2 {
		return intrinsic2Names[i]
	}
	return fmt.Sprintf("Intrinsic2(%d)", uint8(i))
}

// String returns the opcode's name, as dis prints it.
func (op Opcode) String() string {
	if op < numOpcodes {
		return opTable[op].name
	}
	return fmt.Sprintf("Opcode(%d)", uint8(op))
}

// NumOpcodes is the number of defined opcodes; every Opcode below it is valid.
const NumOpcodes = int(numOpcodes)

// ArgKind returns what op's argument means.
func (op Opcode) ArgKind() ArgKind { return opTable[op].arg }

// Flags returns op's properties.
func (op Opcode) Flags() OpFlags { return opTable[op].flags }

// IsJump reports whether op's argument is a jump target.
func (op Opcode) IsJump() bool { return opTable[op].flags&FlagJump != 0 }

// StackEffect returns how many items op with argument arg pops and pushes
// on the path that falls through (jump == false) or on the path that jumps
// (jump == true, only for FlagJump opcodes).
func StackEffect(op Opcode, arg int, jump bool) (pops, pushes int) {
	info := &opTable[op]
	if jump {
		return int(info.jumpPops), int(info.jumpPushes)
	}
	if info.effect != nil {
		return info.effect(arg)
	}
	return int(info.pops), int(info.pushes)
}

// Magic identifies the bytecode format; the code cache stores it and
// rejects files written with another value. It is derived from the opcode
// table, the intrinsic names and the serialization version, so any change
// to them changes it.
var Magic = computeMagic()

func computeMagic() uint32 {
	// The text hashed is what fmt's %s and %d would print; strconv builds
	// it without fmt's per-call cost, as every run computes it at start-up.
	b := make([]byte, 0, 16<<10)
	num := func(n int, sep byte) {
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, sep)
	}
	b = append(b, "adder bytecode v"...)
	num(marshalVersion, ';')
	for op := Opcode(0); op < numOpcodes; op++ {
		info := &opTable[op]
		b = append(append(b, info.name...), ' ')
		num(int(info.arg), ' ')
		num(int(info.flags), ' ')
		num(int(info.pops), ' ')
		num(int(info.pushes), ' ')
		num(int(info.jumpPops), ' ')
		num(int(info.jumpPushes), ';')
		if info.effect != nil {
			for _, arg := range []int{0, 1, 2, 3, 5, 0x104} {
				p, q := info.effect(arg)
				num(arg, ':')
				num(p, ',')
				num(q, ' ')
			}
		}
	}
	for _, names := range [...][]string{intrinsic1Names[:], intrinsic2Names[:]} {
		for _, s := range names {
			b = append(append(b, s...), ';')
		}
	}
	h := fnv.New32a()
	h.Write(b)
	return h.Sum32()
}

// marshalVersion is the version of the Marshal format; bump it when the
// format changes (it feeds Magic).
const marshalVersion = 1

// marshal.go serializes code objects for the code cache, and Verify checks
// the invariants the interpreter relies on, so a corrupted cache file is
// rejected instead of crashing the interpreter.
//
// Format (all integers are varints, zigzag-encoded when signed):
//
//	file   = magic:uint32 little-endian, code
//	code   = name qualname filename firstlineno argcount posonly kwonly flags
//	         ninstr instr:uint32le*  nconsts const*  names varnames cellvars freevars
//	         cell2arg stacksize positions exctable numloops
//	const  = tag byte, payload: 'N' None, '.' Ellipsis, 'T' True, 'F' False,
//	         'i' int64, 'I' big int (sign byte, magnitude bytes), 'f' float64 bits,
//	         'c' complex (two float64 bits), 's' str, 'b' bytes, '(' tuple,
//	         '{' frozenset, 'C' code
//	positions = per instruction: line delta, endline-line, col+1, endcol+1
//	cell2arg  = count+1 (0 means nil), entries+1

package compile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/adderpy/adder/interp/syntax"
)

// Marshal serializes code (and the code objects nested in its constants).
func Marshal(code *Code) []byte {
	w := &writer{}
	w.buf = binary.LittleEndian.AppendUint32(w.buf, Magic)
	w.code(code)
	return w.buf
}

type writer struct{ buf []byte }

func (w *writer) uint(x uint64) { w.buf = binary.AppendUvarint(w.buf, x) }
func (w *writer) int(x int64)   { w.buf = binary.AppendVarint(w.buf, x) }
func (w *writer) str(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) strs(list []string) {
	w.uint(uint64(len(list)))
	for _, s := range list {
		w.str(s)
	}
}

func (w *writer) code(c *Code) {
	w.str(c.Name)
	w.str(c.QualName)
	w.str(c.Filename)
	w.int(int64(c.FirstLineno))
	w.uint(uint64(c.ArgCount))
	w.uint(uint64(c.PosOnlyArgCount))
	w.uint(uint64(c.KwOnlyArgCount))
	w.uint(uint64(c.Flags))
	w.uint(uint64(len(c.Code)))
	for _, in := range c.Code {
		w.buf = binary.LittleEndian.AppendUint32(w.buf, uint32(in))
	}
	w.uint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		w.constant(k)
	}
	w.strs(c.Names)
	w.strs(c.VarNames)
	w.strs(c.CellVars)
	w.strs(c.FreeVars)
	if c.Cell2Arg == nil {
		w.uint(0)
	} else {
		w.uint(uint64(len(c.Cell2Arg)) + 1)
		for _, a := range c.Cell2Arg {
			w.int(int64(a))
		}
	}
	w.uint(uint64(c.StackSize))
	line := int64(0)
	for _, p := range c.Positions {
		w.int(int64(p.Line) - line)
		line = int64(p.Line)
		w.int(int64(p.EndLine) - int64(p.Line))
		w.int(int64(p.Col) + 1)
		w.int(int64(p.EndCol) + 1)
	}
	w.uint(uint64(len(c.ExceptionTable)))
	for _, h := range c.ExceptionTable {
		w.uint(uint64(h.Start))
		w.uint(uint64(h.End))
		w.uint(uint64(h.Target))
		w.uint(uint64(h.Depth))
		if h.Lasti {
			w.buf = append(w.buf, 1)
		} else {
			w.buf = append(w.buf, 0)
		}
	}
	w.uint(uint64(c.NumLoops))
}

func (w *writer) constant(k Const) {
	switch v := k.(type) {
	case syntax.NoneConst:
		w.buf = append(w.buf, 'N')
	case syntax.EllipsisConst:
		w.buf = append(w.buf, '.')
	case bool:
		if v {
			w.buf = append(w.buf, 'T')
		} else {
			w.buf = append(w.buf, 'F')
		}
	case int64:
		w.buf = append(w.buf, 'i')
		w.int(v)
	case *big.Int:
		w.buf = append(w.buf, 'I')
		w.buf = append(w.buf, byte(v.Sign()+1))
		w.str(string(v.Bytes()))
	case float64:
		w.buf = append(w.buf, 'f')
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(v))
	case complex128:
		w.buf = append(w.buf, 'c')
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(real(v)))
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(imag(v)))
	case string:
		w.buf = append(w.buf, 's')
		w.str(v)
	case syntax.Bytes:
		w.buf = append(w.buf, 'b')
		w.str(string(v))
	case ConstTuple:
		w.buf = append(w.buf, '(')
		w.uint(uint64(len(v)))
		for _, x := range v {
			w.constant(x)
		}
	case ConstFrozenset:
		w.buf = append(w.buf, '{')
		w.uint(uint64(len(v)))
		for _, x := range v {
			w.constant(x)
		}
	case *Code:
		w.buf = append(w.buf, 'C')
		w.code(v)
	default:
		panic(fmt.Sprintf("BUG: Marshal: constant of type %T", k))
	}
}

// ErrBadMagic is returned by Unmarshal for data written by another version
// of the bytecode format.
var ErrBadMagic = errors.New("code cache: bad magic number (stale or foreign cache file)")

// maxNesting bounds the nesting of constants and code objects Unmarshal
// accepts, so hostile input cannot exhaust the goroutine stack.
const maxNesting = 200

// Unmarshal decodes data written by Marshal and checks it with Verify. It
// never panics, whatever the input.
func Unmarshal(data []byte) (code *Code, err error) {
	if len(data) < 4 {
		return nil, errors.New("code cache: truncated")
	}
	if binary.LittleEndian.Uint32(data) != Magic {
		return nil, ErrBadMagic
	}
	r := &reader{buf: data[4:]}
	code = r.code(0)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.buf) != 0 {
		return nil, errors.New("code cache: trailing data")
	}
	if err := Verify(code); err != nil {
		return nil, err
	}
	return code, nil
}

type reader struct {
	buf []byte
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("code cache: " + msg)
	}
	r.buf = nil
}

func (r *reader) uint() uint64 {
	x, n := binary.Uvarint(r.buf)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.buf = r.buf[n:]
	return x
}

func (r *reader) int() int64 {
	x, n := binary.Varint(r.buf)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.buf = r.buf[n:]
	return x
}

// small reads a non-negative int that must fit comfortably in an int.
func (r *reader) small() int {
	x := r.uint()
	if x > 1<<31 {
		r.fail("number out of range")
		return 0
	}
	return int(x)
}

// count reads a length of items each needing at least minSize bytes.
func (r *reader) count(minSize int) int {
	n := r.small()
	if n*minSize > len(r.buf) {
		r.fail("length exceeds data")
		return 0
	}
	return n
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.buf) {
		r.fail("truncated")
		return nil
	}
	b := r.buf[:n]
	r.buf = r.buf[n:]
	return b
}

func (r *reader) str() string { return string(r.bytes(r.count(1))) }

func (r *reader) strs() []string {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.str()
	}
	return list
}

func (r *reader) code(depth int) *Code {
	if depth > maxNesting {
		r.fail("nesting too deep")
		return nil
	}
	c := &Code{}
	c.Name = r.str()
	c.QualName = r.str()
	c.Filename = r.str()
	c.FirstLineno = int(r.int() & 0x7fffffff)
	c.ArgCount = r.small()
	c.PosOnlyArgCount = r.small()
	c.KwOnlyArgCount = r.small()
	c.Flags = Flags(r.uint())
	n := r.count(4)
	c.Code = make([]Instr, n)
	for i := range c.Code {
		if b := r.bytes(4); b != nil {
			c.Code[i] = Instr(binary.LittleEndian.Uint32(b))
		}
	}
	nk := r.count(1)
	if nk > 0 {
		c.Consts = make([]Const, 0, nk)
	}
	for i := 0; i < nk && r.err == nil; i++ {
		c.Consts = append(c.Consts, r.constant(depth))
	}
	c.Names = r.strs()
	c.VarNames = r.strs()
	c.CellVars = r.strs()
	c.FreeVars = r.strs()
	if m := r.count(1); m > 0 {
		c.Cell2Arg = make([]int, m-1)
		for i := range c.Cell2Arg {
			c.Cell2Arg[i] = int(max(min(r.int(), 1<<30), -1<<30))
		}
	}
	c.StackSize = r.small()
	if n*4 > len(r.buf) {
		r.fail("positions truncated")
		return c
	}
	c.Positions = make([]Position, n)
	line := int64(0)
	for i := range c.Positions {
		line += r.int()
		end := line + r.int()
		col, endCol := r.int()-1, r.int()-1
		if line < 0 || line > math.MaxInt32 || end < 0 || end > math.MaxInt32 || col < -1 || col > math.MaxInt32 || endCol < -1 || endCol > math.MaxInt32 {
			r.fail("position out of range")
			return c
		}
		c.Positions[i] = Position{Line: int32(line), EndLine: int32(end), Col: int32(col), EndCol: int32(endCol)}
	}
	ne := r.count(5)
	if ne > 0 {
		c.ExceptionTable = make([]Handler, 0, ne)
	}
	for i := 0; i < ne && r.err == nil; i++ {
		h := Handler{Start: r.small(), End: r.small(), Target: r.small(), Depth: r.small()}
		b := r.bytes(1)
		if b != nil {
			h.Lasti = b[0] != 0
		}
		c.ExceptionTable = append(c.ExceptionTable, h)
	}
	c.NumLoops = r.small()
	return c
}

func (r *reader) constant(depth int) Const {
	tag := r.bytes(1)
	if tag == nil {
		return nil
	}
	switch tag[0] {
	case 'N':
		return syntax.NoneConst{}
	case '.':
		return syntax.EllipsisConst{}
	case 'T':
		return true
	case 'F':
		return false
	case 'i':
		return r.int()
	case 'I':
		sign := r.bytes(1)
		mag := r.str()
		if sign == nil || sign[0] > 2 {
			r.fail("bad int sign")
			return nil
		}
		x := new(big.Int).SetBytes([]byte(mag))
		if sign[0] == 0 {
			x.Neg(x)
		}
		if x.IsInt64() {
			r.fail("big int constant fits in int64")
			return nil
		}
		return x
	case 'f':
		b := r.bytes(8)
		if b == nil {
			return nil
		}
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	case 'c':
		b := r.bytes(16)
		if b == nil {
			return nil
		}
		return complex(math.Float64frombits(binary.LittleEndian.Uint64(b)), math.Float64frombits(binary.LittleEndian.Uint64(b[8:])))
	case 's':
		return r.str()
	case 'b':
		return syntax.Bytes(r.str())
	case '(', '{':
		if depth > maxNesting {
			r.fail("nesting too deep")
			return nil
		}
		n := r.count(1)
		items := make([]Const, 0, n)
		for i := 0; i < n && r.err == nil; i++ {
			items = append(items, r.constant(depth+1))
		}
		if tag[0] == '(' {
			return ConstTuple(items)
		}
		return ConstFrozenset(items)
	case 'C':
		return r.code(depth + 1)
	}
	r.fail(fmt.Sprintf("bad constant tag %q", tag[0]))
	return nil
}

// maxStackSize bounds StackSize; the compiler never needs more.
const maxStackSize = 1 << 20

// Verify checks the invariants the interpreter relies on: valid opcodes,
// arguments in range for their kind, jumps inside the code with back edges
// only to LOOP_HEADER instructions, control never running off the end, an
// exception table in range, and a stack that never underflows and never
// exceeds StackSize on any path. It checks nested code objects too.
func Verify(code *Code) error {
	return verify(code, 0)
}

func verify(c *Code, depth int) error {
	if depth > maxNesting {
		return errors.New("code: nesting too deep")
	}
	fail := func(format string, args ...any) error {
		return fmt.Errorf("code %s: %s", c.QualName, fmt.Sprintf(format, args...))
	}
	n := len(c.Code)
	if n == 0 {
		return fail("empty")
	}
	if len(c.Positions) != n {
		return fail("%d positions for %d instructions", len(c.Positions), n)
	}
	if c.StackSize < 0 || c.StackSize > maxStackSize {
		return fail("stack size %d", c.StackSize)
	}
	if c.PosOnlyArgCount > c.ArgCount {
		return fail("more positional-only arguments than arguments")
	}
	nargs := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&VarArgs != 0 {
		nargs++
	}
	if c.Flags&VarKeywords != 0 {
		nargs++
	}
	if nargs > len(c.VarNames) {
		return fail("%d arguments but %d local names", nargs, len(c.VarNames))
	}
	if c.Cell2Arg != nil {
		if len(c.Cell2Arg) != len(c.CellVars) {
			return fail("cell2arg length")
		}
		for _, a := range c.Cell2Arg {
			if a < -1 || a >= nargs {
				return fail("cell2arg entry %d", a)
			}
		}
	}
	ncells := len(c.CellVars) + len(c.FreeVars)
	loops := 0
	for i, in := range c.Code {
		op, arg := in.Op(), in.Arg()
		if op >= numOpcodes {
			return fail("invalid opcode %d at %d", op, i)
		}
		bad := false
		switch op.ArgKind() {
		case ArgNone:
			bad = arg != 0
		case ArgConst:
			bad = arg >= len(c.Consts)
		case ArgName:
			bad = arg >= len(c.Names)
		case ArgLocal:
			bad = arg >= len(c.VarNames)
		case ArgCell:
			bad = arg >= ncells
		case ArgJump:
			bad = arg >= n || arg <= i && c.Code[arg].Op() != LOOP_HEADER ||
				op == JUMP_FORWARD && arg <= i || op == JUMP_BACKWARD && arg > i
		case ArgCount:
			bad = op == BUILD_SLICE && arg != 2 && arg != 3 || op == RAISE_VARARGS && arg > 2
		case ArgStackPos:
			bad = arg > c.StackSize || arg < 1 && op != RERAISE || op == SWAP && arg < 2
		case ArgLoop:
			bad = arg != loops
			loops++
		case ArgBinOp:
			o := arg
			if o > InplaceOp {
				o -= InplaceOp
			}
			bad = o < int(syntax.Add) || o > int(syntax.FloorDiv) || arg == InplaceOp
		case ArgCmpOp:
			bad = arg < int(syntax.Eq) || arg > int(syntax.GtE)
		case ArgBool:
			bad = arg > 1
		case ArgFlags:
			bad = op == MAKE_FUNCTION && arg > 0xf || op == FORMAT_VALUE && arg > 7
		case ArgWhere:
			bad = arg > 2
		case ArgIntrinsic1:
			bad = arg == 0 || arg >= int(numIntrinsic1)
		case ArgIntrinsic2:
			bad = arg == 0 || arg >= int(numIntrinsic2)
		case ArgUnpackEx:
			bad = arg&0xff+arg>>8+1 > c.StackSize
		}
		if bad {
			return fail("bad argument %d for %v at %d", arg, op, i)
		}
	}
	if loops != c.NumLoops {
		return fail("%d loop headers, NumLoops %d", loops, c.NumLoops)
	}
	prevEnd := 0
	for _, h := range c.ExceptionTable {
		if h.Start < prevEnd || h.End <= h.Start || h.End > n || h.Target >= n || h.Depth < 0 || h.Depth > c.StackSize {
			return fail("bad exception table entry %+v", h)
		}
		prevEnd = h.End
	}
	if err := verifyStack(c); err != nil {
		return fail("%v", err)
	}
	for _, k := range c.Consts {
		if err := verifyConst(k, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func verifyConst(k Const, depth int) error {
	if depth > maxNesting {
		return errors.New("code: constants nested too deep")
	}
	switch v := k.(type) {
	case *Code:
		return verify(v, depth)
	case ConstTuple:
		for _, x := range v {
			if err := verifyConst(x, depth+1); err != nil {
				return err
			}
		}
	case ConstFrozenset:
		for _, x := range v {
			if err := verifyConst(x, depth+1); err != nil {
				return err
			}
		}
	case nil:
		return errors.New("code: nil constant")
	}
	return nil
}

// verifyStack checks stack depths on every path, including handlers.
func verifyStack(c *Code) error {
	n := len(c.Code)
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	handlerOf := make([]int, n)
	for i := range handlerOf {
		handlerOf[i] = -1
	}
	for k, h := range c.ExceptionTable {
		for i := h.Start; i < h.End; i++ {
			handlerOf[i] = k
		}
	}
	var work []int
	var err error
	visit := func(i, d int) {
		switch {
		case err != nil:
		case i >= n:
			err = errors.New("control runs off the end of the code")
		case d > c.StackSize:
			err = fmt.Errorf("stack depth %d exceeds stack size %d at %d", d, c.StackSize, i)
		case depth[i] < 0:
			depth[i] = d
			work = append(work, i)
		case depth[i] != d:
			err = fmt.Errorf("inconsistent stack depth at %d", i)
		}
	}
	visit(0, 0)
	for len(work) > 0 && err == nil {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		in := c.Code[i]
		op, arg := in.Op(), in.Arg()
		if k := handlerOf[i]; k >= 0 {
			h := c.ExceptionTable[k]
			if h.Depth > d {
				return fmt.Errorf("handler depth %d above stack depth %d at %d", h.Depth, d, i)
			}
			hd := h.Depth + 1
			if h.Lasti {
				hd++
			}
			visit(h.Target, hd)
		}
		pops, pushes := StackEffect(op, arg, false)
		// Some opcodes reach below the items they pop.
		reach := pops
		switch {
		case op == RERAISE:
			reach = arg + 1
		case op == DICT_MERGE:
			reach = pops + arg + 2
		case op.ArgKind() == ArgStackPos && op != COPY && op != SWAP:
			reach = pops + arg
		}
		if pops > d || reach > d {
			return fmt.Errorf("stack underflow at %d", i)
		}
		if op.IsJump() {
			jp, jq := StackEffect(op, arg, true)
			visit(arg, d-jp+jq)
		}
		if op.Flags()&FlagNoNext == 0 {
			visit(i+1, d-pops+pushes)
		}
	}
	return err
}

// compile.go is the code generator's core: the Compile entry point, code
// units, instruction emission, constants and names, and name resolution.

package compile

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/adderpy/adder/interp/syntax"
)

// Options control compilation.
type Options struct {
	// Optimize is the optimization level: 1 drops assert statements and
	// makes __debug__ False; 2 also drops docstrings.
	Optimize int
	// Source, when set, is the source text; compile errors then carry the
	// source line and character (not byte) offsets, as CPython's.
	Source []byte
	// AllowTopLevelAwait permits await, async for and async with at the top
	// level (compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT).
	AllowTopLevelAwait bool
	// FutureAnnotations compiles as if the module began with "from
	// __future__ import annotations" (compile()'s flags inherited from the
	// caller, or CO_FUTURE_ANNOTATIONS passed explicitly).
	FutureAnnotations bool
}

// Compile compiles mod into a code object. mod must be a *syntax.Module,
// *syntax.Interactive (expression statements print their value through
// PRINT_EXPR) or *syntax.Expression (the code returns the value).
// Errors are *syntax.Error.
func Compile(mod syntax.ModNode, filename string, opts Options) (code *Code, err error) {
	defer func() {
		if err != nil {
			if se, ok := err.(*syntax.Error); ok {
				fixErrorPosition(se, opts.Source)
			}
		}
	}()
	var future futureFlags
	if opts.FutureAnnotations {
		future = futureAnnotations
	}
	st, err := buildSymbolTable(mod, filename, future)
	if err != nil {
		return nil, err
	}
	c := &compiler{st: st, filename: filename, opts: opts}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			code, err = nil, ce.err
		}
	}()
	c.future = st.future
	return c.module(mod), nil
}

// fixErrorPosition turns byte offsets into CPython's 1-based character
// offsets and fills in the source line.
func fixErrorPosition(e *syntax.Error, src []byte) {
	if src == nil || e.Lineno <= 0 {
		return
	}
	line := sourceLine(src, e.Lineno)
	e.Text = line
	toChars := func(off int) int {
		if off <= 0 {
			return off
		}
		b := off - 1
		if b > len(line) {
			b = len(line)
		}
		return utf8.RuneCountInString(line[:b]) + 1
	}
	e.Offset = toChars(e.Offset)
	if e.EndLineno == e.Lineno {
		e.EndOffset = toChars(e.EndOffset)
	} else if e.EndLineno > 0 {
		end := sourceLine(src, e.EndLineno)
		b := e.EndOffset - 1
		if b >= 0 && b <= len(end) {
			e.EndOffset = utf8.RuneCountInString(end[:b]) + 1
		}
	}
}

func sourceLine(src []byte, lineno int) string {
	s := string(src)
	for i := 1; i < lineno; i++ {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			return ""
		}
		s = s[k+1:]
	}
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return s[:k+1]
	}
	return s
}

type compileError struct{ err *syntax.Error }

type compiler struct {
	st       *SymbolTable
	filename string
	opts     Options
	future   futureFlags
	u        *unit
	stack    []*unit

	isInteractive bool
	moduleBody    []syntax.Stmt // for the __future__ placement check
	foldCache     map[syntax.Expr]foldResult
}

// label names an instruction position; it is bound once with bind.
type label int

const noLabel label = -1

// handler is an exception handler region being compiled.
type handler struct {
	target label
	lasti  bool
	// depth is the stack depth at the setup point plus depthAdjust; it is
	// computed by stackDepth (-1 until then).
	depth       int
	depthAdjust int
	targetIndex int // the instruction position of target, set by assemble
}

// pinstr is an instruction under construction.
type pinstr struct {
	op      Opcode
	arg     int
	target  label // for jumps
	pos     Position
	handler *handler
	dead    bool
}

// opSetup is the pseudo-opcode marking where a handler region starts (its
// stack depth becomes the handler's Depth); arg indexes unit.handlers.
const opSetup = Opcode(numOpcodes)

type unit struct {
	scope    *Scope
	code     *Code
	instrs   []pinstr
	labels   []int
	handlers []*handler
	cur      *handler
	hstack   []*handler
	fblocks  []fblock
	loc      syntax.Pos
	private  string
	consts   map[string]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int // CellVars then FreeVars
	loops    int
	isClass  bool
}

func (c *compiler) errorAt(pos syntax.Pos, format string, args ...any) {
	panic(compileError{&syntax.Error{
		Msg: fmt.Sprintf(format, args...), Filename: c.filename,
		Lineno: pos.Lineno, Offset: pos.ColOffset + 1, EndLineno: pos.EndLineno, EndOffset: pos.EndColOffset + 1,
	}})
}

func (c *compiler) error(format string, args ...any) { c.errorAt(c.u.loc, format, args...) }

// enterScope starts a new code unit for scope s.
func (c *compiler) enterScope(s *Scope, name string, firstLine int) {
	u := &unit{
		scope:    s,
		code:     &Code{Name: name, Filename: c.filename, FirstLineno: firstLine},
		consts:   map[string]int{},
		names:    map[string]int{},
		varnames: map[string]int{},
		cells:    map[string]int{},
		private:  s.private,
		isClass:  s.Kind == ClassScope,
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	for _, p := range s.Params {
		u.varnames[p] = len(u.code.VarNames)
		u.code.VarNames = append(u.code.VarNames, p)
	}
	var cells, frees []string
	for name, sym := range s.Symbols {
		switch {
		case sym.Binding == BindCell:
			cells = append(cells, name)
		case sym.Binding == BindFree || sym.flags&defFreeClass != 0:
			frees = append(frees, name)
		}
	}
	if s.NeedsClassClosure {
		cells = append(cells, "__class__")
	}
	if s.NeedsClassDict {
		cells = append(cells, "__classdict__")
	}
	sort.Strings(cells)
	sort.Strings(frees)
	u.code.CellVars = cells
	u.code.FreeVars = frees
	for i, name := range cells {
		u.cells[name] = i
		if k, ok := u.varnames[name]; ok {
			if u.code.Cell2Arg == nil {
				u.code.Cell2Arg = make([]int, len(cells))
				for j := range u.code.Cell2Arg {
					u.code.Cell2Arg[j] = -1
				}
			}
			u.code.Cell2Arg[i] = k
		}
	}
	for i, name := range frees {
		u.cells[name] = len(cells) + i
	}
	u.code.QualName = c.qualName(name)
	u.loc = syntax.Pos{Lineno: firstLine}
	c.emit(RESUME, 0)
}

// qualName computes __qualname__ as CPython's compiler_set_qualname.
func (c *compiler) qualName(name string) string {
	if len(c.stack) == 0 || c.u.scope.Kind == ModuleScope {
		return name
	}
	parent := c.stack[len(c.stack)-1]
	if parent.scope.Kind == AnnotationScope && len(c.stack) >= 2 && strings.HasPrefix(parent.scope.Name, "<generic parameters of ") {
		parent = c.stack[len(c.stack)-2]
	}
	if parent.scope.Kind == ModuleScope {
		return name
	}
	if c.u.scope.Kind == ClassScope || c.u.scope.Kind == FunctionScope && c.u.scope.Comprehension == nil {
		if sym := parent.scope.Lookup(mangle(parent.private, name)); sym != nil && sym.Binding == BindGlobalExplicit {
			return name
		}
	}
	if parent.scope.Kind == FunctionScope && parent.scope.Comprehension == nil || parent.scope.Kind == AnnotationScope {
		return parent.code.QualName + ".<locals>." + name
	}
	return parent.code.QualName + "." + name
}

// exitScope finishes the current unit and returns its code.
func (c *compiler) exitScope() *Code {
	code := c.assemble()
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

func (c *compiler) position() Position {
	p := c.u.loc
	if p.Lineno == 0 {
		return Position{}
	}
	return Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset)}
}

func (c *compiler) emit(op Opcode, arg int) {
	if arg > MaxArg {
		c.error("too many constants, names or stack items (argument exceeds 2**24)")
	}
	c.u.instrs = append(c.u.instrs, pinstr{op: op, arg: arg, target: noLabel, pos: c.position(), handler: c.u.cur})
}

func (c *compiler) emitJump(op Opcode, l label) {
	c.u.instrs = append(c.u.instrs, pinstr{op: op, target: l, pos: c.position(), handler: c.u.cur})
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) bind(l label) {
	if c.u.labels[l] >= 0 {
		panic("BUG: label bound twice")
	}
	c.u.labels[l] = len(c.u.instrs)
}

// pushHandler makes instructions emitted from now on covered by a handler
// at target, until popHandler.
func (c *compiler) pushHandler(target label, lasti bool) {
	h := &handler{target: target, lasti: lasti, depth: -1}
	c.u.handlers = append(c.u.handlers, h)
	c.u.instrs = append(c.u.instrs, pinstr{op: opSetup, arg: len(c.u.handlers) - 1, target: noLabel, handler: c.u.cur})
	c.u.hstack = append(c.u.hstack, c.u.cur)
	c.u.cur = h
}

func (c *compiler) popHandler() {
	n := len(c.u.hstack)
	c.u.cur = c.u.hstack[n-1]
	c.u.hstack = c.u.hstack[:n-1]
}

// constKey identifies a constant by type and value.
func constKey(v Const) string {
	switch v := v.(type) {
	case syntax.NoneConst:
		return "N"
	case syntax.EllipsisConst:
		return "E"
	case bool:
		if v {
			return "T"
		}
		return "F"
	case int64:
		return "i" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "i" + v.String()
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(v), 16)
	case complex128:
		return "c" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," + strconv.FormatUint(math.Float64bits(imag(v)), 16)
	case string:
		return "s" + v
	case syntax.Bytes:
		return "b" + string(v)
	case ConstTuple:
		var b strings.Builder
		b.WriteString("(")
		for _, x := range v {
			k := constKey(x)
			b.WriteString(strconv.Itoa(len(k)))
			b.WriteByte(':')
			b.WriteString(k)
		}
		return b.String()
	case ConstFrozenset:
		var b strings.Builder
		b.WriteString("{")
		for _, x := range v {
			k := constKey(x)
			b.WriteString(strconv.Itoa(len(k)))
			b.WriteByte(':')
			b.WriteString(k)
		}
		return b.String()
	case *Code:
		return fmt.Sprintf("C%p", v)
	}
	panic(fmt.Sprintf("BUG: constKey %T", v))
}

func (c *compiler) constIndex(v Const) int {
	k := constKey(v)
	if i, ok := c.u.consts[k]; ok {
		return i
	}
	i := len(c.u.code.Consts)
	c.u.consts[k] = i
	c.u.code.Consts = append(c.u.code.Consts, v)
	return i
}

func (c *compiler) loadConst(v Const) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	i := len(c.u.code.Names)
	c.u.names[name] = i
	c.u.code.Names = append(c.u.code.Names, name)
	return i
}

func (c *compiler) varIndex(name string) int {
	if i, ok := c.u.varnames[name]; ok {
		return i
	}
	i := len(c.u.code.VarNames)
	c.u.varnames[name] = i
	c.u.code.VarNames = append(c.u.code.VarNames, name)
	return i
}

func (c *compiler) cellIndex(name string) int {
	i, ok := c.u.cells[name]
	if !ok {
		panic(fmt.Sprintf("BUG: %q is not a cell or free variable of %s", name, c.u.code.QualName))
	}
	return i
}

func (c *compiler) mangle(name string) string { return mangle(c.u.private, name) }

// isFunctionLike reports whether the current unit uses fast locals.
func (c *compiler) isFunctionLike() bool {
	k := c.u.scope.Kind
	return k == FunctionScope || k == AnnotationScope
}

// nameOp emits the load, store or delete of a name.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	if name == "__debug__" && ctx != syntax.Load {
		if ctx == syntax.Store {
			c.error("cannot assign to __debug__")
		}
		c.error("cannot delete __debug__")
	}
	mangled := c.mangle(name)
	binding := BindUnknown
	if sym := c.u.scope.Lookup(mangled); sym != nil {
		binding = sym.Binding
	}
	switch binding {
	case BindFree, BindCell:
		i := c.cellIndex(mangled)
		switch ctx {
		case syntax.Load:
			if c.u.isClass {
				c.emit(LOAD_LOCALS, 0)
				c.emit(LOAD_FROM_DICT_OR_DEREF, i)
			} else if c.u.scope.CanSeeClassScope && binding == BindFree {
				c.emit(LOAD_DEREF, c.cellIndex("__classdict__"))
				c.emit(LOAD_FROM_DICT_OR_DEREF, i)
			} else {
				c.emit(LOAD_DEREF, i)
			}
		case syntax.Store:
			c.emit(STORE_DEREF, i)
		default:
			c.emit(DELETE_DEREF, i)
		}
		return
	case BindLocal:
		if c.isFunctionLike() {
			i := c.varIndex(mangled)
			c.emit([...]Opcode{syntax.Load: LOAD_FAST, syntax.Store: STORE_FAST, syntax.Del: DELETE_FAST}[ctx], i)
			return
		}
	case BindGlobalImplicit:
		if c.isFunctionLike() {
			if ctx == syntax.Load && c.u.scope.CanSeeClassScope {
				c.emit(LOAD_DEREF, c.cellIndex("__classdict__"))
				c.emit(LOAD_FROM_DICT_OR_GLOBALS, c.nameIndex(mangled))
				return
			}
			c.globalOp(mangled, ctx)
			return
		}
	case BindGlobalExplicit:
		c.globalOp(mangled, ctx)
		return
	}
	i := c.nameIndex(mangled)
	c.emit([...]Opcode{syntax.Load: LOAD_NAME, syntax.Store: STORE_NAME, syntax.Del: DELETE_NAME}[ctx], i)
}

func (c *compiler) globalOp(name string, ctx syntax.ExprContext) {
	c.emit([...]Opcode{syntax.Load: LOAD_GLOBAL, syntax.Store: STORE_GLOBAL, syntax.Del: DELETE_GLOBAL}[ctx], c.nameIndex(name))
}

// module compiles the top-level code.
func (c *compiler) module(mod syntax.ModNode) *Code {
	c.enterScope(c.st.Top, "<module>", 1)
	switch m := mod.(type) {
	case *syntax.Module:
		c.moduleBody = m.Body
		c.body(m.Body, true)
		c.u.loc = syntax.Pos{}
		c.loadConst(syntax.NoneConst{})
		c.emit(RETURN_VALUE, 0)
	case *syntax.Interactive:
		c.isInteractive = true
		c.moduleBody = m.Body
		if findAnnotations(m.Body) {
			c.emit(SETUP_ANNOTATIONS, 0)
		}
		for _, s := range m.Body {
			c.stmt(s)
		}
		c.u.loc = syntax.Pos{}
		c.loadConst(syntax.NoneConst{})
		c.emit(RETURN_VALUE, 0)
	case *syntax.Expression:
		c.expr(m.Body)
		c.emit(RETURN_VALUE, 0)
	}
	return c.exitScope()
}

// body compiles a module or class body: its docstring goes to __doc__.
func (c *compiler) body(stmts []syntax.Stmt, module bool) {
	if module && findAnnotations(stmts) {
		c.u.loc = syntax.Pos{Lineno: 1}
		if len(stmts) > 0 {
			c.u.loc = *syntax.PosOf(stmts[0])
		}
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if len(stmts) > 0 && isDocstring(stmts[0]) && c.opts.Optimize < 2 {
		st := stmts[0].(*syntax.ExprStmt)
		c.u.loc = st.Pos
		c.expr(st.Value)
		c.nameOp("__doc__", syntax.Store)
		stmts = stmts[1:]
	}
	for _, s := range stmts {
		c.stmt(s)
	}
}

// findAnnotations reports whether a module or class body has annotated
// assignments of simple names (which need SETUP_ANNOTATIONS), looking into
// compound statements but not into nested scopes.
func findAnnotations(stmts []syntax.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.TryStar:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.Match:
			for _, mc := range s.Cases {
				if findAnnotations(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}

// codeFlags computes the flags of the current unit's code.
func (c *compiler) codeFlags() Flags {
	s := c.u.scope
	var f Flags
	if s.Kind == FunctionScope || s.Kind == AnnotationScope {
		f |= Optimized | NewLocals
		if s.Nested {
			f |= Nested
		}
		switch {
		case s.Generator && s.Coroutine:
			f |= AsyncGenerator
		case s.Generator:
			f |= Generator
		case s.Coroutine:
			f |= Coroutine
		}
		if s.VarArgs {
			f |= VarArgs
		}
		if s.VarKw {
			f |= VarKeywords
		}
	} else if s.Kind == ClassScope {
		f |= NewLocals
	}
	if len(c.u.code.CellVars) == 0 && len(c.u.code.FreeVars) == 0 {
		f |= NoFree
	}
	if c.future&futureAnnotations != 0 {
		f |= FutureAnnotations
	}
	return f
}

// expr.go generates code for expressions: operators, calls, collection
// displays, comprehensions, assignment targets and conditional jumps.

package compile

import (
	"github.com/adderpy/adder/interp/syntax"
)

// stackUseGuideline bounds how many items a display or call pushes at once
// before the compiler switches to incremental building, as CPython's.
const stackUseGuideline = 30

func (c *compiler) expr(e syntax.Expr) {
	loc := c.u.loc
	c.u.loc = *syntax.PosOf(e)
	if v, ok := c.constValue(e); ok {
		c.loadConst(v)
	} else {
		c.expr1(e)
	}
	c.u.loc = loc
}

func (c *compiler) expr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[len(e.Values)-1])
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.store(e.Target)
	case *syntax.BinOp:
		if js := percentFormat(e); js != nil {
			c.expr1(js)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.u.loc = e.Pos
		c.emit(BINARY_OP, int(e.Op))
	case *syntax.UnaryOp:
		c.expr(e.Operand)
		c.u.loc = e.Pos
		c.emit([...]Opcode{syntax.Invert: UNARY_INVERT, syntax.Not: UNARY_NOT, syntax.UAdd: UNARY_POSITIVE, syntax.USub: UNARY_NEGATIVE}[e.Op], 0)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		next, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.emitJump(JUMP_FORWARD, end)
		c.bind(next)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET)
	case *syntax.List:
		c.starUnpack(e.Elts, 0, BUILD_LIST)
	case *syntax.Tuple:
		c.starUnpack(e.Elts, 0, BUILD_TUPLE)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, BUILD_LIST)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, BUILD_SET)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, BUILD_MAP)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, NOP)
	case *syntax.Await:
		if !(c.u.scope.Kind == ModuleScope && c.opts.AllowTopLevelAwait) {
			if !c.isFunctionLike() {
				c.error("'await' outside function")
			}
			if !c.u.scope.AsyncDef && c.u.scope.Comprehension == nil {
				c.error("'await' outside async function")
			}
		}
		c.expr(e.Value)
		c.u.loc = e.Pos
		c.awaitTOS(0)
	case *syntax.Yield:
		if !c.isFunctionLike() {
			c.error("'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(syntax.NoneConst{})
		}
		c.u.loc = e.Pos
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if !c.isFunctionLike() {
			c.error("'yield' outside function")
		}
		if c.u.scope.Coroutine {
			c.error("'yield from' inside async function")
		}
		c.expr(e.Value)
		c.u.loc = e.Pos
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(syntax.NoneConst{})
		c.emit(SEND, 0)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.FormattedValue:
		c.expr(e.Value)
		flags := 0
		switch e.Conversion {
		case 's':
			flags = 1
		case 'r':
			flags = 2
		case 'a':
			flags = 3
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			flags |= FormatWithSpec
		}
		c.u.loc = e.Pos
		c.emit(FORMAT_VALUE, flags)
	case *syntax.JoinedStr:
		if len(e.Values) == 0 {
			c.loadConst("")
			return
		}
		for _, v := range e.Values {
			c.expr(v)
		}
		if len(e.Values) > 1 {
			c.u.loc = e.Pos
			c.emit(BUILD_STRING, len(e.Values))
		} else if _, ok := e.Values[0].(*syntax.Constant); !ok {
			if _, ok := e.Values[0].(*syntax.FormattedValue); !ok {
				c.emit(BUILD_STRING, 1)
			}
		}
	case *syntax.Constant:
		c.loadConst(e.Value)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.u.loc = attrLoc(e.Pos, e)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(e.Attr)))
	case *syntax.Subscript:
		c.expr(e.Value)
		if s, ok := twoPartSlice(e.Slice); ok {
			c.sliceBounds(s)
			c.u.loc = e.Pos
			c.emit(BINARY_SLICE, 0)
			return
		}
		c.slice(e.Slice)
		c.u.loc = e.Pos
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Starred:
		c.error("can't use starred expression here")
	case *syntax.Name:
		c.nameOp(e.Id, syntax.Load)
	case *syntax.Slice:
		c.sliceExpr(e)
	default:
		panic("BUG: expr: unknown expression")
	}
}

// slice pushes a subscript's index.
func (c *compiler) slice(e syntax.Expr) {
	if s, ok := e.(*syntax.Slice); ok {
		c.u.loc = s.Pos
		c.sliceExpr(s)
		return
	}
	c.expr(e)
}

// twoPartSlice returns e as a slice without a step (a[x:y]), which
// BINARY_SLICE and STORE_SLICE take apart on the stack.
func twoPartSlice(e syntax.Expr) (*syntax.Slice, bool) {
	s, ok := e.(*syntax.Slice)
	return s, ok && s.Step == nil
}

// sliceBounds pushes the lower and upper bounds of a slice, None for
// an omitted one.
func (c *compiler) sliceBounds(s *syntax.Slice) {
	for _, x := range []syntax.Expr{s.Lower, s.Upper} {
		if x == nil {
			c.loadConst(syntax.NoneConst{})
		} else {
			c.expr(x)
		}
	}
}

func (c *compiler) sliceExpr(s *syntax.Slice) {
	n := 2
	c.sliceBounds(s)
	if s.Step != nil {
		c.expr(s.Step)
		n = 3
	}
	c.u.loc = s.Pos
	c.emit(BUILD_SLICE, n)
}

// starUnpack builds a tuple, list or set (build is its BUILD_ opcode) from
// elts, which may contain starred items; pushed items already on the stack
// become its first elements.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build Opcode) {
	pos := c.u.loc
	starred := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			starred = true
		}
	}
	if pushed == 0 && len(elts) > 2 && !starred && build != BUILD_TUPLE {
		if vals, ok := c.constValues(elts); ok {
			if build == BUILD_LIST {
				c.emit(BUILD_LIST, 0)
				c.loadConst(ConstTuple(vals))
				c.emit(LIST_EXTEND, 1)
			} else if fs, ok := makeFrozenset(vals); ok {
				c.emit(BUILD_SET, 0)
				c.loadConst(fs)
				c.emit(SET_UPDATE, 1)
			} else {
				c.emit(BUILD_SET, 0)
				c.loadConst(ConstTuple(vals))
				c.emit(SET_UPDATE, 1)
			}
			return
		}
	}
	if !starred && len(elts)+pushed <= stackUseGuideline {
		for _, e := range elts {
			c.expr(e)
		}
		c.u.loc = pos
		c.emit(build, len(elts)+pushed)
		return
	}
	add, extend := LIST_APPEND, LIST_EXTEND
	collection := BUILD_LIST
	if build == BUILD_SET {
		add, extend, collection = SET_ADD, SET_UPDATE, BUILD_SET
	}
	c.emit(collection, pushed)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	c.u.loc = pos
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	pos := c.u.loc
	n := len(e.Keys)
	hasUnpack := false
	for _, k := range e.Keys {
		if k == nil {
			hasUnpack = true
		}
	}
	if !hasUnpack && n > 1 && n <= stackUseGuideline {
		if keys, ok := c.constValues(e.Keys); ok {
			for _, v := range e.Values {
				c.expr(v)
			}
			c.u.loc = pos
			c.loadConst(ConstTuple(keys))
			c.emit(BUILD_CONST_KEY_MAP, n)
			return
		}
	}
	if !hasUnpack && n <= stackUseGuideline {
		for i := range e.Keys {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
		}
		c.u.loc = pos
		c.emit(BUILD_MAP, n)
		return
	}
	c.emit(BUILD_MAP, 0)
	for i, k := range e.Keys {
		if k == nil {
			c.expr(e.Values[i])
			c.u.loc = pos
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		c.u.loc = pos
		c.emit(MAP_ADD, 1)
	}
}

func cmpOp(c *compiler, op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, int(op))
	}
}

// comparator pushes a comparison's right operand; a list or set display of
// constants after "in" becomes a tuple or frozenset constant.
func (c *compiler) comparator(op syntax.CmpOp, e syntax.Expr) {
	if op == syntax.In || op == syntax.NotIn {
		switch d := e.(type) {
		case *syntax.List:
			if vals, ok := c.constValues(d.Elts); ok {
				c.u.loc = d.Pos
				c.loadConst(ConstTuple(vals))
				return
			}
		case *syntax.Set:
			if vals, ok := c.constValues(d.Elts); ok {
				if fs, ok := makeFrozenset(vals); ok {
					c.u.loc = d.Pos
					c.loadConst(fs)
					return
				}
			}
		}
	}
	c.expr(e)
}

func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.Left)
	n := len(e.Ops)
	if n == 1 {
		c.comparator(e.Ops[0], e.Comparators[0])
		c.u.loc = e.Pos
		cmpOp(c, e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.comparator(e.Ops[i], e.Comparators[i])
		c.u.loc = e.Pos
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		cmpOp(c, e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.comparator(e.Ops[n-1], e.Comparators[n-1])
	c.u.loc = e.Pos
	cmpOp(c, e.Ops[n-1])
	c.emitJump(JUMP_FORWARD, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// jumpIf emits code that jumps to target when truth(e) == cond and falls
// through otherwise, short-circuiting and/or/not without building values.
//
// A comparison it tests becomes the current position, as in CPython (so
// the raise of "assert x < y" points at the comparison).
func (c *compiler) jumpIf(e syntax.Expr, target label, cond bool) {
	if v, ok := c.constValue(e); ok {
		if truth(v) == cond {
			c.emitJump(JUMP_FORWARD, target)
		}
		return
	}
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *syntax.BoolOp:
		orOp := e.Op == syntax.Or
		next := target
		if cond != orOp {
			next = c.newLabel()
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.jumpIf(v, next, orOp)
		}
		c.jumpIf(e.Values[len(e.Values)-1], target, cond)
		if next != target {
			c.bind(next)
		}
		return
	case *syntax.IfExp:
		next, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.jumpIf(e.Body, target, cond)
		c.emitJump(JUMP_FORWARD, end)
		c.bind(next)
		c.jumpIf(e.Orelse, target, cond)
		c.bind(end)
		return
	case *syntax.Compare:
		c.u.loc = e.Pos
		n := len(e.Ops)
		if n == 1 && (e.Ops[0] == syntax.Is || e.Ops[0] == syntax.IsNot) {
			if k, ok := e.Comparators[0].(*syntax.Constant); ok {
				if _, isNone := k.Value.(syntax.NoneConst); isNone {
					c.expr(e.Left)
					c.u.loc = e.Pos
					if (e.Ops[0] == syntax.Is) == cond {
						c.emitJump(POP_JUMP_IF_NONE, target)
					} else {
						c.emitJump(POP_JUMP_IF_NOT_NONE, target)
					}
					return
				}
			}
		}
		if n > 1 {
			cleanup, end := c.newLabel(), c.newLabel()
			c.expr(e.Left)
			for i := 0; i < n-1; i++ {
				c.comparator(e.Ops[i], e.Comparators[i])
				c.u.loc = e.Pos
				c.emit(SWAP, 2)
				c.emit(COPY, 2)
				cmpOp(c, e.Ops[i])
				c.emitJump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.comparator(e.Ops[n-1], e.Comparators[n-1])
			c.u.loc = e.Pos
			cmpOp(c, e.Ops[n-1])
			c.popJumpIf(cond, target)
			c.emitJump(JUMP_FORWARD, end)
			c.bind(cleanup)
			c.emit(POP_TOP, 0)
			if !cond {
				c.emitJump(JUMP_FORWARD, target)
			}
			c.bind(end)
			return
		}
	}
	c.expr(e)
	c.popJumpIf(cond, target)
}

func (c *compiler) popJumpIf(cond bool, target label) {
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) call(e *syntax.Call) {
	if attr, ok := e.Func.(*syntax.Attribute); ok && c.simpleArgs(e) && !c.isImported(attr.Value) {
		c.expr(attr.Value)
		c.u.loc = attrLoc(attr.Pos, attr)
		c.emit(LOAD_METHOD, c.nameIndex(c.mangle(attr.Attr)))
		c.callHelper(attrLoc(e.Pos, attr), 0, e.Args, e.Keywords, false)
		return
	}
	c.expr(e.Func)
	c.callHelper(e.Pos, 0, e.Args, e.Keywords, true)
}

// attrLoc adjusts loc, the position of an instruction for attribute a,
// when a spans lines: the instruction then starts at the attribute name,
// so tracebacks point at the line with the name (as CPython 3.11's
// update_start_location_to_match_attr).
func attrLoc(loc syntax.Pos, a *syntax.Attribute) syntax.Pos {
	if loc.Lineno == a.EndLineno {
		return loc
	}
	loc.Lineno = a.EndLineno
	if n := len(a.Attr); n <= a.EndColOffset {
		loc.ColOffset = a.EndColOffset - n
	}
	loc.EndLineno = max(loc.EndLineno, loc.Lineno)
	if loc.Lineno == loc.EndLineno {
		loc.EndColOffset = max(loc.ColOffset, loc.EndColOffset)
	}
	return loc
}

// isImported reports whether e is a name the module binds by import:
// calls of its attributes use LOAD_ATTR, as CPython 3.11 compiles them
// (module attributes are not methods).
func (c *compiler) isImported(e syntax.Expr) bool {
	n, ok := e.(*syntax.Name)
	if !ok {
		return false
	}
	sym := c.st.Top.Symbols[n.Id]
	return sym != nil && sym.flags&defImport != 0
}

// simpleArgs reports whether a call needs neither *args nor **kwargs and
// has few arguments (so it can use LOAD_METHOD and CALL).
func (c *compiler) simpleArgs(e *syntax.Call) bool {
	if len(e.Args)+len(e.Keywords) >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

// callHelper pushes the arguments and emits the call. The callable (and,
// unless pushNull, its self slot) is on the stack, followed by pushed
// positional arguments.
func (c *compiler) callHelper(pos syntax.Pos, pushed int, args []syntax.Expr, kws []*syntax.Keyword, pushNull bool) {
	c.checkKeywords(kws)
	simple := len(args)+len(kws)+pushed < stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		if pushNull {
			if pushed > 0 {
				panic("BUG: callHelper: pushed arguments before the null slot")
			}
			c.emit(PUSH_NULL, 0)
		}
		for _, a := range args {
			c.expr(a)
		}
		n := pushed + len(args) + len(kws)
		if len(kws) > 0 {
			names := make(ConstTuple, len(kws))
			for i, k := range kws {
				c.expr(k.Value)
				names[i] = k.Arg
			}
			c.u.loc = pos
			c.loadConst(names)
			c.emit(CALL_KW, n)
			return
		}
		c.u.loc = pos
		c.emit(CALL, n)
		return
	}
	if pushNull {
		if pushed > 0 {
			panic("BUG: callHelper: pushed arguments before the null slot")
		}
		c.emit(PUSH_NULL, 0)
	}
	if s, ok := singleStarred(args); ok && pushed == 0 {
		// f(*a): CALL_FUNCTION_EX makes the tuple (and words the error
		// for a non-iterable as CPython does).
		c.expr(s.Value)
	} else {
		c.starUnpack(args, pushed, BUILD_TUPLE)
	}
	hasKw := 0
	if len(kws) > 0 {
		hasKw = 1
		c.keywordsDict(kws)
	}
	c.u.loc = pos
	c.emit(CALL_FUNCTION_EX, hasKw)
}

// singleStarred reports whether args is exactly one starred expression.
func singleStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

// keywordsDict pushes a dict of the keyword arguments, merging **mappings.
func (c *compiler) keywordsDict(kws []*syntax.Keyword) {
	started := false
	i := 0
	for i < len(kws) {
		if kws[i].Arg == "" {
			if !started {
				c.emit(BUILD_MAP, 0)
				started = true
			}
			c.expr(kws[i].Value)
			c.emit(DICT_MERGE, 1)
			i++
			continue
		}
		j := i
		for j < len(kws) && kws[j].Arg != "" && j-i < stackUseGuideline/2 {
			c.loadConst(kws[j].Arg)
			c.expr(kws[j].Value)
			j++
		}
		c.emit(BUILD_MAP, j-i)
		if started {
			c.emit(DICT_MERGE, 1)
		}
		started = true
		i = j
	}
}

func (c *compiler) checkKeywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.error("cannot assign to __debug__")
		}
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.errorAt(o.Pos, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// store emits the store of the value on top of the stack into target.
func (c *compiler) store(t syntax.Expr) {
	loc := c.u.loc
	c.u.loc = *syntax.PosOf(t)
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		if t.Attr == "__debug__" {
			c.error("cannot assign to __debug__")
		}
		c.expr(t.Value)
		c.u.loc = attrLoc(t.Pos, t)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		if s, ok := twoPartSlice(t.Slice); ok {
			c.sliceBounds(s)
			c.u.loc = t.Pos
			c.emit(STORE_SLICE, 0)
			break
		}
		c.slice(t.Slice)
		c.u.loc = t.Pos
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(t.Elts)
	case *syntax.List:
		c.unpack(t.Elts)
	case *syntax.Starred:
		c.error("starred assignment target must be in a list or tuple")
	default:
		c.error("cannot assign to %s", exprKindName(t))
	}
	c.u.loc = loc
}

func (c *compiler) unpack(elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.error("multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star >= 1<<8 || after >= 1<<16 {
			c.error("too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.Value
		}
		c.store(e)
	}
}

func (c *compiler) delete(t syntax.Expr) {
	c.u.loc = *syntax.PosOf(t)
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.u.loc = attrLoc(t.Pos, t)
		c.emit(DELETE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.slice(t.Slice)
		c.u.loc = t.Pos
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.delete(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.delete(e)
		}
	default:
		c.error("cannot delete %s", exprKindName(t))
	}
}

// exprKindName names an expression kind as CPython's error messages do.
func exprKindName(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Constant:
		return "literal"
	case *syntax.Call:
		return "function call"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.Name:
		return "name"
	case *syntax.Starred:
		return "starred"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "f-string expression"
	case *syntax.Await:
		return "await expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	default:
		return "expression"
	}
}

// iterExpr pushes the iterable of a for loop; a list display becomes a
// tuple (constant when possible), as CPython's optimizer does.
func (c *compiler) iterExpr(e syntax.Expr) {
	if l, ok := e.(*syntax.List); ok {
		if vals, ok := c.constValues(l.Elts); ok {
			c.u.loc = l.Pos
			c.loadConst(ConstTuple(vals))
			return
		}
		loc := c.u.loc
		c.u.loc = l.Pos
		c.starUnpack(l.Elts, 0, BUILD_TUPLE)
		c.u.loc = loc
		return
	}
	c.expr(e)
}

func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr, build Opcode) {
	pos := *syntax.PosOf(e)
	scope := c.st.scopeOf(e, subBody)
	outerCoroutine := c.u.scope.AsyncDef || (c.u.scope.Kind == ModuleScope && c.opts.AllowTopLevelAwait)
	outerIsComprehension := c.u.scope.Comprehension != nil
	isAsync := scope.Coroutine && build != NOP
	if isAsync && !outerCoroutine && !outerIsComprehension {
		c.error("asynchronous comprehension outside of an asynchronous function")
	}
	c.enterScope(scope, name, pos.Lineno)
	c.u.loc = pos
	c.u.code.ArgCount = 1
	if build != NOP {
		c.emit(build, 0)
	}
	c.compGenerator(gens, 0, elt, value, build)
	c.u.loc = pos
	if build == NOP {
		c.loadConst(syntax.NoneConst{})
	}
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope()
	c.u.loc = pos
	c.makeClosure(code, 0)
	c.emit(PUSH_NULL, 0)
	c.iterExpr(gens[0].Iter)
	c.u.loc = pos
	if gens[0].IsAsync != 0 {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if isAsync {
		c.awaitTOS(0)
	}
}

func (c *compiler) compGenerator(gens []*syntax.Comprehension, i int, elt, value syntax.Expr, build Opcode) {
	g := gens[i]
	pos := c.u.loc
	if i == 0 {
		c.emit(LOAD_FAST, c.varIndex(".0"))
	} else {
		c.iterExpr(g.Iter)
		c.u.loc = pos
		if g.IsAsync != 0 {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	top, anchor := c.newLabel(), c.newLabel()
	c.bind(top)
	c.loopHeader()
	if g.IsAsync != 0 {
		c.pushHandler(anchor, false)
		c.emit(GET_ANEXT, 0)
		c.loadConst(syntax.NoneConst{})
		c.emit(SEND, 0)
		c.popHandler()
	} else {
		c.emitJump(FOR_ITER, anchor)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, top, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, elt, value, build)
	} else {
		depth := len(gens) + 1
		switch build {
		case NOP:
			c.expr(elt)
			c.u.loc = pos
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		case BUILD_LIST:
			c.expr(elt)
			c.u.loc = pos
			c.emit(LIST_APPEND, depth)
		case BUILD_SET:
			c.expr(elt)
			c.u.loc = pos
			c.emit(SET_ADD, depth)
		case BUILD_MAP:
			c.expr(elt)
			c.expr(value)
			c.u.loc = pos
			c.emit(MAP_ADD, depth)
		}
	}
	c.u.loc = pos
	c.emitJump(JUMP_BACKWARD, top)
	c.bind(anchor)
	if g.IsAsync != 0 {
		c.emit(END_ASYNC_FOR, 0)
	}
}

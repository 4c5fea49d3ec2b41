// stmt.go generates code for statements, including the control-flow blocks
// (loops, try, with) that break, continue and return unwind.

package compile

import (
	"strings"

	"github.com/adderpy/adder/interp/syntax"
)

// fblockKind is the kind of a frame block: a construct that break,
// continue and return must unwind.
type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbAsyncFor
	fbTryExcept      // body of try with except clauses
	fbFinallyTry     // body of try with finally
	fbFinallyEnd     // finally handler body (exception pending: "prev exc")
	fbWith           // body of with ("exit" on the stack)
	fbAsyncWith      // body of async with
	fbHandlerCleanup // except clause body ("prev" on the stack)
	fbExceptHandler  // between PUSH_EXC_INFO and the clauses
	fbExceptStar     // except* clauses: return, break and continue may not leave them
	fbPopValue       // a finally body run for a return: the return value lies under it
)

type fblock struct {
	kind      fblockKind
	top, exit label         // loops: continue and break targets
	outer     *handler      // handler active outside this block
	finalBody []syntax.Stmt // fbFinallyTry
	name      string        // fbHandlerCleanup: the except clause's name
	pos       syntax.Pos    // fbWith, fbAsyncWith: the with statement
}

func (c *compiler) pushBlock(b fblock) {
	if len(c.u.fblocks) >= 20 {
		c.error("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, b)
}

func (c *compiler) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	c.u.loc = *syntax.PosOf(s)
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *syntax.AsyncFunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.TypeAlias:
		c.typeAlias(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		c.forStmt(s.Target, s.Iter, s.Body, s.Orelse, false)
	case *syntax.AsyncFor:
		c.checkAsync(s.Pos, "'async for' outside async function")
		c.forStmt(s.Target, s.Iter, s.Body, s.Orelse, true)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		end := c.newLabel()
		if len(s.Orelse) > 0 {
			next := c.newLabel()
			c.jumpIf(s.Test, next, false)
			c.stmts(s.Body)
			c.emitJump(JUMP_FORWARD, end)
			c.bind(next)
			c.stmts(s.Orelse)
		} else {
			c.jumpIf(s.Test, end, false)
			c.stmts(s.Body)
		}
		c.bind(end)
	case *syntax.With:
		c.withStmt(s, s.Items, s.Body, false)
	case *syntax.AsyncWith:
		c.checkAsync(s.Pos, "'async with' outside async function")
		c.withStmt(s, s.Items, s.Body, true)
	case *syntax.Match:
		c.matchStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.u.loc = s.Pos
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Pos, s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Pos, s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Pos, s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryStar(s.Pos, s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		if c.opts.Optimize > 0 {
			return
		}
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL, 0)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.ExprStmt:
		if c.interactive() {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if _, ok := s.Value.(*syntax.Constant); ok {
			return
		}
		c.expr(s.Value)
		c.u.loc = s.Pos
		c.emit(POP_TOP, 0)
	case *syntax.Pass:
	case *syntax.Break:
		c.breakStmt(s.Pos)
	case *syntax.Continue:
		c.continueStmt(s.Pos)
	default:
		panic("BUG: stmt: unknown statement")
	}
}

// interactive reports whether expression statements print (top level of
// an Interactive module).
func (c *compiler) interactive() bool {
	return c.u.scope.Kind == ModuleScope && c.isInteractive
}

func (c *compiler) checkAsync(pos syntax.Pos, msg string) {
	if c.u.scope.AsyncDef || (c.u.scope.Kind == ModuleScope && c.opts.AllowTopLevelAwait) {
		return
	}
	c.errorAt(pos, "%s", msg)
}

// unwind emits the cleanups of the frame blocks from the innermost out to
// (not including) the innermost loop when toLoop, or all of them. With
// preserve, the value on top of the stack is kept above the cleanups.
// It returns the loop block reached, or nil.
func (c *compiler) unwind(preserve, toLoop bool) *fblock {
	saved := c.u.cur
	blocks := c.u.fblocks
	defer func() {
		c.u.fblocks = blocks
		c.u.cur = saved
	}()
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if toLoop && (b.kind == fbWhile || b.kind == fbFor || b.kind == fbAsyncFor) {
			return b
		}
		if b.kind == fbExceptStar {
			c.error("'break', 'continue' and 'return' cannot appear in an except* block")
		}
		c.u.fblocks = blocks[:i:i] // full slice: cleanups may push blocks without overwriting b
		c.unwindBlock(b, preserve)
	}
	return nil
}

func (c *compiler) unwindBlock(b *fblock, preserve bool) {
	switch b.kind {
	case fbWhile, fbExceptHandler, fbExceptStar:
	case fbFor, fbAsyncFor:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	case fbTryExcept:
		c.u.cur = b.outer
	case fbFinallyTry:
		c.u.cur = b.outer
		loc := c.u.loc
		if preserve {
			// A return, break or continue in the finally body must drop
			// the value being returned.
			c.pushBlock(fblock{kind: fbPopValue, outer: b.outer})
		}
		c.stmts(b.finalBody)
		if preserve {
			c.popBlock()
		}
		c.u.loc = loc
	case fbPopValue:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	case fbFinallyEnd:
		c.u.cur = b.outer
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		c.u.cur = b.outer
		loc := c.u.loc
		c.u.loc = b.pos
		if preserve {
			c.emit(SWAP, 2)
		}
		c.callExitWithNones()
		if b.kind == fbAsyncWith {
			c.awaitTOS(2)
		}
		c.emit(POP_TOP, 0)
		c.u.loc = loc
	case fbHandlerCleanup:
		c.u.cur = b.outer
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
		if b.name != "" {
			c.loadConst(syntax.NoneConst{})
			c.nameOp(b.name, syntax.Store)
			c.nameOp(b.name, syntax.Del)
		}
	}
}

func (c *compiler) callExitWithNones() {
	c.loadConst(syntax.NoneConst{})
	c.loadConst(syntax.NoneConst{})
	c.loadConst(syntax.NoneConst{})
	c.emit(CALL, 2)
}

// awaitTOS awaits the object on top of the stack.
func (c *compiler) awaitTOS(where int) {
	c.emit(GET_AWAITABLE, where)
	c.loadConst(syntax.NoneConst{})
	c.emit(SEND, 0)
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if !c.isFunctionLike() {
		c.error("'return' outside function")
	}
	if s.Value != nil && c.u.scope.Coroutine && c.u.scope.Generator {
		c.error("'return' with value in async generator")
	}
	if s.Value != nil {
		c.expr(s.Value)
		c.u.loc = *syntax.PosOf(s.Value)
	} else {
		c.loadConst(syntax.NoneConst{})
	}
	saved := c.u.cur
	c.unwind(true, false)
	c.u.loc = s.Pos
	c.u.cur = nil
	c.emit(RETURN_VALUE, 0)
	c.u.cur = saved
}

func (c *compiler) breakStmt(pos syntax.Pos) {
	saved := c.u.cur
	loop := c.unwind(false, true)
	if loop == nil {
		c.errorAt(pos, "'break' outside loop")
	}
	c.u.cur = c.outerOf(loop)
	c.u.loc = pos
	c.unwindBlock(loop, false)
	c.emitJump(JUMP_FORWARD, loop.exit)
	c.u.cur = saved
}

func (c *compiler) continueStmt(pos syntax.Pos) {
	saved := c.u.cur
	loop := c.unwind(false, true)
	if loop == nil {
		c.errorAt(pos, "'continue' not properly in loop")
	}
	c.u.cur = c.outerOf(loop)
	c.u.loc = pos
	c.emitJump(JUMP_FORWARD, loop.top) // the assembler picks the direction
	c.u.cur = saved
}

// outerOf returns the handler active in the body of loop: the outer
// handler of the block pushed right after it, if any.
func (c *compiler) outerOf(loop *fblock) *handler {
	blocks := c.u.fblocks
	for i := range blocks {
		if &blocks[i] == loop {
			if i+1 < len(blocks) {
				return blocks[i+1].outer
			}
			return c.u.cur
		}
	}
	panic("BUG: outerOf: loop block not found")
}

func (c *compiler) forStmt(target, iter syntax.Expr, body, orelse []syntax.Stmt, async bool) {
	pos := c.u.loc
	top, exit, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.iterExpr(iter)
	c.u.loc = pos
	if async {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.bind(top)
	c.loopHeader()
	kind := fbFor
	if async {
		kind = fbAsyncFor
		c.pushHandler(exit, false)
		c.emit(GET_ANEXT, 0)
		c.loadConst(syntax.NoneConst{})
		c.emit(SEND, 0)
		c.popHandler()
	} else {
		c.emitJump(FOR_ITER, exit)
	}
	c.store(target)
	c.pushBlock(fblock{kind: kind, top: top, exit: end, outer: c.u.cur})
	c.stmts(body)
	c.popBlock()
	c.u.loc = pos
	c.emitJump(JUMP_BACKWARD, top)
	c.bind(exit)
	if async {
		c.emit(END_ASYNC_FOR, 0)
	}
	c.stmts(orelse)
	c.bind(end)
}

func (c *compiler) loopHeader() {
	c.emit(LOOP_HEADER, c.u.loops)
	c.u.loops++
}

// whileStmt compiles a while loop inverted, as CPython does: the test runs
// once before the loop and again at its bottom, where it jumps back to the
// LOOP_HEADER; continue jumps forward to the bottom test.
func (c *compiler) whileStmt(s *syntax.While) {
	v, isConst := c.constValue(s.Test)
	if isConst && !truth(v) {
		// while False: only the else clause runs
		c.stmts(s.Orelse)
		return
	}
	top, next, orelse, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	if !isConst {
		c.jumpIf(s.Test, orelse, false)
	}
	c.bind(top)
	c.loopHeader()
	c.pushBlock(fblock{kind: fbWhile, top: next, exit: end, outer: c.u.cur})
	c.stmts(s.Body)
	c.popBlock()
	c.bind(next)
	c.u.loc = s.Pos
	if isConst {
		c.emitJump(JUMP_BACKWARD, top)
	} else {
		c.jumpIf(s.Test, top, true)
	}
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

// popExceptAndReraise is the cleanup of a handler whose body raised:
// "prev lasti exc" → restore prev, reraise exc.
func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 3)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
}

func (c *compiler) tryExcept(pos syntax.Pos, body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.tryBody(except, end, cleanup, body, orelse)
	c.pushBlock(fblock{kind: fbExceptHandler, outer: outer})
	for i, h := range handlers {
		c.u.loc = h.Pos
		if h.Type == nil && i < len(handlers)-1 {
			c.error("default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.u.loc = h.Pos
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		c.handlerBody(h, end)
		c.bind(next)
	}
	c.popBlock()
	c.u.loc = syntax.Pos{}
	c.emit(RERAISE, 0)
	c.popHandler()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// handlerBody compiles an except clause body after a match; the exception
// is on top of "prev exc". It jumps to end when done.
func (c *compiler) handlerBody(h *syntax.ExceptHandler, end label) {
	handlerOuter := c.u.cur
	tryOuter := c.hstackTop()
	if h.Name == "" {
		c.emit(POP_TOP, 0)
		c.pushBlock(fblock{kind: fbHandlerCleanup, outer: tryOuter})
		c.stmts(h.Body)
		c.popBlock()
		c.u.loc = syntax.Pos{}
		c.u.cur = c.hstackTop()
		c.emit(POP_EXCEPT, 0)
		c.u.cur = handlerOuter
		c.emitJumpOutside(end)
		return
	}
	c.nameOp(h.Name, syntax.Store)
	cleanupEnd := c.newLabel()
	c.pushHandler(cleanupEnd, true)
	c.pushBlock(fblock{kind: fbHandlerCleanup, outer: tryOuter, name: h.Name})
	c.stmts(h.Body)
	c.popBlock()
	c.popHandler()
	c.u.loc = syntax.Pos{}
	c.u.cur = c.hstackTop()
	c.emit(POP_EXCEPT, 0)
	c.loadConst(syntax.NoneConst{})
	c.nameOp(h.Name, syntax.Store)
	c.nameOp(h.Name, syntax.Del)
	c.u.cur = handlerOuter
	c.emitJumpOutside(end)
	c.bind(cleanupEnd)
	c.loadConst(syntax.NoneConst{})
	c.nameOp(h.Name, syntax.Store)
	c.nameOp(h.Name, syntax.Del)
	c.emit(RERAISE, 1)
}

// hstackTop is the handler that was active before the current one.
func (c *compiler) hstackTop() *handler { return c.u.hstack[len(c.u.hstack)-1] }

// emitJumpOutside emits a jump not covered by the current handler.
func (c *compiler) emitJumpOutside(l label) {
	saved := c.u.cur
	c.u.cur = c.hstackTop()
	c.emitJump(JUMP_FORWARD, l)
	c.u.cur = saved
}

func (c *compiler) tryFinally(pos syntax.Pos, body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, star bool) {
	end, fin, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.cur
	c.pushHandler(fin, false)
	c.pushBlock(fblock{kind: fbFinallyTry, outer: outer, finalBody: final})
	switch {
	case len(handlers) == 0:
		c.stmts(body)
	case star:
		c.tryStar(pos, body, handlers, orelse)
	default:
		c.tryExcept(pos, body, handlers, orelse)
	}
	c.popBlock()
	c.popHandler()
	c.stmts(final)
	c.u.loc = syntax.Pos{}
	c.emitJump(JUMP_FORWARD, end)

	c.bind(fin)
	c.pushHandler(cleanup, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushBlock(fblock{kind: fbFinallyEnd, outer: outer})
	c.stmts(final)
	c.popBlock()
	c.u.loc = syntax.Pos{}
	c.emit(RERAISE, 0)
	c.popHandler()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// tryBody compiles the part try/except and try/except* share: the body,
// whose exceptions go to except, then the else clause and a jump to end;
// then, at except, the start of the handlers, whose own exceptions go to
// cleanup. It returns the handler active outside the statement.
func (c *compiler) tryBody(except, end, cleanup label, body, orelse []syntax.Stmt) *handler {
	outer := c.u.cur
	c.pushHandler(except, false)
	c.pushBlock(fblock{kind: fbTryExcept, outer: outer})
	c.stmts(body)
	c.popBlock()
	c.popHandler()
	c.stmts(orelse)
	c.u.loc = syntax.Pos{}
	c.emitJump(JUMP_FORWARD, end)

	c.bind(except)
	c.pushHandler(cleanup, true)
	c.emit(PUSH_EXC_INFO, 0)
	return outer
}

// tryStar compiles try/except* as CPython 3.11.
func (c *compiler) tryStar(pos syntax.Pos, body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, end, cleanup, reraiseStar, reraise := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.tryBody(except, end, cleanup, body, orelse)
	c.pushBlock(fblock{kind: fbExceptStar, outer: outer})
	for i, h := range handlers {
		c.u.loc = h.Pos
		if h.Type == nil {
			c.error("expected one or more exception types")
		}
		next, noMatch := c.newLabel(), c.newLabel()
		if i == 0 {
			// prev orig → prev orig list rest
			c.emit(COPY, 1)
			c.emit(BUILD_LIST, 0)
			c.emit(SWAP, 2)
		}
		c.expr(h.Type)
		c.u.loc = h.Pos
		c.emit(CHECK_EG_MATCH, 0)
		c.emit(COPY, 1)
		c.emitJump(POP_JUMP_IF_NONE, noMatch)
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.emit(POP_TOP, 0)
		}
		withError := c.newLabel()
		c.pushHandler(withError, true)
		c.pushBlock(fblock{kind: fbHandlerCleanup, outer: outer, name: h.Name})
		c.stmts(h.Body)
		c.popBlock()
		c.popHandler()
		c.u.loc = syntax.Pos{}
		if h.Name != "" {
			c.loadConst(syntax.NoneConst{})
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emitJump(JUMP_FORWARD, next)
		// prev orig list rest lasti raised
		c.bind(withError)
		if h.Name != "" {
			c.loadConst(syntax.NoneConst{})
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emit(LIST_APPEND, 3)
		c.emit(POP_TOP, 0)
		c.emitJump(JUMP_FORWARD, next)
		c.bind(noMatch)
		c.emit(POP_TOP, 0)
		c.bind(next)
		if i == len(handlers)-1 {
			// prev orig list rest: add the unhandled rest
			c.emit(LIST_APPEND, 1)
			c.emitJump(JUMP_FORWARD, reraiseStar)
		}
	}
	c.popBlock()
	c.bind(reraiseStar)
	c.u.loc = syntax.Pos{}
	c.emit(PREP_RERAISE_STAR, 0)
	c.emit(COPY, 1)
	c.emitJump(POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(POP_TOP, 0)
	c.popHandler()
	c.emit(POP_EXCEPT, 0)
	c.emitJump(JUMP_FORWARD, end)
	c.bind(reraise)
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

func (c *compiler) withStmt(s syntax.Stmt, items []*syntax.WithItem, body []syntax.Stmt, async bool) {
	pos := *syntax.PosOf(s)
	item := items[0]
	final, exit, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.u.loc = pos
	outer := c.u.cur
	if async {
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.awaitTOS(1)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	c.pushHandler(final, true)
	c.u.handlers[len(c.u.handlers)-1].depthAdjust = -1
	kind := fbWith
	if async {
		kind = fbAsyncWith
	}
	c.pushBlock(fblock{kind: kind, outer: outer, pos: pos})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if len(items) > 1 {
		c.withStmt(s, items[1:], body, async)
	} else {
		c.stmts(body)
	}
	c.popBlock()
	c.popHandler()
	c.u.loc = pos
	c.callExitWithNones()
	if async {
		c.awaitTOS(2)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP_FORWARD, exit)

	c.bind(final)
	c.pushHandler(cleanup, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	if async {
		c.awaitTOS(2)
	}
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 2)
	c.bind(suppress)
	c.emit(POP_TOP, 0)
	c.popHandler()
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP_FORWARD, exit)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(exit)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := int(s.Op) + InplaceOp
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.u.loc = t.Pos // an unbound name is reported at the target
		c.nameOp(t.Id, syntax.Load)
		c.expr(s.Value)
		c.u.loc = s.Pos
		c.emit(BINARY_OP, op)
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.u.loc = t.Pos
		c.emit(COPY, 1)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(t.Attr)))
		c.expr(s.Value)
		c.u.loc = s.Pos
		c.emit(BINARY_OP, op)
		c.u.loc = t.Pos
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.slice(t.Slice)
		c.u.loc = t.Pos
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.u.loc = s.Pos
		c.emit(BINARY_OP, op)
		c.u.loc = t.Pos
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.error("'%s' is an illegal expression for augmented assignment", exprKindName(s.Target))
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	moduleOrClass := c.u.scope.Kind == ModuleScope || c.u.scope.Kind == ClassScope
	switch t := s.Target.(type) {
	case *syntax.Name:
		if t.Id == "__debug__" {
			c.errorAt(t.Pos, "cannot assign to __debug__")
		}
		if s.Simple != 0 && moduleOrClass {
			c.annotationValue(s.Annotation)
			c.u.loc = s.Pos
			c.emit(LOAD_NAME, c.nameIndex("__annotations__"))
			c.loadConst(c.mangle(t.Id))
			c.emit(STORE_SUBSCR, 0)
		}
		return
	case *syntax.Attribute:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
			c.checkAnnSlice(t.Slice)
		}
	}
	if c.future&futureAnnotations == 0 && moduleOrClass {
		c.expr(s.Annotation)
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) checkAnnSlice(e syntax.Expr) {
	if t, ok := e.(*syntax.Tuple); ok {
		for _, x := range t.Elts {
			c.checkAnnSlice(x)
		}
		return
	}
	if sl, ok := e.(*syntax.Slice); ok {
		for _, x := range []syntax.Expr{sl.Lower, sl.Upper, sl.Step} {
			if x != nil {
				c.expr(x)
				c.emit(POP_TOP, 0)
			}
		}
		return
	}
	c.expr(e)
	c.emit(POP_TOP, 0)
}

// annotationValue pushes an annotation: its value, or its source text as a
// string under "from __future__ import annotations".
func (c *compiler) annotationValue(e syntax.Expr) {
	if c.future&futureAnnotations != 0 {
		c.loadConst(Unparse(e))
		return
	}
	c.expr(e)
}

var validFutures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// importStmt compiles import a, b.c as d. Every instruction has the
// statement's position, as in CPython 3.11 (so a traceback through an
// import shows the line without carets).
func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.loadConst(int64(0))
		c.loadConst(syntax.NoneConst{})
		c.emit(IMPORT_NAME, c.nameIndex(a.Name))
		if a.Asname != "" {
			parts := strings.Split(a.Name, ".")
			for _, p := range parts[1:] {
				c.emit(IMPORT_FROM, c.nameIndex(p))
				c.emit(SWAP, 2)
				c.emit(POP_TOP, 0)
			}
			c.nameOp(a.Asname, syntax.Store)
		} else {
			first, _, _ := strings.Cut(a.Name, ".")
			c.nameOp(first, syntax.Store)
		}
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" && s.Level == 0 {
		if !c.futureAllowed(s) {
			c.error("from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range s.Names {
			if a.Name == "braces" {
				c.error("not a chance")
			}
			if !validFutures[a.Name] {
				c.error("future feature %s is not defined", a.Name)
			}
		}
	}
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(int64(s.Level))
	c.loadConst(names)
	c.emit(IMPORT_NAME, c.nameIndex(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emit(IMPORT_STAR, 0)
		return
	}
	for _, a := range s.Names { // at the statement's position, as 3.11
		c.emit(IMPORT_FROM, c.nameIndex(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.nameOp(name, syntax.Store)
	}
	c.emit(POP_TOP, 0)
}

// futureAllowed reports whether s is among the leading statements of the
// module where __future__ imports may appear.
func (c *compiler) futureAllowed(s *syntax.ImportFrom) bool {
	if c.u.scope.Kind != ModuleScope || len(c.stack) > 0 {
		return false
	}
	for i, t := range c.moduleBody {
		if t == syntax.Stmt(s) {
			return true
		}
		if i == 0 && isDocstring(t) {
			continue
		}
		f, ok := t.(*syntax.ImportFrom)
		if !ok || f.Module != "__future__" || f.Level != 0 {
			return false
		}
	}
	return false
}

// parse_stmt.go: statements, blocks and keywords.

package syntax

import (
	"strconv"
	"strings"
)

// keyword classifies a NAME token.
type keyword uint8

// Keywords. The reserved ones come first; match, case, type and _ are soft
// keywords, names everywhere except where their statement expects them
// (order matters: see reserved).
const (
	notKeyword keyword = iota
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield

	kwMatch
	kwCase
	kwType
	kwUnderscore
)

func (k keyword) reserved() bool { return k != notKeyword && k < kwMatch }

var keywords = map[string]keyword{
	"False": kwFalse, "None": kwNone, "True": kwTrue, "and": kwAnd, "as": kwAs,
	"assert": kwAssert, "async": kwAsync, "await": kwAwait, "break": kwBreak,
	"class": kwClass, "continue": kwContinue, "def": kwDef, "del": kwDel,
	"elif": kwElif, "else": kwElse, "except": kwExcept, "finally": kwFinally,
	"for": kwFor, "from": kwFrom, "global": kwGlobal, "if": kwIf, "import": kwImport,
	"in": kwIn, "is": kwIs, "lambda": kwLambda, "nonlocal": kwNonlocal, "not": kwNot,
	"or": kwOr, "pass": kwPass, "raise": kwRaise, "return": kwReturn, "try": kwTry,
	"while": kwWhile, "with": kwWith, "yield": kwYield,
	"match": kwMatch, "case": kwCase, "type": kwType, "_": kwUnderscore,
}

func lookupKeyword(s string) keyword {
	if len(s) > 8 || s[0] == '_' && len(s) > 1 {
		return notKeyword
	}
	return keywords[s]
}

// statement parses one statement (a compound statement or a line of simple
// statements) and appends it to body.
func (p *parser) statement(body []Stmt) []Stmt {
	t := p.tok()
	switch t.Kind {
	case INDENT:
		p.indentError(t, "unexpected indent")
	case AT:
		return append(body, p.decorated())
	case NAME:
		switch t.kw {
		case kwIf:
			return append(body, p.ifStmt())
		case kwWhile:
			return append(body, p.whileStmt())
		case kwFor:
			return append(body, p.forStmt(nil))
		case kwTry:
			return append(body, p.tryStmt())
		case kwWith:
			return append(body, p.withStmt(nil))
		case kwDef:
			return append(body, p.funcDef(nil, nil))
		case kwClass:
			return append(body, p.classDef(nil))
		case kwAsync:
			return append(body, p.asyncStmt(nil))
		case kwMatch:
			if s := p.matchStmt(); s != nil {
				return append(body, s)
			}
		}
	}
	return p.simpleStmts(body)
}

// simpleStmts parses simple statements separated by ';' up to NEWLINE.
func (p *parser) simpleStmts(body []Stmt) []Stmt {
	for {
		body = append(body, p.simpleStmt())
		if !p.got(SEMI) || p.at(NEWLINE) {
			break
		}
	}
	if !p.got(NEWLINE) {
		p.afterStatementError(body[len(body)-1])
	}
	return body
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.Start
	if t.Kind == NAME {
		switch t.kw {
		case kwPass:
			p.next()
			return &Pass{Pos: p.span(start)}
		case kwBreak:
			p.next()
			return &Break{Pos: p.span(start)}
		case kwContinue:
			p.next()
			return &Continue{Pos: p.span(start)}
		case kwReturn:
			p.next()
			var v Expr
			if p.startsExpr() {
				v = p.starExpressions()
			}
			return &Return{Pos: p.span(start), Value: v}
		case kwRaise:
			return p.raiseStmt()
		case kwGlobal, kwNonlocal:
			p.next()
			var names []string
			for {
				names = append(names, p.name().Text)
				if !p.got(COMMA) {
					break
				}
			}
			if t.kw == kwGlobal {
				return &Global{Pos: p.span(start), Names: names}
			}
			return &Nonlocal{Pos: p.span(start), Names: names}
		case kwDel:
			return p.delStmt()
		case kwAssert:
			p.next()
			test := p.expression()
			var msg Expr
			if p.got(COMMA) {
				msg = p.expression()
			}
			return &Assert{Pos: p.span(start), Test: test, Msg: msg}
		case kwImport:
			return p.importStmt()
		case kwFrom:
			return p.fromImportStmt()
		case kwType:
			if n := p.peekAt(1); n.Kind == NAME && !n.kw.reserved() {
				if k := p.peekAt(2).Kind; k == EQUAL || k == LSQB {
					return p.typeAlias()
				}
			}
		}
	}
	return p.exprStmt()
}

// exprStmt parses an expression statement or an assignment.
func (p *parser) exprStmt() Stmt {
	start := p.tok().Start
	var e Expr
	if p.atKw(kwYield) {
		e = p.yieldExpr()
		if p.at(EQUAL) {
			p.errorAtNode(e, "assignment to yield expression not possible")
		}
	} else {
		e = p.starExpressions()
	}
	switch t := p.tok(); t.Kind {
	case EQUAL:
		return p.assignment(start, e)
	case COLON:
		return p.annAssign(start, e)
	case PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL,
		CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASHEQUAL, ATEQUAL:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorAtNode(e, "'"+exprName(e)+"' is an illegal expression for augmented assignment")
		}
		p.setContext(e, Store)
		p.next()
		v := p.expressionsOrYield(true)
		return &AugAssign{Pos: p.span(start), Target: e, Op: augOps[t.Kind-PLUSEQUAL], Value: v}
	}
	return &ExprStmt{Pos: p.span(start), Value: e}
}

// augOps maps PLUSEQUAL..DOUBLESTAREQUAL, then DOUBLESLASHEQUAL..ATEQUAL.
var augOps = [...]Operator{
	PLUSEQUAL - PLUSEQUAL: Add, MINEQUAL - PLUSEQUAL: Sub, STAREQUAL - PLUSEQUAL: Mult,
	SLASHEQUAL - PLUSEQUAL: Div, PERCENTEQUAL - PLUSEQUAL: Mod, AMPEREQUAL - PLUSEQUAL: BitAnd,
	VBAREQUAL - PLUSEQUAL: BitOr, CIRCUMFLEXEQUAL - PLUSEQUAL: BitXor,
	LEFTSHIFTEQUAL - PLUSEQUAL: LShift, RIGHTSHIFTEQUAL - PLUSEQUAL: RShift,
	DOUBLESTAREQUAL - PLUSEQUAL: Pow, DOUBLESLASHEQUAL - PLUSEQUAL: FloorDiv,
	ATEQUAL - PLUSEQUAL: MatMult,
}

// assignment parses the rest of "targets = ... = value" after the first target.
func (p *parser) assignment(start Position, first Expr) Stmt {
	targets := []Expr{first}
	var value Expr
	for p.got(EQUAL) {
		v := p.expressionsOrYield(true)
		if p.at(EQUAL) {
			targets = append(targets, v)
			continue
		}
		value = v
	}
	for i, t := range targets {
		if bad := invalidTarget(t, starTargets); bad != nil {
			p.assignTargetError(targets, i, bad, value)
		}
	}
	for _, t := range targets {
		p.setContext(t, Store)
	}
	tc := p.typeComment() // the statement's span takes it in, as CPython's does
	return &Assign{Pos: p.span(start), Targets: targets, Value: value, TypeComment: tc}
}

// annAssign parses "target: annotation [= value]".
func (p *parser) annAssign(start Position, target Expr) Stmt {
	simple := 0
	switch target.(type) {
	case *Name:
		if startOf(target) == start {
			simple = 1
		}
	case *Attribute, *Subscript:
	case *Tuple:
		if elts := target.(*Tuple).Elts; len(elts) > 0 && startOf(elts[0]) == start {
			p.errorAtNode(elts[0], "only single target (not tuple) can be annotated")
		}
		p.errorAtNode(target, "only single target (not tuple) can be annotated")
	case *List:
		p.errorAtNode(target, "only single target (not list) can be annotated")
	case *Starred:
		p.syntaxError()
	default:
		p.errorAtNode(target, "illegal target for annotation")
	}
	p.setContext(target, Store)
	p.next() // ':'
	ann := p.expression()
	var value Expr
	if p.got(EQUAL) {
		value = p.expressionsOrYield(true)
	}
	return &AnnAssign{Pos: p.span(start), Target: target, Annotation: ann, Value: value, Simple: simple}
}

// expressionsOrYield parses yield_expr | star_expressions.
func (p *parser) expressionsOrYield(star bool) Expr {
	if p.atKw(kwYield) {
		return p.yieldExpr()
	}
	if star {
		return p.starExpressions()
	}
	return p.expressions()
}

func (p *parser) raiseStmt() Stmt {
	start := p.next().Start
	var exc, cause Expr
	if p.startsExpr() {
		exc = p.expression()
		if p.gotKw(kwFrom) {
			cause = p.expression()
		}
	}
	return &Raise{Pos: p.span(start), Exc: exc, Cause: cause}
}

func (p *parser) delStmt() Stmt {
	start := p.next().Start
	tstart := p.pos
	var targets []Expr
	valid := p.attempt(func() {
		for {
			targets = append(targets, p.primary())
			if !p.got(COMMA) || !p.startsExpr() {
				break
			}
		}
	})
	if valid {
		for _, t := range targets {
			valid = valid && invalidTarget(t, delTargets) == nil
		}
	}
	if !valid || !p.at(SEMI) && !p.at(NEWLINE) {
		// CPython reparses the targets as an expression to name what is wrong.
		p.pos = tstart
		e := p.starExpressions()
		if bad := invalidTarget(e, delTargets); bad != nil {
			p.errorAtNode(bad, "cannot delete "+exprName(bad))
		}
		p.syntaxError()
	}
	for _, t := range targets {
		p.setContext(t, Del)
	}
	return &Delete{Pos: p.span(start), Targets: targets}
}

func (p *parser) importStmt() Stmt {
	start := p.next().Start
	var names []*Alias
	for {
		astart := p.tok().Start
		name := p.dottedName()
		a := &Alias{Name: name}
		if p.gotKw(kwAs) {
			a.Asname = p.name().Text
		}
		a.Pos = p.span(astart)
		names = append(names, a)
		if !p.got(COMMA) {
			break
		}
	}
	return &Import{Pos: p.span(start), Names: names}
}

func (p *parser) dottedName() string {
	name := p.name().Text
	for p.at(DOT) {
		p.next()
		name += "." + p.name().Text
	}
	return name
}

func (p *parser) fromImportStmt() Stmt {
	start := p.next().Start
	level := 0
	for {
		if p.got(DOT) {
			level++
		} else if p.got(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	var module string
	if level == 0 || !p.atKw(kwImport) {
		module = p.dottedName()
	}
	if !p.gotKw(kwImport) {
		p.syntaxError()
	}
	var names []*Alias
	if t := p.tok(); t.Kind == STAR {
		p.next()
		names = []*Alias{{Pos: p.span(t.Start), Name: "*"}}
		return &ImportFrom{Pos: p.span(start), Module: module, Names: names, Level: level}
	}
	paren := p.got(LPAR)
	for {
		astart := p.tok().Start
		a := &Alias{Name: p.name().Text}
		if p.gotKw(kwAs) {
			a.Asname = p.name().Text
		}
		a.Pos = p.span(astart)
		names = append(names, a)
		if !p.got(COMMA) {
			break
		}
		if paren && p.at(RPAR) {
			break
		}
		if !paren && p.at(NEWLINE) {
			t := p.toks[p.pos-1]
			p.raise(SyntaxError, "trailing comma not allowed without surrounding parentheses", t.End, t.End)
		}
	}
	if paren {
		p.expect(RPAR)
	}
	return &ImportFrom{Pos: p.span(start), Module: module, Names: names, Level: level}
}

// typeAlias parses "type Name[params] = value" (Python 3.12).
func (p *parser) typeAlias() Stmt {
	start := p.next().Start
	nt := p.name()
	name := &Name{Pos: spanOf(nt.Start, nt.End), Id: nt.Text, Ctx: Store}
	params := p.typeParams()
	p.expect(EQUAL)
	value := p.expression()
	return &TypeAlias{Pos: p.span(start), Name: name, TypeParams: params, Value: value}
}

// typeParams parses an optional "[T, *Ts, **P]" list (Python 3.12).
func (p *parser) typeParams() []TypeParam {
	if !p.got(LSQB) {
		return nil
	}
	var params []TypeParam
	for !p.at(RSQB) {
		start := p.tok().Start
		switch {
		case p.got(STAR):
			params = append(params, &TypeVarTuple{Name: p.name().Text, Pos: p.span(start)})
		case p.got(DOUBLESTAR):
			params = append(params, &ParamSpec{Name: p.name().Text, Pos: p.span(start)})
		default:
			tv := &TypeVar{Name: p.name().Text}
			if p.got(COLON) {
				tv.Bound = p.expression()
			}
			tv.Pos = p.span(start)
			params = append(params, tv)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RSQB)
	if len(params) == 0 {
		p.syntaxError()
	}
	return params
}

// --- compound statements ---

// colon consumes the ':' ending a compound statement header. CPython
// says "expected ':'" when the line ends there, or anywhere when forced.
func (p *parser) colon(forced bool) {
	t := p.tok()
	if t.Kind == COLON {
		p.pos++
		return
	}
	if forced || t.Kind == NEWLINE {
		p.errorAtToken(t, "expected ':'")
	}
	p.syntaxError()
}

// block parses the body of a compound statement after its ':'. what and
// line name the statement for the error about a missing indented block.
func (p *parser) block(what string, line int) []Stmt {
	if !p.got(NEWLINE) {
		return p.simpleStmts(nil)
	}
	if !p.at(INDENT) {
		p.blockIndentError("expected an indented block after " + what + " on line " + strconv.Itoa(line))
	}
	p.next()
	p.enter()
	var body []Stmt
	for !p.at(DEDENT) && !p.at(EOF) {
		body = p.statement(body)
	}
	p.got(DEDENT)
	p.leave()
	return body
}

func (p *parser) ifStmt() Stmt {
	t := p.next() // 'if' or 'elif'
	what := "'if' statement"
	if t.kw == kwElif {
		what = "'elif' statement"
	}
	test := p.namedExpression()
	p.colon(false)
	body := p.block(what, t.Start.Line)
	var orelse []Stmt
	if p.atKw(kwElif) {
		orelse = []Stmt{p.ifStmt()}
	} else {
		orelse = p.elseBlock()
	}
	return &If{Pos: p.span(t.Start), Test: test, Body: body, Orelse: orelse}
}

// elseBlock parses an optional "else: block".
func (p *parser) elseBlock() []Stmt {
	if !p.atKw(kwElse) {
		return nil
	}
	t := p.next()
	p.colon(true)
	return p.block("'else' statement", t.Start.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	test := p.namedExpression()
	p.colon(false)
	body := p.block("'while' statement", t.Start.Line)
	orelse := p.elseBlock()
	return &While{Pos: p.span(t.Start), Test: test, Body: body, Orelse: orelse}
}

// forStmt parses a for statement; async is the 'async' token before it.
func (p *parser) forStmt(async *ptoken) Stmt {
	t := p.next()
	start := t.Start
	if async != nil {
		start = async.Start
	}
	target := p.forTarget()
	if !p.gotKw(kwIn) {
		p.syntaxError()
	}
	iter := p.starExpressions()
	p.colon(true)
	tc := p.typeComment()
	body := p.block("'for' statement", t.Start.Line)
	orelse := p.elseBlock()
	if async != nil {
		return &AsyncFor{Pos: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	}
	return &For{Pos: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
}

// forTarget parses the star_targets of a for statement or comprehension,
// up to 'in'.
func (p *parser) forTarget() Expr {
	tstart := p.pos
	target, ok := p.tryStarTargets()
	if !ok || !p.atKw(kwIn) {
		// CPython reparses the target as an expression to name what is wrong.
		p.pos = tstart
		p.probing++
		e := p.starExpressions()
		p.probing--
		if bad := invalidTarget(e, forTargets); bad != nil {
			p.errorAtNode(bad, "cannot assign to "+exprName(bad))
		}
		p.pos = tstart
		target, _ = p.tryStarTargets()
		p.syntaxError()
	}
	p.setContext(target, Store)
	return target
}

func (p *parser) withStmt(async *ptoken) Stmt {
	t := p.next()
	start := t.Start
	if async != nil {
		start = async.Start
	}
	var items []*WithItem
	parenthesized := false
	if p.at(LPAR) {
		save := p.pos
		if !p.attempt(func() { items = p.parenWithItems() }) {
			if strings.HasPrefix(p.attemptErr.Msg, "cannot assign to") {
				p.err = p.attemptErr
				panic(bailout{})
			}
			p.pos = save
			items = nil
		}
		parenthesized = items != nil
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.colon(false)
	tc := ""
	if !parenthesized {
		tc = p.typeComment()
	}
	body := p.block("'with' statement", t.Start.Line)
	if async != nil {
		return &AsyncWith{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
	}
	return &With{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
}

// parenWithItems parses "(item, item,)" followed by ':'.
func (p *parser) parenWithItems() []*WithItem {
	p.expect(LPAR)
	var items []*WithItem
	for {
		items = append(items, p.withItem())
		if !p.got(COMMA) || p.at(RPAR) {
			break
		}
	}
	p.expect(RPAR)
	if !p.at(COLON) {
		p.syntaxError()
	}
	return items
}

func (p *parser) withItem() *WithItem {
	e := p.expression()
	item := &WithItem{ContextExpr: e}
	if p.gotKw(kwAs) {
		tstart := p.pos
		target := p.starTarget()
		switch p.tok().Kind {
		case COMMA, RPAR, COLON, NEWLINE:
		default:
			p.pos = tstart
			e := p.expression()
			if bad := invalidTarget(e, starTargets); bad != nil {
				p.errorAtNode(bad, "cannot assign to "+exprName(bad))
			}
			p.syntaxError()
		}
		if bad := invalidTarget(target, starTargets); bad != nil {
			p.errorAtNode(bad, "cannot assign to "+exprName(bad))
		}
		p.setContext(target, Store)
		item.OptionalVars = target
	}
	return item
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.colon(true)
	body := p.block("'try' statement", t.Start.Line)
	var handlers []*ExceptHandler
	star := false
	for p.atKw(kwExcept) {
		et := p.next()
		isStar := p.got(STAR)
		if len(handlers) > 0 && isStar != star {
			p.errorAtToken(et, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = isStar
		h := &ExceptHandler{}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if !p.at(COLON) {
			h.Type = p.expression()
			if p.at(COMMA) {
				estart := startOf(h.Type)
				for p.got(COMMA) && p.startsExpr() {
					p.expression()
				}
				if !p.atKw(kwAs) {
					p.raise(SyntaxError, "multiple exception types must be parenthesized", estart, p.lastEnd())
				}
				p.syntaxError()
			}
			if p.gotKw(kwAs) {
				h.Name = p.name().Text
			}
		} else if isStar {
			p.errorAtToken(p.tok(), "expected one or more exception types")
		}
		p.colon(false)
		h.Body = p.block(what, et.Start.Line)
		h.Pos = p.span(et.Start)
		handlers = append(handlers, h)
	}
	if handlers == nil && !p.atKw(kwFinally) {
		p.errorAtToken(p.tok(), "expected 'except' or 'finally' block")
	}
	orelse := p.elseBlock()
	var final []Stmt
	if p.atKw(kwFinally) {
		ft := p.next()
		p.colon(true)
		final = p.block("'finally' statement", ft.Start.Line)
	}
	if handlers == nil && final == nil {
		p.errorAtToken(p.tok(), "expected 'except' or 'finally' block")
	}
	if star {
		return &TryStar{Pos: p.span(t.Start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Pos: p.span(t.Start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

func (p *parser) asyncStmt(decorators []Expr) Stmt {
	async := p.tok()
	switch p.peekAt(1).kw {
	case kwDef:
		p.next()
		return p.funcDef(async, decorators)
	case kwFor:
		if decorators == nil {
			p.next()
			return p.forStmt(async)
		}
	case kwWith:
		if decorators == nil {
			p.next()
			return p.withStmt(async)
		}
	}
	p.next()
	p.syntaxError()
	return nil
}

func (p *parser) decorated() Stmt {
	var decorators []Expr
	for p.got(AT) {
		decorators = append(decorators, p.namedExpression())
		if !p.got(NEWLINE) {
			p.syntaxError()
		}
	}
	switch t := p.tok(); {
	case t.kw == kwDef:
		return p.funcDef(nil, decorators)
	case t.kw == kwClass:
		return p.classDef(decorators)
	case t.kw == kwAsync:
		return p.asyncStmt(decorators)
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(async *ptoken, decorators []Expr) Stmt {
	t := p.next() // 'def'
	start := t.Start
	if async != nil {
		start = async.Start
	}
	name := p.name().Text
	tparams := p.typeParams()
	p.expectForced(LPAR)
	args := p.parameters(RPAR)
	p.expect(RPAR)
	var returns Expr
	if arrow := p.tok(); arrow.Kind == RARROW {
		p.next()
		if !p.startsExpr() {
			p.errorAtToken(arrow, "expected ':'")
		}
		returns = p.expression()
	}
	p.colon(true)
	tc := p.funcTypeComment()
	body := p.block("function definition", t.Start.Line)
	if decorators == nil {
		decorators = []Expr{}
	}
	if async != nil {
		return &AsyncFunctionDef{Pos: p.span(start), Name: name, Args: args, Body: body,
			DecoratorList: decorators, Returns: returns, TypeParams: tparams, TypeComment: tc}
	}
	return &FunctionDef{Pos: p.span(start), Name: name, Args: args, Body: body,
		DecoratorList: decorators, Returns: returns, TypeParams: tparams, TypeComment: tc}
}

// funcTypeComment reads a function's signature type comment: after the
// ':' on the def line, or alone on the first line of the body.
func (p *parser) funcTypeComment() string {
	onBodyLine := func(i int) bool {
		return p.peekAt(i).Kind == NEWLINE && p.peekAt(i+1).Kind == TYPE_COMMENT &&
			p.peekAt(i+2).Kind == NEWLINE && p.peekAt(i+3).Kind == INDENT
	}
	switch {
	case p.at(TYPE_COMMENT):
		if onBodyLine(1) {
			indent := p.peekAt(4)
			p.raiseCols(SyntaxError, "Cannot have two type comments on def", indent.End.Line, indent.End.Col, indent.End.Line, -1)
		}
		return p.next().Text
	case p.at(NEWLINE) && onBodyLine(0):
		p.next()
		return p.next().Text
	}
	return ""
}

func (p *parser) classDef(decorators []Expr) Stmt {
	t := p.next() // 'class'
	name := p.name().Text
	tparams := p.typeParams()
	var bases []Expr
	var keywords []*Keyword
	if p.got(LPAR) {
		bases, keywords = p.callArguments(nil)
		p.expect(RPAR)
	}
	p.colon(true)
	body := p.block("class definition", t.Start.Line)
	return &ClassDef{Pos: p.span(t.Start), Name: name, Bases: bases, Keywords: keywords,
		Body: body, DecoratorList: decorators, TypeParams: tparams}
}

// attempt runs f and reports whether it parsed without error. After a
// syntax error it restores the parser state; scanner errors propagate.
func (p *parser) attempt(f func()) (ok bool) {
	pos, depth, fdepth := p.pos, p.depth, p.fstringDepth
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail || p.errIsTok {
				panic(r)
			}
			p.attemptErr = p.err
			p.err, p.sawEOF = nil, false
			p.pos, p.depth, p.fstringDepth = pos, depth, fdepth
			ok = false
		}
	}()
	f()
	return true
}

// afterStatementError reports the error after a simple statement that is
// followed by neither ';' nor a newline.
func (p *parser) afterStatementError(last Stmt) {
	t := p.tok()
	if es, ok := last.(*ExprStmt); ok {
		if n, ok := es.Value.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() && t.Kind != LPAR {
			p.legacyCallError(n)
		}
	}
	p.syntaxError()
}

// legacyCallError reports "print x" and "exec x".
func (p *parser) legacyCallError(n *Name) {
	e := p.starExpressions()
	p.raise(SyntaxError, "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?",
		startOf(n), endOf(e))
}

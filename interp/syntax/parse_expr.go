// parse_expr.go: expressions, from tuples down to atoms, with calls,
// subscripts, comprehensions, lambdas and parameter lists.

package syntax

// startsExpr reports whether the current token can start an expression
// (or a starred one).
func (p *parser) startsExpr() bool {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.kw {
		case kwFalse, kwNone, kwTrue, kwNot, kwLambda, kwAwait:
			return true
		}
		return !t.kw.reserved()
	case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, STAR:
		return true
	}
	return false
}

// continuesAsExpr reports whether the current token starts an expression
// that can never validly follow a complete one (for "Perhaps you forgot a
// comma?").
func (p *parser) continuesAsExpr() bool {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.kw {
		case kwFalse, kwNone, kwTrue, kwNot, kwLambda, kwAwait:
			return true
		}
		return !t.kw.reserved()
	case NUMBER, STRING, FSTRING_START, LBRACE, TILDE, ELLIPSIS:
		return true
	}
	return false
}

// starExpressions parses star_expressions: one expression, or a tuple
// without parentheses.
func (p *parser) starExpressions() Expr { return p.bareTuple(p.starExpression) }

// expressions parses expressions (no starred items), for eval input.
func (p *parser) expressions() Expr { return p.bareTuple(p.expression) }

// bareTuple parses one item, or items separated by commas (a trailing comma
// allowed) as a tuple without parentheses.
func (p *parser) bareTuple(item func() Expr) Expr {
	start := p.tok().Start
	e := item()
	if !p.at(COMMA) {
		return e
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, item())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) starExpression() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(t.Start), Value: v, Ctx: Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(t.Start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression parses "NAME := expression" or an expression; "NAME =
// value" gets CPython's hint about '==' and ':='.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	e := p.namedExpressionNoHint()
	if p.at(EQUAL) {
		p.assignInExpressionError(t, e)
	}
	return e
}

// assignInExpressionError reports "e = value" where an expression was
// expected, when CPython has a hint for it; otherwise it returns.
func (p *parser) assignInExpressionError(first *ptoken, e Expr) {
	if !isBitwiseOr(e) {
		return
	}
	save := p.pos
	p.probing++
	defer func() { p.probing-- }()
	p.next()
	var rhs Expr
	if !p.attempt(func() { rhs = p.bitwiseOr() }) || p.at(EQUAL) || p.at(COLONEQUAL) {
		p.pos = save
		return
	}
	if n, ok := e.(*Name); ok && startOf(n) == first.Start {
		p.errorRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	switch first.Kind {
	case LSQB, LPAR:
		switch e.(type) {
		case *List, *Tuple, *GeneratorExp:
			p.pos = save
			return
		}
	case NAME:
		if first.kw == kwTrue || first.kw == kwFalse || first.kw == kwNone {
			p.pos = save
			return
		}
	}
	p.errorAtNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// namedExpressionNoHint is namedExpression without the hint about '='.
func (p *parser) namedExpressionNoHint() Expr {
	t := p.tok()
	e := p.expression()
	if !p.at(COLONEQUAL) {
		return e
	}
	if n, ok := e.(*Name); !ok || startOf(n) != t.Start {
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	p.next()
	v := p.expression()
	p.setContext(e, Store)
	return &NamedExpr{Pos: p.span(t.Start), Target: e, Value: v}
}

func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	t := p.tok()
	if t.kw == kwLambda && t.Kind == NAME {
		return p.lambdef()
	}
	e := p.disjunction()
	if p.atKw(kwIf) {
		p.next()
		test := p.disjunction()
		if !p.gotKw(kwElse) {
			if !p.at(COLON) {
				p.errorRange(e, test, "expected 'else' after 'if' expression")
			}
			p.syntaxError()
		}
		orelse := p.expression()
		return &IfExp{Pos: p.span(t.Start), Test: test, Body: e, Orelse: orelse}
	}
	if p.continuesAsExpr() {
		p.missingComma(t, e)
	}
	return e
}

// missingComma reports "Perhaps you forgot a comma?" when, inside
// brackets, the expression e (starting at token first) is followed by
// another expression. Otherwise it leaves the error to the caller.
func (p *parser) missingComma(first *ptoken, e Expr) {
	if first.kw >= kwMatch && first.Kind == NAME {
		return
	}
	firstIdx := -1
	for i := p.pos - 1; i >= 0; i-- {
		if &p.toks[i] == first || p.toks[i].Start == first.Start {
			firstIdx = i
			break
		}
	}
	if firstIdx >= 0 && first.Kind == NAME && firstIdx+1 < len(p.toks) && p.toks[firstIdx+1].Kind == STRING {
		return
	}
	if n, ok := e.(*Name); ok && (n.Id == "print" || n.Id == "exec") {
		return
	}
	save := p.pos
	var b Expr
	p.probing++
	ok := p.attempt(func() { b = p.expression() })
	p.probing--
	if !ok {
		return
	}
	if p.toks[p.pos-1].level == 0 {
		p.pos = save
		return
	}
	p.errorRange(e, b, p.fstringPrefix()+"invalid syntax. Perhaps you forgot a comma?")
}

// fstringPrefix is "f-string: " inside f-string replacement fields, as
// CPython 3.11 prefixes the errors there.
func (p *parser) fstringPrefix() string {
	if p.fstringDepth > 0 {
		return "f-string: "
	}
	return ""
}

func (p *parser) disjunction() Expr {
	start := p.tok().Start
	e := p.conjunction()
	if !p.atKw(kwOr) {
		return e
	}
	values := []Expr{e}
	for p.gotKw(kwOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Pos: p.span(start), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.tok().Start
	e := p.inversion()
	if !p.atKw(kwAnd) {
		return e
	}
	values := []Expr{e}
	for p.gotKw(kwAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Pos: p.span(start), Op: And, Values: values}
}

func (p *parser) inversion() Expr {
	t := p.tok()
	if t.kw == kwNot && t.Kind == NAME {
		p.next()
		p.enter()
		v := p.inversion()
		p.leave()
		return &UnaryOp{Pos: p.span(t.Start), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.tok().Start
	e := p.bitwiseOr()
	var ops []CmpOp
	var comparators []Expr
	for {
		t := p.tok()
		var op CmpOp
		switch t.Kind {
		case EQEQUAL:
			op = Eq
		case NOTEQUAL:
			if t.Text == "!=" { // "<>" is only for Barry as FLUFL
				op = NotEq
			}
		case LESS:
			op = Lt
		case LESSEQUAL:
			op = LtE
		case GREATER:
			op = Gt
		case GREATEREQUAL:
			op = GtE
		case NAME:
			switch t.kw {
			case kwIn:
				op = In
			case kwIs:
				op = Is
				if n := p.peekAt(1); n.Kind == NAME && n.kw == kwNot {
					p.next()
					op = IsNot
				}
			case kwNot:
				if n := p.peekAt(1); n.Kind == NAME && n.kw == kwIn {
					p.next()
					op = NotIn
				}
			}
		}
		if op == 0 {
			break
		}
		p.next()
		ops = append(ops, op)
		comparators = append(comparators, p.bitwiseOr())
	}
	if ops == nil {
		return e
	}
	return &Compare{Pos: p.span(start), Left: e, Ops: ops, Comparators: comparators}
}

// binaryPrec is the precedence of each binary operator token (0: not one).
var binaryPrec = [numKinds]int8{
	VBAR: 1, CIRCUMFLEX: 2, AMPER: 3, LEFTSHIFT: 4, RIGHTSHIFT: 4, PLUS: 5, MINUS: 5,
	STAR: 6, SLASH: 6, DOUBLESLASH: 6, PERCENT: 6, AT: 6,
}

var binaryOp = [numKinds]Operator{
	VBAR: BitOr, CIRCUMFLEX: BitXor, AMPER: BitAnd, LEFTSHIFT: LShift, RIGHTSHIFT: RShift,
	PLUS: Add, MINUS: Sub, STAR: Mult, SLASH: Div, DOUBLESLASH: FloorDiv, PERCENT: Mod, AT: MatMult,
}

func (p *parser) bitwiseOr() Expr { return p.binary(1) }

// binary parses binary operators of precedence minPrec and higher, left
// associative, by precedence climbing.
func (p *parser) binary(minPrec int8) Expr {
	start := p.tok().Start
	x := p.factor()
	for {
		k := p.tok().Kind
		prec := binaryPrec[k]
		if prec < minPrec || prec == 0 {
			return x
		}
		p.next()
		p.enter()
		y := p.binary(prec + 1)
		p.leave()
		x = &BinOp{Pos: p.span(start), Left: x, Op: binaryOp[k], Right: y}
	}
}

func (p *parser) factor() Expr {
	t := p.tok()
	var op UnaryOpKind
	switch t.Kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	p.next()
	p.enter()
	v := p.factor()
	p.leave()
	return &UnaryOp{Pos: p.span(t.Start), Op: op, Operand: v}
}

func (p *parser) power() Expr {
	start := p.tok().Start
	var x Expr
	if t := p.tok(); t.kw == kwAwait && t.Kind == NAME {
		p.next()
		v := p.primary()
		x = &Await{Pos: p.span(start), Value: v}
	} else {
		x = p.primary()
	}
	if p.got(DOUBLESTAR) {
		p.enter()
		y := p.factor()
		p.leave()
		x = &BinOp{Pos: p.span(start), Left: x, Op: Pow, Right: y}
	}
	return x
}

// primary parses an atom and its trailers: .name, (args), [slices].
func (p *parser) primary() Expr {
	start := p.tok().Start
	x := p.atom()
	for {
		switch p.tok().Kind {
		case DOT:
			p.next()
			name := p.name()
			x = &Attribute{Pos: p.span(start), Value: x, Attr: name.Text, Ctx: Load}
		case LPAR:
			lpar := p.next()
			p.enter()
			args, kws := p.callArguments(lpar)
			p.expect(RPAR)
			p.leave()
			x = &Call{Pos: p.span(start), Func: x, Args: args, Keywords: kws}
		case LSQB:
			p.next()
			p.enter()
			s := p.slices()
			p.expect(RSQB)
			p.leave()
			x = &Subscript{Pos: p.span(start), Value: x, Slice: s, Ctx: Load}
		default:
			return x
		}
	}
}

func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.kw {
		case kwNone:
			p.next()
			return &Constant{Pos: p.span(t.Start), Value: NoneConst{}}
		case kwTrue:
			p.next()
			return &Constant{Pos: p.span(t.Start), Value: true}
		case kwFalse:
			p.next()
			return &Constant{Pos: p.span(t.Start), Value: false}
		}
		if t.kw.reserved() {
			p.syntaxError()
		}
		p.next()
		return &Name{Pos: spanOf(t.Start, t.End), Id: t.Text, Ctx: Load}
	case NUMBER:
		p.next()
		v, err := ParseNumber(t.Token)
		if err != nil {
			p.err = err
			p.errIsTok = true
			panic(bailout{})
		}
		return &Constant{Pos: spanOf(t.Start, t.End), Value: v}
	case STRING, FSTRING_START:
		return p.strings()
	case ELLIPSIS:
		p.next()
		return &Constant{Pos: spanOf(t.Start, t.End), Value: EllipsisConst{}}
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parenAtom() Expr {
	start := p.next().Start
	p.enter()
	defer p.leave()
	if p.got(RPAR) {
		return &Tuple{Pos: p.span(start), Ctx: Load}
	}
	if p.atKw(kwYield) {
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	}
	e := p.starNamedExpression()
	if p.atComprehension() {
		p.noStarredElement(e)
		gens := p.comprehensions()
		p.expect(RPAR)
		return &GeneratorExp{Pos: p.span(start), Elt: e, Generators: gens}
	}
	if p.at(COMMA) {
		elts := []Expr{e}
		for p.got(COMMA) {
			if p.at(RPAR) {
				break
			}
			elts = append(elts, p.starNamedExpression())
			p.checkUnparenthesizedTarget(elts)
		}
		p.expect(RPAR)
		return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
	}
	if _, ok := e.(*Starred); ok && p.at(RPAR) {
		p.errorAtNode(e, "cannot use starred expression here")
	}
	p.expect(RPAR)
	return e
}

// checkUnparenthesizedTarget reports "[a, b for ...]".
func (p *parser) checkUnparenthesizedTarget(elts []Expr) {
	if p.atComprehension() {
		p.errorRange(elts[0], elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
	}
}

func (p *parser) atComprehension() bool {
	t := p.tok()
	if t.Kind != NAME {
		return false
	}
	return t.kw == kwFor || t.kw == kwAsync && p.peekAt(1).kw == kwFor
}

// noStarredElement rejects "*x for ..." in comprehensions.
func (p *parser) noStarredElement(e Expr) {
	if _, ok := e.(*Starred); ok {
		p.errorAtNode(e, "iterable unpacking cannot be used in comprehension")
	}
}

func (p *parser) listAtom() Expr {
	start := p.next().Start
	p.enter()
	defer p.leave()
	if p.got(RSQB) {
		return &List{Pos: p.span(start), Ctx: Load}
	}
	e := p.starNamedExpression()
	if p.atComprehension() {
		p.noStarredElement(e)
		gens := p.comprehensions()
		p.expect(RSQB)
		return &ListComp{Pos: p.span(start), Elt: e, Generators: gens}
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if p.at(RSQB) {
			break
		}
		elts = append(elts, p.starNamedExpression())
		p.checkUnparenthesizedTarget(elts)
	}
	p.expect(RSQB)
	return &List{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) braceAtom() Expr {
	start := p.next().Start
	p.enter()
	defer p.leave()
	if p.got(RBRACE) {
		return &Dict{Pos: p.span(start)}
	}
	if p.got(DOUBLESTAR) {
		v := p.bitwiseOr()
		return p.dictRest(start, nil, v)
	}
	e := p.starNamedExpression()
	if p.at(COLON) {
		v := p.dictValue()
		if p.atComprehension() {
			gens := p.comprehensions()
			p.expect(RBRACE)
			return &DictComp{Pos: p.span(start), Key: e, Value: v, Generators: gens}
		}
		return p.dictRest(start, e, v)
	}
	if p.atComprehension() {
		p.noStarredElement(e)
		gens := p.comprehensions()
		p.expect(RBRACE)
		return &SetComp{Pos: p.span(start), Elt: e, Generators: gens}
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if p.at(RBRACE) {
			break
		}
		elts = append(elts, p.starNamedExpression())
		p.checkUnparenthesizedTarget(elts)
	}
	p.expect(RBRACE)
	return &Set{Pos: p.span(start), Elts: elts}
}

// dictRest parses the items of a dict display after the first one (a nil
// key is a ** item).
func (p *parser) dictRest(start Position, key, value Expr) Expr {
	keys, values := []Expr{key}, []Expr{value}
	for p.got(COMMA) {
		if p.at(RBRACE) {
			break
		}
		if p.got(DOUBLESTAR) {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
			continue
		}
		k := p.expression()
		if !p.got(COLON) {
			if p.at(RBRACE) || p.at(COMMA) {
				p.raiseCols(SyntaxError, "':' expected after dictionary key", startOf(k).Line, startOf(k).Col+1, startOf(k).Line, 0)
			}
			p.syntaxError()
		}
		keys = append(keys, k)
		p.pos--
		values = append(values, p.dictValue())
	}
	p.expect(RBRACE)
	return &Dict{Pos: p.span(start), Keys: keys, Values: values}
}

// dictValue parses ':' and the value of a dict item.
func (p *parser) dictValue() Expr {
	colon := p.next()
	if k := p.tok().Kind; k == RBRACE || k == COMMA {
		p.errorAtToken(colon, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// comprehensions parses for_if_clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.atComprehension() {
		c := &Comprehension{}
		if p.gotKw(kwAsync) {
			c.IsAsync = 1
		}
		p.next() // 'for'
		c.Target = p.forTarget()
		p.next() // 'in'
		c.Iter = p.disjunction()
		for p.gotKw(kwIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) yieldExpr() Expr {
	start := p.next().Start
	if p.gotKw(kwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.span(start), Value: v}
	}
	var v Expr
	if p.startsExpr() {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.span(start), Value: v}
}

func (p *parser) lambdef() Expr {
	start := p.next().Start
	args := p.parameters(COLON)
	p.expect(COLON)
	body := p.expression()
	return &Lambda{Pos: p.span(start), Args: args, Body: body}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok().Start
	s := p.slice()
	if !p.at(COMMA) {
		if _, ok := s.(*Starred); !ok {
			return s
		}
	}
	elts := []Expr{s}
	for p.got(COMMA) {
		if p.at(RSQB) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) slice() Expr {
	t := p.tok()
	if t.Kind == STAR {
		p.next()
		v := p.expression()
		return &Starred{Pos: p.span(t.Start), Value: v, Ctx: Load}
	}
	var lower, upper, step Expr
	if t.Kind != COLON {
		lower = p.namedExpression()
		if !p.at(COLON) {
			return lower
		}
	}
	p.next()
	if k := p.tok().Kind; k != COLON && k != COMMA && k != RSQB {
		upper = p.expression()
	}
	if p.got(COLON) {
		if k := p.tok().Kind; k != COMMA && k != RSQB {
			step = p.expression()
		}
	}
	return &Slice{Pos: p.span(t.Start), Lower: lower, Upper: upper, Step: step}
}

// genexpNeedsParens reports an unparenthesized generator expression among
// other arguments.
func (p *parser) genexpNeedsParens(elt Expr, gens []*Comprehension) {
	last := gens[len(gens)-1]
	var end Expr = last.Iter
	if n := len(last.Ifs); n > 0 {
		end = last.Ifs[n-1]
	}
	p.errorRange(elt, end, "Generator expression must be parenthesized")
}

// callArguments parses the arguments of a call or class definition, up to
// (not including) the ')'. For a call, lpar is its '(': a generator
// expression alone between the parentheses spans them.
func (p *parser) callArguments(lpar *ptoken) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKeyword, sawDoubleStar := false, false
	for !p.at(RPAR) {
		t := p.tok()
		switch {
		case t.Kind == STAR:
			p.next()
			v := p.expression()
			s := &Starred{Pos: p.span(t.Start), Value: v, Ctx: Load}
			if sawDoubleStar {
				p.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.span(t.Start), Value: v})
			sawDoubleStar = true
		case t.Kind == NAME && (!t.kw.reserved() || t.kw <= kwTrue) && p.peekAt(1).Kind == EQUAL:
			eq := p.peekAt(1)
			if t.kw == kwTrue || t.kw == kwFalse || t.kw == kwNone {
				p.raise(SyntaxError, "cannot assign to "+t.Text, t.Start, eq.End)
			}
			p.next()
			p.next()
			v := p.expression()
			if p.atComprehension() {
				p.raise(SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.Start, eq.End)
			}
			kws = append(kws, &Keyword{Pos: p.span(t.Start), Arg: t.Text, Value: v})
			sawKeyword = true
		default:
			e := p.namedExpressionNoHint()
			if p.atComprehension() {
				if lpar == nil {
					p.syntaxError()
				}
				gens := p.comprehensions()
				if args == nil && kws == nil && p.at(RPAR) {
					g := &GeneratorExp{Pos: spanOf(lpar.Start, p.tok().End), Elt: e, Generators: gens}
					return []Expr{g}, nil
				}
				if !p.at(COMMA) {
					p.syntaxError()
				}
				p.genexpNeedsParens(e, gens)
			}
			if eq := p.tok(); eq.Kind == EQUAL {
				p.raise(SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", startOf(e), eq.End)
			}
			if sawDoubleStar || sawKeyword {
				msg := "positional argument follows keyword argument"
				if sawDoubleStar {
					msg += " unpacking"
				}
				p.errorAtToken(p.tok(), msg)
			}
			args = append(args, e)
		}
		if !p.got(COMMA) {
			break
		}
	}
	return args, kws
}

// parameters parses a parameter list up to closer: RPAR for a def, COLON
// for a lambda (whose parameters have no annotations).
func (p *parser) parameters(closer Kind) *Arguments {
	lambda := closer == COLON
	a := &Arguments{}
	sawDefault, sawStar, sawSlash := false, false, false
	var bareStar *ptoken
	for !p.at(closer) {
		t := p.tok()
		var last *Arg // the parameter parsed in this round, for a type comment after it
		switch t.Kind {
		case SLASH:
			switch {
			case sawSlash:
				p.errorAtToken(t, "/ may appear only once")
			case sawStar:
				p.errorAtToken(t, "/ must be ahead of *")
			case len(a.Args) == 0:
				p.errorAtToken(t, "at least one argument must precede /")
			}
			p.next()
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, nil
		case STAR:
			if sawStar {
				p.errorAtToken(t, "* argument may appear only once")
			}
			p.next()
			sawStar = true
			if p.at(COMMA) || p.at(closer) {
				bareStar = t
				if k := p.peekAt(1).Kind; p.at(closer) || k == closer || k == DOUBLESTAR {
					p.errorAtToken(t, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = p.param(lambda, true)
				last = a.Vararg
				if p.at(EQUAL) {
					p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
				}
			}
		case DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.at(EQUAL) {
				p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
			}
			p.got(COMMA)
			p.paramTypeComment(a.Kwarg, closer)
			if !p.at(closer) {
				p.errorAtToken(p.tok(), "arguments cannot follow var-keyword argument")
			}
			return a
		case LPAR:
			p.parenthesizedParamError(lambda)
		default:
			arg := p.param(lambda, false)
			last = arg
			var def Expr
			if p.got(EQUAL) {
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			a.Args = append(a.Args, arg)
			if def != nil {
				a.Defaults = append(a.Defaults, def)
				sawDefault = true
			} else if sawDefault {
				p.errorAtNode(arg, "non-default argument follows default argument")
			}
		}
		comma := p.got(COMMA)
		if last != nil {
			p.paramTypeComment(last, closer)
		}
		if !comma {
			break
		}
	}
	if bareStar != nil && a.Kwonlyargs == nil {
		p.errorAtToken(bareStar, "named arguments must follow bare *")
	}
	return a
}

// paramTypeComment reads the type comment of parameter arg: after its
// comma, or before the closing parenthesis (never in a lambda).
func (p *parser) paramTypeComment(arg *Arg, closer Kind) {
	if closer == RPAR && p.at(TYPE_COMMENT) && (p.toks[p.pos-1].Kind == COMMA || p.peekAt(1).Kind == RPAR) {
		arg.TypeComment = p.next().Text
	}
}

// parenthesizedParamError reports "def f((a, b))" and "lambda (x): x".
func (p *parser) parenthesizedParamError(lambda bool) {
	lpar := p.next()
	for p.atName() || p.at(COMMA) {
		p.next()
	}
	rpar := p.tok()
	if rpar.Kind != RPAR {
		p.syntaxError()
	}
	msg := "Function parameters cannot be parenthesized"
	if lambda {
		msg = "Lambda expression parameters cannot be parenthesized"
	}
	p.raise(SyntaxError, msg, lpar.Start, rpar.End)
}

// param parses one parameter name with its annotation (not for lambdas;
// starAnnotation allows "*args: *Ts").
func (p *parser) param(lambda, starAnnotation bool) *Arg {
	t := p.name()
	arg := &Arg{Arg: t.Text}
	if !lambda && p.got(COLON) {
		if starAnnotation && p.at(STAR) {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(t.Start)
	return arg
}

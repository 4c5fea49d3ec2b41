// parse_pattern.go: the match statement and its patterns.

package syntax

import "strconv"

// matchStmt parses a match statement, or returns nil (having consumed
// nothing) when the soft keyword "match" starts another statement.
func (p *parser) matchStmt() Stmt {
	if !tokStartsExpr(p.peekAt(1)) {
		return nil
	}
	save := p.pos
	mt := p.tok()
	var subject Expr
	if !p.attempt(func() {
		p.next()
		subject = p.subjectExpr()
		if !p.at(COLON) {
			p.syntaxError()
		}
	}) {
		p.pos = save
		return nil
	}
	p.next() // ':'
	if !p.got(NEWLINE) {
		p.syntaxError()
	}
	if !p.at(INDENT) {
		p.blockIndentError("expected an indented block after 'match' statement on line " + strconv.Itoa(mt.Start.Line))
	}
	p.next()
	var cases []*MatchCase
	for p.atKw(kwCase) {
		cases = append(cases, p.caseBlock())
	}
	if cases == nil {
		p.syntaxError()
	}
	if !p.got(DEDENT) {
		p.syntaxError()
	}
	return &Match{Pos: p.span(mt.Start), Subject: subject, Cases: cases}
}

func tokStartsExpr(t *ptoken) bool {
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

// subjectExpr parses the subject of a match statement.
func (p *parser) subjectExpr() Expr {
	start := p.tok().Start
	e := p.starNamedExpression()
	if !p.at(COMMA) {
		if _, ok := e.(*Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) caseBlock() *MatchCase {
	ct := p.next()
	pat := p.patterns()
	var guard Expr
	if p.gotKw(kwIf) {
		guard = p.namedExpression()
	}
	p.colon(false)
	body := p.block("'case' statement", ct.Start.Line)
	return &MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// patterns parses the pattern of a case: an open sequence or a pattern.
func (p *parser) patterns() Pattern {
	start := p.tok().Start
	pat := p.maybeStarPattern()
	if !p.at(COMMA) {
		if _, ok := pat.(*MatchStar); ok {
			p.syntaxError()
		}
		return pat
	}
	pats := []Pattern{pat}
	for p.got(COMMA) {
		if p.at(COLON) || p.atKw(kwIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	t := p.tok()
	if t.Kind != STAR {
		return p.pattern()
	}
	p.next()
	n := p.name()
	name := n.Text
	if n.kw == kwUnderscore {
		name = ""
	}
	return &MatchStar{Pos: p.span(t.Start), Name: name}
}

// pattern parses as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok().Start
	pat := p.orPattern()
	if !p.gotKw(kwAs) {
		return pat
	}
	n := p.name()
	if n.kw == kwUnderscore {
		p.errorAtToken(n, "cannot use '_' as a target")
	}
	return &MatchAs{Pos: p.span(start), Pattern: pat, Name: n.Text}
}

func (p *parser) orPattern() Pattern {
	start := p.tok().Start
	pat := p.closedPattern()
	if !p.at(VBAR) {
		return pat
	}
	pats := []Pattern{pat}
	for p.got(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.span(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.kw {
		case kwNone:
			p.next()
			return &MatchSingleton{Pos: p.span(t.Start), Value: NoneConst{}}
		case kwTrue:
			p.next()
			return &MatchSingleton{Pos: p.span(t.Start), Value: true}
		case kwFalse:
			p.next()
			return &MatchSingleton{Pos: p.span(t.Start), Value: false}
		}
		if t.kw.reserved() {
			p.syntaxError()
		}
		nk := p.peekAt(1).Kind
		if nk != DOT && nk != LPAR {
			p.next()
			if nk == EQUAL {
				p.syntaxError()
			}
			if t.kw == kwUnderscore {
				return &MatchAs{Pos: p.span(t.Start)}
			}
			return &MatchAs{Pos: p.span(t.Start), Name: t.Text}
		}
		cls := p.nameOrAttr()
		if !p.at(LPAR) {
			return &MatchValue{Pos: p.span(t.Start), Value: cls}
		}
		return p.classPattern(t.Start, cls)
	case NUMBER, MINUS:
		v := p.signedNumber()
		return &MatchValue{Pos: p.span(t.Start), Value: v}
	case STRING, FSTRING_START:
		v := p.strings()
		if _, ok := v.(*JoinedStr); ok {
			p.errorAtNode(v, "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{Pos: p.span(t.Start), Value: v}
	case LPAR:
		p.next()
		if p.got(RPAR) {
			return &MatchSequence{Pos: p.span(t.Start)}
		}
		pat := p.maybeStarPattern()
		if p.got(RPAR) {
			if _, ok := pat.(*MatchStar); !ok {
				return pat
			}
			return &MatchSequence{Pos: p.span(t.Start), Patterns: []Pattern{pat}}
		}
		pats := []Pattern{pat}
		for p.got(COMMA) {
			if p.at(RPAR) {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAR)
		return &MatchSequence{Pos: p.span(t.Start), Patterns: pats}
	case LSQB:
		p.next()
		var pats []Pattern
		for !p.at(RSQB) {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RSQB)
		return &MatchSequence{Pos: p.span(t.Start), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// nameOrAttr parses NAME ('.' NAME)* as a Name or Attribute.
func (p *parser) nameOrAttr() Expr {
	t := p.name()
	var e Expr = &Name{Pos: spanOf(t.Start, t.End), Id: t.Text, Ctx: Load}
	for p.got(DOT) {
		n := p.name()
		e = &Attribute{Pos: p.span(t.Start), Value: e, Attr: n.Text, Ctx: Load}
	}
	return e
}

// signedNumber parses a numeric literal pattern: [-]NUMBER, possibly
// followed by + or - and an imaginary NUMBER.
func (p *parser) signedNumber() Expr {
	start := p.tok().Start
	var e Expr
	if p.got(MINUS) {
		n := p.expect(NUMBER)
		e = &UnaryOp{Pos: p.span(start), Op: USub, Operand: p.number(n)}
	} else {
		e = p.number(p.expect(NUMBER))
	}
	if k := p.tok().Kind; k == PLUS || k == MINUS {
		p.next()
		n := p.expect(NUMBER)
		imag := p.number(n)
		if _, ok := imag.(*Constant).Value.(complex128); !ok {
			p.errorAtNode(imag, "imaginary number required in complex literal")
		}
		if _, ok := e.(*Constant); ok {
			if _, isComplex := e.(*Constant).Value.(complex128); isComplex {
				p.errorAtNode(e, "real number required in complex literal")
			}
		}
		op := Add
		if k == MINUS {
			op = Sub
		}
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: imag}
	}
	return e
}

// number turns a NUMBER token into a Constant.
func (p *parser) number(t *ptoken) Expr {
	v, err := ParseNumber(t.Token)
	if err != nil {
		p.err = err
		p.errIsTok = true
		panic(bailout{})
	}
	return &Constant{Pos: spanOf(t.Start, t.End), Value: v}
}

func (p *parser) classPattern(start Position, cls Expr) Pattern {
	p.next() // '('
	mc := &MatchClass{Cls: cls}
	for !p.at(RPAR) {
		if t := p.tok(); t.Kind == NAME && p.peekAt(1).Kind == EQUAL {
			p.next()
			p.next()
			mc.KwdAttrs = append(mc.KwdAttrs, t.Text)
			mc.KwdPatterns = append(mc.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if mc.KwdAttrs != nil {
				p.errorAtNode(pat, "positional patterns follow keyword patterns")
			}
			mc.Patterns = append(mc.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	mc.Pos = p.span(start)
	return mc
}

func (p *parser) mappingPattern() Pattern {
	start := p.next().Start
	mm := &MatchMapping{}
	for !p.at(RBRACE) {
		if p.got(DOUBLESTAR) {
			mm.Rest = p.name().Text
			p.got(COMMA)
			break
		}
		mm.Keys = append(mm.Keys, p.mappingKey())
		p.expect(COLON)
		mm.Patterns = append(mm.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	mm.Pos = p.span(start)
	return mm
}

// mappingKey parses a literal or attribute key of a mapping pattern.
func (p *parser) mappingKey() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.kw {
		case kwNone, kwTrue, kwFalse:
			return p.atom()
		}
		e := p.nameOrAttr()
		if _, ok := e.(*Name); ok {
			p.syntaxError()
		}
		return e
	case NUMBER, MINUS:
		return p.signedNumber()
	case STRING, FSTRING_START:
		return p.strings()
	}
	p.syntaxError()
	return nil
}

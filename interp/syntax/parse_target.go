// parse_target.go: assignment and deletion targets: their contexts and the
// errors for expressions that cannot be targets.

package syntax

// targetsKind tells which kind of target list is being checked, as the
// rules differ slightly.
type targetsKind uint8

const (
	starTargets targetsKind = iota // assignment and with targets
	delTargets
	forTargets // a for target, which CPython reparses as "a in b"
)

// invalidTarget returns the part of e that cannot be a target of the
// given kind, or nil when e is a valid target.
func invalidTarget(e Expr, kind targetsKind) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *Compare:
		if kind == forTargets {
			if e.Ops[0] == In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
	}
	return e
}

// setContext gives the target e (already checked by invalidTarget) the
// context ctx.
func (p *parser) setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		p.setContext(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	}
}

// tryStarTargets parses star_targets (a tuple when there is a comma) and
// reports whether they are all valid targets.
func (p *parser) tryStarTargets() (Expr, bool) {
	start := p.tok().Start
	e := p.starTarget()
	if !p.at(COMMA) {
		return e, invalidTarget(e, starTargets) == nil
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	t := &Tuple{Pos: p.span(start), Elts: elts, Ctx: Store}
	return t, invalidTarget(t, starTargets) == nil
}

// starTarget parses one target, possibly starred, without checking it.
func (p *parser) starTarget() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.primary()
		return &Starred{Pos: p.span(t.Start), Value: v, Ctx: Store}
	}
	return p.primary()
}

// assignTargetError reports the invalid targets[i] of an assignment, whose
// invalid part is bad, with the message CPython chooses.
func (p *parser) assignTargetError(targets []Expr, i int, bad, value Expr) {
	if i == 0 && len(targets) == 1 {
		cand := targets[0]
		if t, ok := cand.(*Tuple); ok && len(t.Elts) > 0 && startOf(t) == startOf(t.Elts[0]) {
			cand = t.Elts[len(t.Elts)-1]
		}
		if rhs := bitwiseOrPrefix(value); rhs != nil && isBitwiseOr(cand) {
			switch c := cand.(type) {
			case *Name:
				{
					p.raise(SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", startOf(c), endOf(rhs))
				}
			case *List, *Tuple, *GeneratorExp:
			case *Constant:
				switch c.Value.(type) {
				case NoneConst, bool:
				default:
					p.errorAtNode(c, "cannot assign to "+exprName(c)+" here. Maybe you meant '==' instead of '='?")
				}
			default:
				p.errorAtNode(c, "cannot assign to "+exprName(c)+" here. Maybe you meant '==' instead of '='?")
			}
		}
	}
	switch bad.(type) {
	case *Yield, *YieldFrom:
		p.errorAtNode(bad, "assignment to yield expression not possible")
	}
	p.errorAtNode(bad, "cannot assign to "+exprName(bad))
}

// isBitwiseOr reports whether e is made by the bitwise_or rule or below
// (not a comparison, boolean operation, lambda, ...).
func isBitwiseOr(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *Lambda, *IfExp, *NamedExpr, *Starred:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}

// bitwiseOrPrefix returns the leading bitwise_or of an assigned value, or
// nil when the value does not start with one.
func bitwiseOrPrefix(e Expr) Expr {
	for {
		switch x := e.(type) {
		case *Tuple:
			if len(x.Elts) == 0 || startOf(x) != startOf(x.Elts[0]) {
				return x
			}
			e = x.Elts[0]
		case *Compare:
			e = x.Left
		case *BoolOp:
			e = x.Values[0]
		case *IfExp:
			if startOf(x) != startOf(x.Body) {
				return x
			}
			e = x.Body
		default:
			if !isBitwiseOr(e) {
				return nil
			}
			return e
		}
	}
}

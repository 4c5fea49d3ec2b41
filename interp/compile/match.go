// match.go generates code for match statements (PEP 634) as CPython 3.11
// does: a pattern consumes the subject on top of the stack, leaves its
// captures on the stack, and on failure jumps to a label that pops what it
// pushed.

package compile

import (
	"math"
	"math/big"
	"slices"

	"github.com/adderpy/adder/interp/syntax"
)

// patternContext is the state of one pattern's compilation.
type patternContext struct {
	stores           []string // captured names, first stored first (on top)
	allowIrrefutable bool
	failPop          []label // failPop[i] pops i items, then fails
	onTop            int     // items pushed above the subject and captures
}

func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func isStarWildcard(p syntax.Pattern) bool {
	s, ok := p.(*syntax.MatchStar)
	return ok && s.Name == ""
}

func (c *compiler) matchStmt(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	cases := s.Cases
	last := cases[len(cases)-1]
	hasDefault := isWildcard(last.Pattern) && len(cases) > 1
	n := len(cases)
	if hasDefault {
		n--
	}
	for i, m := range cases[:n] {
		c.u.loc = *syntax.PosOf(m.Pattern)
		if i != n-1 {
			c.emit(COPY, 1)
		}
		pc := &patternContext{allowIrrefutable: m.Guard != nil || i == len(cases)-1}
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, syntax.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != n-1 {
			c.emit(POP_TOP, 0)
		}
		c.stmts(m.Body)
		c.u.loc = syntax.Pos{}
		c.emitJump(JUMP_FORWARD, end)
		c.u.loc = *syntax.PosOf(m.Pattern)
		c.emitAndResetFailPop(pc)
	}
	if hasDefault {
		c.u.loc = *syntax.PosOf(last.Pattern)
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.stmts(last.Body)
	}
	c.bind(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) <= n {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop emits op (a conditional jump or JUMP_FORWARD) to the
// label that pops everything the pattern pushed.
func (c *compiler) jumpToFailPop(pc *patternContext, op Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.emitJump(op, pc.failPop[pops])
}

func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	for i := len(pc.failPop) - 1; i >= 0; i-- {
		c.bind(pc.failPop[i])
		if i > 0 {
			c.emit(POP_TOP, 0)
		}
	}
	pc.failPop = nil
}

// rotate moves TOS down to position n, shifting the items above up.
func (c *compiler) rotate(n int) {
	for ; n > 1; n-- {
		c.emit(SWAP, n)
	}
}

func (c *compiler) storeCapture(name string, pc *patternContext) {
	if name == "" {
		c.emit(POP_TOP, 0)
		return
	}
	if name == "__debug__" {
		c.error("cannot assign to __debug__")
	}
	if slices.Contains(pc.stores, name) {
		c.error("multiple assignments to name '%s' in pattern", name)
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) subpattern(p syntax.Pattern, pc *patternContext) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) {
	c.u.loc = *syntax.PosOf(p)
	switch p := p.(type) {
	case *syntax.MatchValue:
		c.expr(p.Value)
		c.u.loc = p.Pos
		c.emit(COMPARE_OP, int(syntax.Eq))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(p.Value)
		c.emit(IS_OP, 0)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		c.classPattern(p, pc)
	case *syntax.MatchStar:
		c.storeCapture(p.Name, pc)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.error("name capture '%s' makes remaining patterns unreachable", p.Name)
				}
				c.error("wildcard makes remaining patterns unreachable")
			}
			c.storeCapture(p.Name, pc)
			return
		}
		pc.onTop++
		c.emit(COPY, 1)
		c.pattern(p.Pattern, pc)
		c.u.loc = p.Pos
		pc.onTop--
		c.storeCapture(p.Name, pc)
	case *syntax.MatchOr:
		c.orPattern(p, pc)
	default:
		panic("BUG: pattern: unknown pattern")
	}
}

func (c *compiler) sequencePattern(p *syntax.MatchSequence, pc *patternContext) {
	size := len(p.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, q := range p.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.errorAt(*syntax.PosOf(q), "multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(q)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(q)
	}
	pc.onTop++
	c.emit(MATCH_SEQUENCE, 0)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if star < 0 {
		c.emit(GET_LEN, 0)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, int(syntax.Eq))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	} else if size > 1 {
		c.emit(GET_LEN, 0)
		c.loadConst(int64(size - 1))
		c.emit(COMPARE_OP, int(syntax.GtE))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emit(POP_TOP, 0)
	case starWildcard:
		pc.onTop++
		for i, q := range p.Patterns {
			if isWildcard(q) || i == star {
				continue
			}
			c.emit(COPY, 1)
			if i < star {
				c.loadConst(int64(i))
			} else {
				c.emit(GET_LEN, 0)
				c.loadConst(int64(size - i))
				c.emit(BINARY_OP, int(syntax.Sub))
			}
			c.emit(BINARY_SUBSCR, 0)
			c.subpattern(q, pc)
			c.u.loc = p.Pos
		}
		pc.onTop--
		c.emit(POP_TOP, 0)
	default:
		if star < 0 {
			c.emit(UNPACK_SEQUENCE, size)
		} else {
			c.emit(UNPACK_EX, star|(size-star-1)<<8)
		}
		pc.onTop += size
		for _, q := range p.Patterns {
			pc.onTop--
			c.subpattern(q, pc)
		}
	}
}

// eqKey identifies a constant up to Python equality of numbers, for the
// duplicate key check of mapping patterns.
func eqKey(v Const) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "i1"
		}
		return "i0"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
			return constKey(int64(x))
		}
	case complex128:
		if imag(x) == 0 {
			return eqKey(real(x))
		}
	case *big.Int:
		return constKey(x)
	}
	return constKey(v)
}

func (c *compiler) mappingPattern(p *syntax.MatchMapping, pc *patternContext) {
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.error("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns))
	}
	pc.onTop++
	c.emit(MATCH_MAPPING, 0)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.emit(POP_TOP, 0)
		return
	}
	if size > 0 {
		c.emit(GET_LEN, 0)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, int(syntax.GtE))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for _, k := range p.Keys {
		if v, ok := c.constValue(k); ok {
			key := eqKey(v)
			if seen[key] {
				c.error("mapping pattern checks duplicate key (%s)", ConstRepr(v))
			}
			seen[key] = true
		} else if _, ok := k.(*syntax.Attribute); !ok {
			c.errorAt(*syntax.PosOf(k), "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(k)
	}
	c.u.loc = p.Pos
	c.emit(BUILD_TUPLE, size)
	c.emit(MATCH_KEYS, 0)
	pc.onTop += 2
	c.emit(COPY, 1)
	c.loadConst(syntax.NoneConst{})
	c.emit(IS_OP, 1)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, q := range p.Patterns {
		pc.onTop--
		c.subpattern(q, pc)
		c.u.loc = p.Pos
	}
	pc.onTop -= 2
	if p.Rest != "" {
		c.emit(BUILD_MAP, 0)
		c.emit(SWAP, 3)
		c.emit(DICT_UPDATE, 2)
		c.emit(UNPACK_SEQUENCE, size)
		for n := size; n > 0; n-- {
			c.emit(COPY, 1+n)
			c.emit(SWAP, 2)
			c.emit(DELETE_SUBSCR, 0)
		}
		c.storeCapture(p.Rest, pc)
	} else {
		c.emit(POP_TOP, 0)
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) classPattern(p *syntax.MatchClass, pc *patternContext) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.error("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
	}
	for i, a := range p.KwdAttrs {
		if a == "__debug__" {
			c.errorAt(*syntax.PosOf(p.KwdPatterns[i]), "cannot assign to __debug__")
		}
		if slices.Contains(p.KwdAttrs[i+1:], a) {
			j := i + 1 + slices.Index(p.KwdAttrs[i+1:], a)
			c.errorAt(*syntax.PosOf(p.KwdPatterns[j]), "attribute name repeated in class pattern: %s", a)
		}
	}
	c.expr(p.Cls)
	c.u.loc = p.Pos
	names := make(ConstTuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.emit(MATCH_CLASS, nargs)
	c.emit(COPY, 1)
	c.loadConst(syntax.NoneConst{})
	c.emit(IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var q syntax.Pattern
		if i < nargs {
			q = p.Patterns[i]
		} else {
			q = p.KwdPatterns[i-nargs]
		}
		if isWildcard(q) {
			c.emit(POP_TOP, 0)
			continue
		}
		c.subpattern(q, pc)
		c.u.loc = p.Pos
	}
}

func (c *compiler) orPattern(p *syntax.MatchOr, pc *patternContext) {
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.u.loc = *syntax.PosOf(alt)
		*pc = patternContext{allowIrrefutable: i == len(p.Patterns)-1 && old.allowIrrefutable}
		c.emit(COPY, 1)
		c.pattern(alt, pc)
		if i == 0 {
			control = pc.stores
		} else if len(pc.stores) != len(control) {
			c.error("alternative patterns bind different names")
		} else {
			for ic := len(control) - 1; ic >= 0; ic-- {
				is := slices.Index(pc.stores, control[ic])
				if is < 0 {
					c.error("alternative patterns bind different names")
				}
				if is != ic {
					rotations := is + 1
					rotated := slices.Clone(pc.stores[:rotations])
					rest := slices.Clone(pc.stores[rotations:])
					at := ic - is
					pc.stores = slices.Concat(rest[:at], rotated, rest[at:])
					for ; rotations > 0; rotations-- {
						c.rotate(ic + 1)
					}
				}
			}
		}
		c.emitJump(JUMP_FORWARD, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	c.u.loc = p.Pos
	c.emit(POP_TOP, 0)
	c.jumpToFailPop(pc, JUMP_FORWARD)
	c.bind(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		if slices.Contains(pc.stores, name) {
			c.error("multiple assignments to name '%s' in pattern", name)
		}
		pc.stores = append(pc.stores, name)
	}
	c.emit(POP_TOP, 0)
}

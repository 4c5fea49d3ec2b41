package regex

// exec.go: the backtracking machine. One stack holds both the choice
// points to resume on failure and the undo records that restore captures
// and loop registers while backtracking past them; atomic groups and
// lookarounds cut the choice points above their barrier but keep the undo
// records, so an outer backtrack still restores what the group set.

type frameKind uint8

const (
	fChoice    frameKind = iota // resume at pc with pos a
	fUndoCap                    // caps[pc] = a, lastIndex = b
	fUndoReg                    // regs[pc] = {a, b}
	fGreedyOne                  // give back one char: resume at pc with pos b-1 while >= a
	fLazyOne                    // take one more char of prog[pc]: pos a, limit b
	fLazyLoop                   // one more iteration of the loop at prog[pc], from pos a
	fBarrier                    // prog[pc] is the atomic group or lookaround; a is its pos
)

type frame struct {
	kind frameKind
	pc   int
	a, b int
}

type loopReg struct{ count, last int }

// machine is the per-match state; Regexp pools them.
type machine struct {
	re        *Regexp
	caps      []int
	regs      []loopReg
	stack     []frame
	lastIndex int
}

func newMachine(re *Regexp) *machine {
	return &machine{re: re, caps: make([]int, 2*(re.NumGroups+1)), regs: make([]loopReg, re.nregs)}
}

type char interface{ ~byte | ~rune }

func execute[C char](m *machine, s []C, pos, endpos int, mode Mode, mustAdvance bool) bool {
	for i := range m.caps {
		m.caps[i] = -1
	}
	if mode != ModeSearch {
		return run(m, s, pos, endpos, mode, mustAdvance)
	}
	si := &m.re.start
	for start := pos; start <= endpos; start++ {
		if si.anchored && start > 0 {
			return false
		}
		if first := si.first; first != nil {
			start = skipTo(first, s, start, endpos)
			if start >= endpos {
				return false
			}
		}
		if run(m, s, start, endpos, mode, mustAdvance && start == pos) {
			return true
		}
	}
	return false
}

// skipTo returns the first position at or after i (before end) whose char
// matches the one-char inst it, or end.
func skipTo[C char](it *inst, s []C, i, end int) int {
	switch it.op {
	case opChar:
		r := it.r
		for i < end && rune(s[i]) != r {
			i++
		}
	case opSet:
		set := it.set
		for i < end && !set.has(rune(s[i])) {
			i++
		}
	default:
		for i < end && !matchOne(it, rune(s[i])) {
			i++
		}
	}
	return i
}

// matchOne reports whether the one-char inst it matches c.
func matchOne(it *inst, c rune) bool {
	switch it.op {
	case opChar:
		return c == it.r
	case opNotChar:
		return c != it.r
	case opCharFold:
		return foldKey(c, it.mode) == it.r
	case opNotCharFold:
		return foldKey(c, it.mode) != it.r
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	case opSet:
		return it.set.has(c)
	}
	panic("BUG: regex: matchOne on a multi-char inst")
}

// countOne counts the chars from i (up to end) that it matches in a row.
func countOne[C char](it *inst, s []C, i, end int) int {
	start := i
	switch it.op {
	case opAnyAll:
		return end - i
	case opAny:
		for i < end && s[i] != '\n' {
			i++
		}
	case opChar:
		r := it.r
		for i < end && rune(s[i]) == r {
			i++
		}
	case opSet:
		set := it.set
		for i < end && set.has(rune(s[i])) {
			i++
		}
	default:
		for i < end && matchOne(it, rune(s[i])) {
			i++
		}
	}
	return i - start
}

func isWordAt[C char](s []C, i int, uni bool) bool { return isWordChar(rune(s[i]), uni) }

// atHolds evaluates a position assertion.
func atHolds[C char](at atKind, s []C, pos, end int) bool {
	switch at {
	case atBeginning, atBeginString:
		return pos == 0
	case atEnd:
		return pos == end || pos == end-1 && s[pos] == '\n'
	case atEndString:
		return pos == end
	case atBeginLine:
		return pos == 0 || s[pos-1] == '\n'
	case atEndLine:
		return pos == end || s[pos] == '\n'
	case atBoundary, atNonBoundary, atBoundaryASCII, atNonBoundaryASCII:
		if end == 0 {
			return false
		}
		uni := at == atBoundary || at == atNonBoundary
		before := pos > 0 && isWordAt(s, pos-1, uni)
		after := pos < end && isWordAt(s, pos, uni)
		if at == atBoundary || at == atBoundaryASCII {
			return before != after
		}
		return before == after
	}
	panic("BUG: regex: bad assertion")
}

// cut removes the choice points above the innermost barrier and the
// barrier, keeping undo records; it returns the barrier's position.
func cut(stack []frame) ([]frame, int) {
	i := len(stack) - 1
	for stack[i].kind != fBarrier {
		i--
	}
	pos := stack[i].a
	j := i
	for k := i + 1; k < len(stack); k++ {
		if stack[k].kind == fUndoCap || stack[k].kind == fUndoReg {
			stack[j] = stack[k]
			j++
		}
	}
	return stack[:j], pos
}

// run tries to match at start. Every capture must be unset (-1) on entry;
// a failed run leaves them so, since every write to caps pushes the undo
// record that backtracking out of the run applies.
func run[C char](m *machine, s []C, start, endpos int, mode Mode, mustAdvance bool) bool {
	prog := m.re.prog
	caps, regs := m.caps, m.regs
	m.lastIndex = 0
	stack := m.stack[:0]
	pos, pc := start, 0
	for {
		in := &prog[pc]
		switch in.op {
		case opMatch:
			if mode == ModeFull && pos != endpos || mustAdvance && pos == start {
				break
			}
			caps[0], caps[1] = start, pos
			m.stack = stack[:0]
			return true
		case opChar:
			if pos < endpos && rune(s[pos]) == in.r {
				pos++
				pc++
				continue
			}
		case opString:
			str := in.str
			if endpos-pos >= len(str) {
				k := 0
				for k < len(str) && rune(s[pos+k]) == str[k] {
					k++
				}
				if k == len(str) {
					pos += k
					pc++
					continue
				}
			}
		case opNotChar, opCharFold, opNotCharFold, opAny, opAnyAll:
			if pos < endpos && matchOne(in, rune(s[pos])) {
				pos++
				pc++
				continue
			}
		case opSet:
			if pos < endpos && in.set.has(rune(s[pos])) {
				pos++
				pc++
				continue
			}
		case opAt:
			if atHolds(in.at, s, pos, endpos) {
				pc++
				continue
			}
		case opSplit:
			stack = append(stack, frame{kind: fChoice, pc: in.y, a: pos})
			pc = in.x
			continue
		case opJmp:
			pc = in.x
			continue
		case opSave:
			stack = append(stack, frame{kind: fUndoCap, pc: in.n, a: caps[in.n], b: m.lastIndex})
			caps[in.n] = pos
			if in.n&1 != 0 {
				m.lastIndex = in.n / 2
			}
			pc++
			continue
		case opRepeatOne:
			limit := endpos - pos
			if in.max < limit {
				limit = in.max
			}
			if in.rep == lazy {
				if in.min > limit || countOne(in.item, s, pos, pos+in.min) < in.min {
					break
				}
				if in.min < limit {
					stack = append(stack, frame{kind: fLazyOne, pc: pc, a: pos + in.min, b: pos + limit})
				}
				pos += in.min
				pc++
				continue
			}
			n := countOne(in.item, s, pos, pos+limit)
			if n < in.min {
				break
			}
			if in.rep == greedy && n > in.min {
				stack = append(stack, frame{kind: fGreedyOne, pc: pc + 1, a: pos + in.min, b: pos + n})
			}
			pos += n
			pc++
			continue
		case opRepStart:
			r := &regs[in.n]
			stack = append(stack, frame{kind: fUndoReg, pc: in.n, a: r.count, b: r.last})
			r.count, r.last = 0, -1
			pc++
			continue
		case opRepCheck:
			r := &regs[in.n]
			c := r.count
			if c < in.min {
				stack = append(stack, frame{kind: fUndoReg, pc: in.n, a: c, b: r.last})
				r.count = c + 1
				pc = in.x
				continue
			}
			if c < in.max && pos != r.last {
				if in.rep == lazy {
					stack = append(stack, frame{kind: fLazyLoop, pc: pc, a: pos})
				} else {
					stack = append(stack, frame{kind: fChoice, pc: in.y, a: pos},
						frame{kind: fUndoReg, pc: in.n, a: c, b: r.last})
					r.count, r.last = c+1, pos
					pc = in.x
					continue
				}
			}
			pc = in.y
			continue
		case opAtomicStart:
			stack = append(stack, frame{kind: fBarrier, pc: pc, a: pos})
			pc++
			continue
		case opAtomicEnd:
			stack, _ = cut(stack)
			pc++
			continue
		case opLookStart:
			if in.min >= 0 && pos < in.min {
				if in.n == 1 {
					pc = in.y
					continue
				}
				break
			}
			stack = append(stack, frame{kind: fBarrier, pc: pc, a: pos})
			if in.min > 0 {
				pos -= in.min
			}
			pc++
			continue
		case opLookEnd:
			stack, pos = cut(stack)
			pc++
			continue
		case opNegLookEnd:
			for {
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if f.kind == fBarrier {
					break
				}
				m.undo(f)
			}
		case opBackref:
			a, b := caps[2*in.n], caps[2*in.n+1]
			if a < 0 || b < a {
				break
			}
			n := b - a
			if endpos-pos < n {
				break
			}
			k := 0
			if in.mode&modeFold != 0 {
				for k < n && foldKey(rune(s[a+k]), in.mode) == foldKey(rune(s[pos+k]), in.mode) {
					k++
				}
			} else {
				for k < n && s[a+k] == s[pos+k] {
					k++
				}
			}
			if k == n {
				pos += n
				pc++
				continue
			}
		case opCond:
			if a, b := caps[2*in.n], caps[2*in.n+1]; a >= 0 && b >= a {
				pc++
			} else {
				pc = in.x
			}
			continue
		case opFail:
		default:
			panic("BUG: regex: bad opcode")
		}

		// Failure: backtrack to the latest choice point.
	backtrack:
		for {
			top := len(stack) - 1
			if top < 0 {
				m.stack = stack
				return false
			}
			f := &stack[top]
			switch f.kind {
			case fUndoCap, fUndoReg:
				m.undo(*f)
				stack = stack[:top]
			case fChoice:
				pos, pc = f.a, f.pc
				stack = stack[:top]
				break backtrack
			case fGreedyOne:
				b := f.b - 1
				if follow := prog[f.pc-1].follow; follow >= 0 {
					for b >= f.a && (b >= endpos || rune(s[b]) != follow) {
						b--
					}
				}
				if b < f.a {
					stack = stack[:top]
					continue
				}
				f.b = b
				pos, pc = b, f.pc
				break backtrack
			case fLazyOne:
				if f.a >= f.b || !matchOne(prog[f.pc].item, rune(s[f.a])) {
					stack = stack[:top]
					continue
				}
				f.a++
				pos, pc = f.a, f.pc+1
				break backtrack
			case fLazyLoop:
				loop := &prog[f.pc]
				pos = f.a
				stack = stack[:top]
				r := &regs[loop.n]
				stack = append(stack, frame{kind: fUndoReg, pc: loop.n, a: r.count, b: r.last})
				r.count++
				r.last = pos
				pc = loop.x
				break backtrack
			case fBarrier:
				owner := &prog[f.pc]
				stack = stack[:top]
				if owner.op == opLookStart && owner.n == 1 {
					pos, pc = f.a, owner.y
					break backtrack
				}
			}
		}
	}
}

// undo applies an undo record.
func (m *machine) undo(f frame) {
	switch f.kind {
	case fUndoCap:
		m.caps[f.pc] = f.a
		m.lastIndex = f.b
	case fUndoReg:
		m.regs[f.pc] = loopReg{f.a, f.b}
	}
}

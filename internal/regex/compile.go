package regex

// compile.go: the parse tree to a program for the backtracking machine.
//
// A program is a slice of instructions; execution starts at 0 and
// succeeds at opMatch. Each instruction's comment shows what it does;
// "push" means a backtrack entry the machine returns to on failure.

type opcode uint8

const (
	opMatch       opcode = iota // success (if the mode's end conditions hold)
	opChar                      // next char == r
	opNotChar                   // next char != r
	opCharFold                  // foldKey(next char) == r
	opNotCharFold               // foldKey(next char) != r
	opAny                       // next char != '\n'
	opAnyAll                    // any next char
	opSet                       // set.has(next char)
	opString                    // the next chars are str
	opAt                        // the position satisfies at
	opSplit                     // push (y, pos); goto x
	opJmp                       // goto x
	opSave                      // caps[n] = pos (undone on backtrack)
	opRepeatOne                 // item (a one-char inst) repeated min..max times, rep
	opRepStart                  // regs[n] = {count 0, last -1}
	opRepCheck                  // loop n: body x, exit y, min..max, rep
	opAtomicStart               // push barrier
	opAtomicEnd                 // drop the choices since the barrier
	opLookStart                 // push barrier (pos); lookbehind: pos -= min; negate: y = after
	opLookEnd                   // positive look succeeded: drop choices, restore pos
	opNegLookEnd                // negative look's body matched: undo to the barrier, fail
	opBackref                   // the text of group n follows (folded with mode)
	opCond                      // group n matched ? next : goto x
	opFail                      // fail
)

type inst struct {
	op       opcode
	rep      repeatKind
	mode     charMode
	at       atKind
	r        rune
	n        int
	x, y     int
	min, max int
	set      *charSet
	str      []rune
	item     *inst
	follow   rune // opRepeatOne: the char that must follow, or -1
}

// startInfo speeds up searches.
type startInfo struct {
	anchored bool  // the program can only match at position 0
	first    *inst // a one-char inst every match starts with, or nil
}

type compiler struct {
	re      *Regexp
	prog    []inst
	nregs   int
	isBytes bool
}

func (re *Regexp) compile(tree *node, p *parser) error {
	c := &compiler{re: re, isBytes: re.IsBytes}
	if err := c.check(tree, p); err != nil {
		return err
	}
	c.emit(tree)
	c.prog = append(c.prog, inst{op: opMatch})
	c.mergeStrings()
	for i := range c.prog {
		if in := &c.prog[i]; in.op == opRepeatOne {
			in.follow = -1
			switch next := c.prog[i+1]; next.op {
			case opChar:
				in.follow = next.r
			case opString:
				in.follow = next.str[0]
			}
		}
	}
	re.prog = c.prog
	re.nregs = c.nregs
	re.start = c.startInfo()
	return nil
}

// check rejects lookbehinds whose width is not fixed.
func (c *compiler) check(n *node, p *parser) error {
	if n.kind == nLook && n.behind {
		lo, hi := p.width(n.subs[0])
		if lo != hi {
			return &Error{Msg: "look-behind requires fixed-width pattern", Pos: -1}
		}
		n.min = lo
	}
	for _, s := range n.subs {
		if err := c.check(s, p); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) add(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

// leaf compiles a one-character node into an instruction (not added).
func (c *compiler) leaf(n *node) (inst, bool) {
	mode := leafMode(n.flags, c.isBytes)
	switch n.kind {
	case nLiteral, nNotLiteral:
		if mode&modeFold != 0 && len(equivalents(n.r, mode)) > 1 {
			op := opCharFold
			if n.kind == nNotLiteral {
				op = opNotCharFold
			}
			return inst{op: op, r: foldKey(n.r, mode), mode: mode}, true
		}
		if n.kind == nNotLiteral {
			return inst{op: opNotChar, r: n.r}, true
		}
		return inst{op: opChar, r: n.r}, true
	case nAny:
		if n.flags&FlagDotAll != 0 {
			return inst{op: opAnyAll}, true
		}
		return inst{op: opAny}, true
	case nClass:
		return inst{op: opSet, set: newCharSet(n.class, mode)}, true
	}
	return inst{}, false
}

func (c *compiler) emit(n *node) {
	if i, ok := c.leaf(n); ok {
		c.add(i)
		return
	}
	switch n.kind {
	case nEmpty:
	case nAt:
		c.add(inst{op: opAt, at: n.at})
	case nConcat:
		for _, s := range n.subs {
			c.emit(s)
		}
	case nAlternate:
		var jumps []int
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				split := c.add(inst{op: opSplit})
				c.prog[split].x = len(c.prog)
				c.emit(s)
				jumps = append(jumps, c.add(inst{op: opJmp}))
				c.prog[split].y = len(c.prog)
			} else {
				c.emit(s)
			}
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case nCapture:
		c.add(inst{op: opSave, n: 2 * n.group})
		c.emit(n.subs[0])
		c.add(inst{op: opSave, n: 2*n.group + 1})
	case nNonCapture:
		c.emit(n.subs[0])
	case nAtomic:
		c.add(inst{op: opAtomicStart})
		c.emit(n.subs[0])
		c.add(inst{op: opAtomicEnd})
	case nLook:
		start := c.add(inst{op: opLookStart, min: -1})
		if n.behind {
			c.prog[start].min = n.min
		}
		c.emit(n.subs[0])
		if n.negate {
			c.add(inst{op: opNegLookEnd})
			c.prog[start].y = len(c.prog)
			c.prog[start].n = 1
		} else {
			c.add(inst{op: opLookEnd})
		}
	case nBackref:
		c.add(inst{op: opBackref, n: n.group, mode: leafMode(n.flags, c.isBytes)})
	case nCond:
		cond := c.add(inst{op: opCond, n: n.group})
		c.emit(n.subs[0])
		if len(n.subs) > 1 {
			j := c.add(inst{op: opJmp})
			c.prog[cond].x = len(c.prog)
			c.emit(n.subs[1])
			c.prog[j].x = len(c.prog)
		} else {
			c.prog[cond].x = len(c.prog)
		}
	case nRepeat:
		c.emitRepeat(n)
	default:
		panic("BUG: regex: cannot compile node kind")
	}
}

func (c *compiler) emitRepeat(n *node) {
	body := n.subs[0]
	if item, ok := c.leaf(body); ok {
		it := item
		c.add(inst{op: opRepeatOne, min: n.min, max: n.max, rep: n.rep, item: &it})
		return
	}
	if n.max == 0 {
		return
	}
	if n.rep == possessive {
		c.add(inst{op: opAtomicStart})
		c.emitLoop(n, greedy)
		c.add(inst{op: opAtomicEnd})
		return
	}
	c.emitLoop(n, n.rep)
}

func (c *compiler) emitLoop(n *node, rep repeatKind) {
	reg := c.nregs
	c.nregs++
	c.add(inst{op: opRepStart, n: reg})
	check := c.add(inst{op: opRepCheck, n: reg, min: n.min, max: n.max, rep: rep})
	c.prog[check].x = len(c.prog)
	c.emit(n.subs[0])
	c.add(inst{op: opJmp, x: check})
	c.prog[check].y = len(c.prog)
}

// mergeStrings turns runs of opChar into opString where no jump lands
// inside the run.
func (c *compiler) mergeStrings() {
	target := make([]bool, len(c.prog)+1)
	for _, in := range c.prog {
		switch in.op {
		case opSplit, opRepCheck:
			target[in.x], target[in.y] = true, true
		case opJmp, opCond:
			target[in.x] = true
		case opLookStart:
			target[in.y] = true
		}
	}
	remap := make([]int, len(c.prog)+1)
	var out []inst
	for i := 0; i < len(c.prog); {
		j := i
		if c.prog[i].op == opChar {
			for j+1 < len(c.prog) && c.prog[j+1].op == opChar && !target[j+1] {
				j++
			}
		}
		for k := i; k <= j; k++ {
			remap[k] = len(out)
		}
		if j > i {
			s := make([]rune, 0, j-i+1)
			for k := i; k <= j; k++ {
				s = append(s, c.prog[k].r)
			}
			out = append(out, inst{op: opString, str: s})
		} else {
			out = append(out, c.prog[i])
		}
		i = j + 1
	}
	remap[len(c.prog)] = len(out)
	for i := range out {
		in := &out[i]
		switch in.op {
		case opSplit, opRepCheck:
			in.x, in.y = remap[in.x], remap[in.y]
		case opJmp, opCond:
			in.x = remap[in.x]
		case opLookStart:
			in.y = remap[in.y]
		}
	}
	c.prog = out
}

// startInfo finds what every match must start with.
func (c *compiler) startInfo() startInfo {
	var si startInfo
	for i := 0; i < len(c.prog); i++ {
		in := &c.prog[i]
		switch in.op {
		case opSave:
			continue
		case opAt:
			// An assertion consumes nothing: what follows it starts the
			// match (\b\w+ starts with a \w).
			si.anchored = si.anchored || in.at == atBeginString || in.at == atBeginning
			continue
		case opChar, opCharFold, opSet, opAny:
			si.first = in
		case opString:
			si.first = &inst{op: opChar, r: in.str[0]}
		case opRepeatOne:
			if in.min > 0 {
				si.first = in.item
			}
		}
		break
	}
	return si
}

// flow.go assembles a unit's instructions into a Code: jump threading,
// dead code removal, stack depth computation, label resolution, and the
// exception table.

package compile

import "fmt"

// assemble finishes the current unit.
func (c *compiler) assemble() *Code {
	u := c.u
	code := u.code
	ins := u.instrs
	target := func(l label) int {
		t := u.labels[l]
		if t < 0 {
			panic("BUG: unbound label")
		}
		return t
	}
	// Resolve labels to instruction positions and thread jumps to jumps.
	for i := range ins {
		in := &ins[i]
		if in.op == opSetup || !in.op.IsJump() {
			continue
		}
		t := target(in.target)
		for n := 0; n < 100 && t < len(ins); n++ {
			next := &ins[t]
			if next.op != JUMP_FORWARD && next.op != JUMP_BACKWARD {
				break
			}
			t = target(next.target)
		}
		in.arg = t
	}
	for _, h := range u.handlers {
		h.targetIndex = target(h.target)
	}
	c.markReachable(ins)
	// Drop unconditional jumps to the next live instruction.
	for i := range ins {
		in := &ins[i]
		if in.dead || (in.op != JUMP_FORWARD && in.op != JUMP_BACKWARD) {
			continue
		}
		j := i + 1
		for j < len(ins) && (ins[j].dead || ins[j].op == opSetup) {
			j++
		}
		if in.arg <= j && in.arg > i && allSkippable(ins[i+1:in.arg]) {
			in.dead = true
		}
	}
	code.StackSize = stackDepth(ins, u.handlers)
	// Final indices.
	final := make([]int, len(ins)+1)
	n := 0
	for i := range ins {
		final[i] = n
		if !ins[i].dead && ins[i].op != opSetup {
			n++
		}
	}
	final[len(ins)] = n
	code.Code = make([]Instr, 0, n)
	code.Positions = make([]Position, 0, n)
	var cur *handler
	loops := 0
	for i := range ins {
		in := &ins[i]
		if in.dead || in.op == opSetup {
			continue
		}
		arg := in.arg
		op := in.op
		if op.IsJump() {
			arg = final[in.arg]
			if arg >= n {
				panic("BUG: jump past the end of the code")
			}
			here := len(code.Code)
			if op == JUMP_FORWARD || op == JUMP_BACKWARD {
				op = JUMP_FORWARD
				if arg <= here {
					op = JUMP_BACKWARD
				}
			}
			if arg <= here && ins[in.arg].op != LOOP_HEADER {
				panic(fmt.Sprintf("BUG: back edge at %d to %d is not a LOOP_HEADER", here, arg))
			}
		}
		if op == LOOP_HEADER {
			arg = loops
			loops++
		}
		if arg > MaxArg {
			c.error("code too large: instruction argument exceeds 2**24")
		}
		idx := len(code.Code)
		code.Code = append(code.Code, MakeInstr(op, arg))
		code.Positions = append(code.Positions, in.pos)
		h := in.handler
		if h != nil && h != cur {
			code.ExceptionTable = append(code.ExceptionTable, Handler{
				Start: idx, End: idx + 1, Target: final[target(h.target)], Depth: h.depth, Lasti: h.lasti,
			})
		} else if h != nil {
			code.ExceptionTable[len(code.ExceptionTable)-1].End = idx + 1
		}
		cur = h
	}
	code.NumLoops = loops
	if code.Flags == 0 {
		code.Flags = c.codeFlags()
	}
	return code
}

// allSkippable reports whether every instruction is dead or a setup marker.
func allSkippable(ins []pinstr) bool {
	for i := range ins {
		if !ins[i].dead && ins[i].op != opSetup {
			return false
		}
	}
	return true
}

// markReachable marks instructions that no path from the entry reaches.
func (c *compiler) markReachable(ins []pinstr) {
	seen := make([]bool, len(ins))
	work := []int{0}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for i < len(ins) && !seen[i] {
			seen[i] = true
			in := &ins[i]
			if in.handler != nil {
				work = append(work, in.handler.targetIndex)
			}
			if in.op != opSetup && in.op.IsJump() {
				work = append(work, in.arg)
			}
			if in.op != opSetup && in.op.Flags()&FlagNoNext != 0 {
				break
			}
			i++
		}
	}
	for i := range ins {
		ins[i].dead = !seen[i]
	}
}

// stackDepth computes the maximum stack depth, checking that every path
// reaches each instruction with the same depth, and sets handler depths.
func stackDepth(ins []pinstr, handlers []*handler) int {
	depth := make([]int, len(ins))
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	visit := func(i, d int) {
		if i >= len(ins) {
			panic("BUG: control falls off the end of the code")
		}
		if depth[i] < 0 {
			depth[i] = d
			work = append(work, i)
		} else if depth[i] != d {
			panic(fmt.Sprintf("BUG: inconsistent stack depth at %d (%v): %d and %d", i, ins[i].op, depth[i], d))
		}
	}
	visit(0, 0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		in := &ins[i]
		if in.op == opSetup {
			h := handlers[in.arg]
			hd := d + h.depthAdjust
			if h.depth >= 0 && h.depth != hd {
				panic("BUG: handler set up at two depths")
			}
			h.depth = hd
			visit(i+1, d)
			continue
		}
		if h := in.handler; h != nil {
			if h.depth < 0 {
				panic("BUG: handler region entered before its setup")
			}
			hd := h.depth + 1
			if h.lasti {
				hd++
			}
			maxDepth = max(maxDepth, hd)
			visit(h.targetIndex, hd)
		}
		pops, pushes := StackEffect(in.op, in.arg, false)
		if d < pops {
			panic(fmt.Sprintf("BUG: stack underflow at %d (%v)", i, in.op))
		}
		if in.op == RETURN_VALUE && d != 1 {
			panic(fmt.Sprintf("BUG: RETURN_VALUE at %d with %d items on the stack", i, d))
		}
		nd := d - pops + pushes
		maxDepth = max(maxDepth, nd)
		if in.op.IsJump() {
			jp, jq := StackEffect(in.op, in.arg, true)
			if d < jp {
				panic(fmt.Sprintf("BUG: stack underflow at jump %d (%v)", i, in.op))
			}
			visit(in.arg, d-jp+jq)
		}
		if in.op.Flags()&FlagNoNext == 0 {
			visit(i+1, nd)
		}
	}
	return maxDepth
}

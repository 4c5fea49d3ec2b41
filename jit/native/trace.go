// trace.go: the backend-neutral description of a trace. It is the seed of
// the JIT's low-level IR: just enough integer operations, guards and loop
// structure to exercise the native contract end to end. It will grow (or be
// replaced) with the IR.

package native

import (
	"fmt"
	"strings"
)

// Reg is a virtual 64-bit integer register. A trace uses R0..NumRegs-1;
// each backend pins them to machine registers, so no allocation is needed.
type Reg uint8

// NumRegs is the number of virtual registers.
const NumRegs = 8

// Op is an operation of a Trace.
type Op uint8

// Operations. In the comments, slot[k] is ctx.Spill[k].N as an int64.
const (
	OpConst     Op = iota // Dst = Imm
	OpLoadSlot            // Dst = slot[Imm]
	OpStoreSlot           // slot[Imm] = A
	OpAdd                 // Dst = A + B; exits through Exit if it overflows
	OpGuardLE             // exits through Exit unless A <= B (signed)
	OpLoop                // the loop header; at most one, before any BackEdge
	OpBackEdge            // polls the interrupt word (exits through Exit when set), then jumps to the header
	OpExit                // exits through Exit
	numOps
)

// opInfo is the one table of per-op properties.
var opInfo = [numOps]struct {
	name    string
	dst     bool // writes Dst
	nsrc    int  // reads A (and B when 2)
	exits   bool // uses Exit
	resumes bool // the exit is resumable (at the loop header)
}{
	OpConst:     {name: "const", dst: true},
	OpLoadSlot:  {name: "loadslot", dst: true},
	OpStoreSlot: {name: "storeslot", nsrc: 1},
	OpAdd:       {name: "add", dst: true, nsrc: 2, exits: true},
	OpGuardLE:   {name: "guardle", nsrc: 2, exits: true},
	OpLoop:      {name: "loop"},
	OpBackEdge:  {name: "backedge", exits: true, resumes: true},
	OpExit:      {name: "exit", exits: true},
}

func (op Op) String() string {
	if op < numOps {
		return opInfo[op].name
	}
	return fmt.Sprintf("op(%d)", uint8(op))
}

// Inst is one operation.
type Inst struct {
	Op   Op
	Dst  Reg
	A, B Reg
	Imm  int64
	Exit uint32 // index into Trace.Exits
}

// TraceExit describes one exit: the code it reports and the registers it
// saves into slots (and, for a resumable exit, reloads on resume).
type TraceExit struct {
	Code ExitCode
	Live []Live
}

// Live says that register Reg is saved in slot Slot at an exit.
type Live struct {
	Slot int
	Reg  Reg
}

// Trace is a backend-neutral loop trace: Insts run in order, the part
// after OpLoop repeats until an exit.
type Trace struct {
	Insts []Inst
	Exits []TraceExit
}

// Resumes reports whether exit id is resumable: it is the exit of a
// back-edge poll.
func (t *Trace) Resumes(id uint32) bool {
	for _, in := range t.Insts {
		if opInfo[in.Op].resumes && in.Exit == id {
			return true
		}
	}
	return false
}

// Validate checks the operands of every instruction.
func (t *Trace) Validate() error {
	loop := false
	for i, in := range t.Insts {
		if in.Op >= numOps {
			return fmt.Errorf("inst %d: bad op %d", i, in.Op)
		}
		info := opInfo[in.Op]
		regs := []Reg{in.A, in.B}[:info.nsrc]
		if info.dst {
			regs = append(regs, in.Dst)
		}
		for _, r := range regs {
			if r >= NumRegs {
				return fmt.Errorf("inst %d (%v): register r%d out of range", i, in.Op, r)
			}
		}
		if (in.Op == OpLoadSlot || in.Op == OpStoreSlot) && (in.Imm < 0 || in.Imm >= SpillSlots) {
			return fmt.Errorf("inst %d (%v): slot %d out of range", i, in.Op, in.Imm)
		}
		if info.exits && int(in.Exit) >= len(t.Exits) {
			return fmt.Errorf("inst %d (%v): exit %d out of range", i, in.Op, in.Exit)
		}
		switch in.Op {
		case OpLoop:
			if loop {
				return fmt.Errorf("inst %d: second loop header", i)
			}
			loop = true
		case OpBackEdge:
			if !loop {
				return fmt.Errorf("inst %d: back-edge before the loop header", i)
			}
			if t.Exits[in.Exit].Code != ExitInterrupt {
				return fmt.Errorf("inst %d: back-edge exit has code %v, want %v", i, t.Exits[in.Exit].Code, ExitInterrupt)
			}
		}
	}
	for id, e := range t.Exits {
		for _, l := range e.Live {
			if l.Reg >= NumRegs || l.Slot < 0 || l.Slot >= SpillSlots {
				return fmt.Errorf("exit %d: bad live value r%d in slot %d", id, l.Reg, l.Slot)
			}
		}
	}
	return nil
}

// String formats the trace one instruction a line, for logs and golden tests.
func (t *Trace) String() string {
	var b strings.Builder
	for _, in := range t.Insts {
		info := opInfo[in.Op]
		b.WriteString(in.Op.String())
		if info.dst {
			fmt.Fprintf(&b, " r%d =", in.Dst)
		}
		if info.nsrc > 0 {
			fmt.Fprintf(&b, " r%d", in.A)
		}
		if info.nsrc > 1 {
			fmt.Fprintf(&b, ", r%d", in.B)
		}
		if in.Op == OpConst || in.Op == OpLoadSlot || in.Op == OpStoreSlot {
			fmt.Fprintf(&b, " %d", in.Imm)
		}
		if info.exits {
			e := t.Exits[in.Exit]
			fmt.Fprintf(&b, " exit %d(%v", in.Exit, e.Code)
			for _, l := range e.Live {
				fmt.Fprintf(&b, " s%d=r%d", l.Slot, l.Reg)
			}
			b.WriteString(")")
		}
		b.WriteString("\n")
	}
	return b.String()
}

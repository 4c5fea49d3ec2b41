// text.go: the text form of a trace, for logs and golden tests.

package ir

import (
	"fmt"
	"math"
	"strings"
)

// String formats the trace, one instruction a line:
//
//	0003 int  addov  0001 0002  #2 @14
//
// ref, type, op, operands, snapshot (#n) and the bytecode index (@pc),
// followed by the inputs and snapshots.
func (t *Trace) String() string {
	var b strings.Builder
	for i, in := range t.Insts {
		fmt.Fprintf(&b, "%04d %-4s %-8s", i, in.Type, in.Op)
		switch in.Op {
		case OpKInt:
			fmt.Fprintf(&b, " %d", in.Aux)
		case OpKFloat:
			fmt.Fprintf(&b, " %v", math.Float64frombits(uint64(in.Aux)))
		case OpSLoad:
			fmt.Fprintf(&b, " %v", t.Inputs[in.Aux])
		case OpLoadElem, OpStoreElem, OpSetElem, OpGetElem:
			if in.Aux != 0 {
				fmt.Fprintf(&b, " +%d", in.Aux)
			}
		case OpFLoad, OpFStore, OpFrameAddr:
			fmt.Fprintf(&b, " @%d", in.Aux)
		case OpDictFind:
			kind, n := in.DictKey()
			fmt.Fprintf(&b, " %s", [...]string{DictKeyInt: "int", DictKeyStr: "str", DictKeyTuple: fmt.Sprintf("tuple%d", n)}[kind])
		case OpKPtr, OpGuardWord:
			fmt.Fprintf(&b, " [%#x]", in.Aux)
		case OpCall:
			fmt.Fprintf(&b, " h%d", t.Calls[in.Aux].Helper)
			if t.Calls[in.Aux].Pool != 0 {
				fmt.Fprintf(&b, " pool[%#x]", t.Calls[in.Aux].Pool)
			}
			for _, a := range t.Calls[in.Aux].Args {
				fmt.Fprintf(&b, " %04d", a)
			}
		}
		for _, a := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
			fmt.Fprintf(&b, " %04d", a)
		}
		if in.Snap >= 0 {
			fmt.Fprintf(&b, " #%d", in.Snap)
		}
		if in.PC >= 0 {
			fmt.Fprintf(&b, " @%d", in.PC)
		}
		b.WriteString("\n")
	}
	for _, m := range t.Link {
		fmt.Fprintf(&b, "link s%d=%04d\n", m.Slot, m.Ref)
	}
	if t.Restart {
		b.WriteString("link restarts the loop\n")
	}
	for i, s := range t.Snaps {
		fmt.Fprintf(&b, "#%d pc=%d sp=%d", i, s.PC, s.SP)
		for _, e := range s.Entries {
			switch e.Kind {
			case SnapSlot:
				fmt.Fprintf(&b, " %d=%04d", e.Slot, e.Ref)
			case SnapRangeNext:
				fmt.Fprintf(&b, " %d.next=%04d", e.Slot, e.Ref)
			case SnapRangeCount:
				fmt.Fprintf(&b, " %d.left=%04d", e.Slot, e.Ref)
			}
		}
		for _, v := range s.Virtuals {
			fmt.Fprintf(&b, " %04d={layout %#x len %d", v.Ref, v.Layout, v.Len)
			for _, e := range s.Entries[v.First : v.First+v.N] {
				fmt.Fprintf(&b, " [%d]=%04d", e.Slot, e.Ref)
			}
			b.WriteString("}")
		}
		b.WriteString("\n")
	}
	return b.String()
}

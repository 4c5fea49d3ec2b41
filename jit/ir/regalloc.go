// regalloc.go: linear-scan register allocation over a trace, shared by
// the backends, which name the registers of each class.

package ir

import "fmt"

// NoReg means a value has no register (constants, void, unused values).
const NoReg int8 = -1

// Allocation assigns registers: Reg[r] is an index into the backend's
// general registers (Int, Bool values) or vector registers (Float values).
type Allocation struct {
	Reg []int8
}

// Allocate assigns registers by linear scan over the trace, in one pass:
// live intervals are [definition, LiveEnd]. Constants get none (backends
// use immediates or scratch registers). A value whose interval ends at an
// instruction may share its register with that instruction's result; so
// backends compute a result in a scratch register when it may alias an
// operand the computation still reads (and always for guards, whose exits
// read the snapshot's values after the result is computed).
//
// There is no spilling yet: a trace needing more than ngpr general or
// nfpr vector registers at once is declined with an error (a trace abort).
func Allocate(t *Trace, ngpr, nfpr int) (*Allocation, error) {
	end := t.LiveEnd()
	reg := make([]int8, len(t.Insts))
	var freeG, freeF []int8
	for r := ngpr - 1; r >= 0; r-- {
		freeG = append(freeG, int8(r))
	}
	for r := nfpr - 1; r >= 0; r-- {
		freeF = append(freeF, int8(r))
	}
	// expiring[i] lists the values whose interval ends at i.
	expiring := make([][]Ref, len(t.Insts))
	for i := range t.Insts {
		reg[i] = NoReg
	}
	for i, in := range t.Insts {
		// Free the registers of values last used by i: i's result may take them.
		for _, r := range expiring[i] {
			if t.Insts[r].Type == Float {
				freeF = append(freeF, reg[r])
			} else {
				freeG = append(freeG, reg[r])
			}
		}
		if in.Type == Void || in.Op == OpKInt || in.Op == OpKFloat || in.Op == OpPhi || end[i] < 0 {
			continue
		}
		free := &freeG
		if in.Type == Float {
			free = &freeF
		}
		if len(*free) == 0 {
			return nil, fmt.Errorf("register pressure: no %v register for %04d", in.Type, i)
		}
		reg[i] = (*free)[len(*free)-1]
		*free = (*free)[:len(*free)-1]
		if end[i] > i {
			expiring[end[i]] = append(expiring[end[i]], Ref(i))
		} else {
			// Used only by itself (impossible) or at its own index: free now.
			panic(fmt.Sprintf("BUG: ir: value %04d live until %d", i, end[i]))
		}
	}
	return &Allocation{Reg: reg}, nil
}

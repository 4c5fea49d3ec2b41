// regalloc.go: linear-scan register allocation over a trace, shared by
// the backends, which name the registers of each class.

package ir

import (
	"fmt"
	"slices"
)

// Register assignments other than a register index.
const (
	NoReg   int8 = -1 // no location: constants, virtual objects, void and unused values
	Spilled int8 = -2 // lives in its spill slot (Allocation.Home) for its whole life
)

// Spill slot layout of the context: exits write snapshot entry j to slot
// j (below FirstInputSlot); input i is read from FirstInputSlot+i; spilled
// values follow the inputs. Spill slots are machine words of the context's
// spill area (native.Context.Spill[k].N).
const (
	FirstInputSlot = 128
	NumSpillSlots  = 256
)

// InputSlot returns the spill slot input i is read from.
func InputSlot(i int) int { return FirstInputSlot + i }

// Allocation assigns locations: Reg[r] is an index into the backend's
// general registers (Int, Bool values) or vector registers (Float
// values), NoReg or Spilled; Home[r], when not 0, is the spill slot of a
// spilled value or of a value live across a helper call (an SLOAD's is
// its own input slot, needing no store, unless it reads an exit slot
// below FirstInputSlot). End is the trace's LiveEnd, which the
// allocation was made from.
type Allocation struct {
	Reg  []int8
	Home []int
	End  []int
}

// Allocate assigns registers by linear scan over the trace, in one pass:
// live intervals are [definition, LiveEnd]. Constants get none (backends
// use immediates or scratch registers). A value whose interval ends at an
// instruction may share its register with that instruction's result; so
// backends compute a result in a scratch register when it may alias an
// operand the computation still reads (and always for guards, whose exits
// read the snapshot's values after the result is computed).
//
// A value live across a helper call (CallsCrossed) has a home as well as
// a register: backends save the register there before each call it
// crosses (the p word too, for the collector, when it is a Ptr), reload
// it after the call, and read it there on the call's failure exit. No
// register survives a helper call.
//
// Among the free registers, a value takes, in this order of preference:
// the register of the PHI that carries it to the next iteration (so that
// BACK needs no move); for an instruction without a snapshot, the
// register of an operand whose interval ends there (so that a
// two-operand instruction computes in place); else the register freed
// last. An instruction that may exit through its snapshot avoids the
// registers of snapshot entries whose interval ends there: its exit
// still reads them, so a result computed into one would need a scratch
// register and a move.
//
// When no register is free, the live value (or the new one) whose
// interval ends last is spilled for its whole life: backends load it into
// a scratch register at each use and store it at its definition. A trace
// needing more spill slots than the context has is declined with an
// error (a trace abort).
func Allocate(t *Trace, ngpr, nfpr int) (*Allocation, error) {
	end := t.LiveEnd()
	crossed := t.CallsCrossed(end)
	reg := make([]int8, len(t.Insts))
	home := make([]int, len(t.Insts))
	nextHome := InputSlot(len(t.Inputs))
	if t.FirstHome > 0 {
		nextHome = t.FirstHome
	}
	// giveHome assigns r its home slot.
	giveHome := func(r int) error {
		if home[r] != 0 {
			return nil
		}
		// An SLOAD stays in its input slot unless that is an exit slot,
		// which the trace's own exits overwrite.
		if in := t.Insts[r]; in.Op == OpSLoad && t.InputHome(int(in.Aux)) >= FirstInputSlot {
			home[r] = t.InputHome(int(in.Aux))
			return nil
		}
		if nextHome >= NumSpillSlots {
			return fmt.Errorf("register pressure: out of spill slots at %04d", r)
		}
		home[r] = nextHome
		nextHome++
		return nil
	}
	spill := func(r int) error {
		reg[r] = Spilled
		return giveHome(r)
	}
	var active []Ref // values holding a register
	var freeG, freeF []int8
	for r := ngpr - 1; r >= 0; r-- {
		freeG = append(freeG, int8(r))
	}
	for r := nfpr - 1; r >= 0; r-- {
		freeF = append(freeF, int8(r))
	}
	// expiring[i] lists the values whose interval ends at i.
	expiring := make([][]Ref, len(t.Insts))
	// carrier[r] is the left operand of a PHI whose right operand is r.
	carrier := make([]Ref, len(t.Insts))
	for i := range t.Insts {
		reg[i] = NoReg
		carrier[i] = -1
	}
	for _, in := range t.Insts {
		if in.Op == OpPhi && in.A != in.B && carrier[in.B] < 0 {
			carrier[in.B] = in.A
		}
	}
	isFloat := func(r Ref) bool { return t.Insts[r].Type == Float }
	// exits reports whether an instruction may leave through its
	// snapshot: a division by a constant other than 0 and -1 cannot.
	exits := func(in Inst) bool {
		if in.Snap < 0 {
			return false
		}
		if in.Op == OpFloorDiv || in.Op == OpMod {
			if k := t.Insts[in.B]; k.Op == OpKInt {
				return k.Aux == 0 || k.Aux == -1
			}
		}
		return true
	}
	// choose returns the index in free (not empty) of the register value
	// i takes.
	choose := func(i int, free []int8) int {
		in := t.Insts[i]
		// avoid reports whether register x holds a snapshot entry that
		// dies at i.
		avoid := func(x int8) bool {
			if !exits(in) {
				return false
			}
			for _, e := range t.Snaps[in.Snap].Entries {
				if reg[e.Ref] == x && end[e.Ref] == i && isFloat(e.Ref) == isFloat(Ref(i)) {
					return true
				}
			}
			return false
		}
		var hints []Ref
		if c := carrier[i]; c >= 0 {
			hints = append(hints, c)
		}
		if !exits(in) {
			for _, x := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
				if end[x] == i {
					hints = append(hints, x)
				}
			}
		}
		for _, h := range hints {
			if reg[h] < 0 || isFloat(h) != isFloat(Ref(i)) || avoid(reg[h]) {
				continue
			}
			if k := slices.Index(free, reg[h]); k >= 0 {
				return k
			}
		}
		for k := len(free) - 1; k >= 0; k-- {
			if !avoid(free[k]) {
				return k
			}
		}
		return len(free) - 1
	}
	for i, in := range t.Insts {
		// Free the registers of values last used by i: i's result may take them.
		for _, r := range expiring[i] {
			if reg[r] == Spilled {
				continue
			}
			active = slices.DeleteFunc(active, func(a Ref) bool { return a == r })
			if t.Insts[r].Type == Float {
				freeF = append(freeF, reg[r])
			} else {
				freeG = append(freeG, reg[r])
			}
		}
		if in.Type == Void || in.Op == OpKInt || in.Op == OpKFloat || in.Op == OpKPtr || in.Op == OpPhi || in.Op == OpVirtual || end[i] < 0 {
			continue
		}
		free := &freeG
		if in.Type == Float {
			free = &freeF
		}
		if end[i] <= i {
			panic(fmt.Sprintf("BUG: ir: value %04d live until %d", i, end[i]))
		}
		expiring[end[i]] = append(expiring[end[i]], Ref(i))
		if crossed[i] {
			if err := giveHome(i); err != nil {
				return nil, err
			}
		}
		if len(*free) == 0 {
			// Spill whichever of i and the live values of its class ends last.
			victim := Ref(i)
			for _, a := range active {
				if (t.Insts[a].Type == Float) == (in.Type == Float) && end[a] > end[victim] {
					victim = a
				}
			}
			vreg := reg[victim]
			if err := spill(int(victim)); err != nil {
				return nil, err
			}
			if victim == Ref(i) {
				continue
			}
			active = slices.DeleteFunc(active, func(a Ref) bool { return a == victim })
			*free = append(*free, vreg)
		}
		k := choose(i, *free)
		reg[i] = (*free)[k]
		*free = slices.Delete(*free, k, k+1)
		active = append(active, Ref(i))
	}
	return &Allocation{Reg: reg, Home: home, End: end}, nil
}

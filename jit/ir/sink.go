// sink.go: allocation removal. An instance a trace takes from a pool
// (a pool call with a NewObject) that never leaves the trace's values —
// read and written only through its attribute slots and the words Sink
// knows, and otherwise named only by snapshots — is not made: its loads
// take the values its stores stored, the guards on what Sink knows of it
// go, and each exit whose snapshot names it makes it (Snapshot.Virtuals).

package ir

import "slices"

// Roles of the instructions that touch a candidate object.
type sinkRole uint8

const (
	roleObject  sinkRole = iota // the pool call: the object itself
	roleData                    // LOADFIELD of the slot array's data pointer
	roleAddr                    // ADD of the data pointer and a constant
	roleKnown                   // LOADFIELD of a word Sink knows (class, layout, dict, length, room)
	roleCompare                 // compare of a known word with a constant
	roleGuard                   // guard on such a compare
	roleStore                   // store into a slot (STOREVALUE, STOREELEM, SETELEM)
	roleLoad                    // load of a slot (LOADELEM, GETELEM)
	roleLayout                  // STOREPTR of a constant layout
	roleLen                     // STOREFIELD of a constant length
)

// sinkCand is an allocation Sink may remove.
type sinkCand struct {
	call  Ref
	info  *NewObject
	alive bool
	snaps []int32 // the snapshots that name it
	// The state of the object while Sink follows the trace.
	layout, length int64
	fields         []Ref // by slot, None while Null
	version        int   // the number of its stores so far
}

// sinkSnap is what a snapshot records of a candidate: its state at the
// snapshot's first instruction.
type sinkSnap struct {
	version int
	layout  int64
	length  int64
	fields  []Ref
}

// Sink removes the allocations of t's pool calls with a NewObject whose
// object does not escape: it is used only by loads of the words Sink
// knows (whose compares with constants fold, and whose guards go), by
// loads of its data pointer that address its slots (loads forwarded from
// the last store, stores followed), by stores of constant layouts and
// lengths, and by snapshots (but those of Sync calls, which may show the
// frames to Python code while the trace goes on). Each removed
// allocation becomes a VIRTUAL, which every snapshot naming it
// describes as it is there.
func Sink(t *Trace) {
	var cands []*sinkCand
	owner := make([]int32, len(t.Insts)) // candidate index + 1 of an instruction with a role
	role := make([]sinkRole, len(t.Insts))
	field := make([]int64, len(t.Insts)) // byte offset of a slot access, or of an address
	for i, in := range t.Insts {
		if in.Op == OpCall && t.Calls[in.Aux].New != nil && t.Calls[in.Aux].Pool != 0 && Ref(i) > t.Loop {
			cands = append(cands, &sinkCand{call: Ref(i), info: t.Calls[in.Aux].New, alive: true})
			owner[i] = int32(len(cands))
		}
	}
	if len(cands) == 0 {
		return
	}
	// What each use of a candidate (or of a value derived from it) is.
	fail := func(k int32) {
		if k > 0 {
			cands[k-1].alive = false
		}
	}
	syncSnap := map[int32]bool{}
	for _, in := range t.Insts {
		if in.Op == OpCall && t.Calls[in.Aux].Sync {
			syncSnap[in.Snap] = true
		}
	}
	// escape fails the candidate of r unless r is a value loaded from one
	// of its slots (any value may go anywhere).
	escape := func(r Ref) {
		if role[r] != roleLoad {
			fail(owner[r])
		}
	}
	for i, in := range t.Insts {
		switch in.Op {
		case OpCall:
			for _, a := range t.Calls[in.Aux].Args {
				escape(a)
			}
			continue
		case OpPhi:
			escape(in.A)
			escape(in.B)
			continue
		}
		for k, a := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
			o := owner[a]
			if o == 0 || role[a] == roleLoad || !cands[o-1].alive {
				continue
			}
			r, off, ok := sinkUse(t, cands[o-1], role[a], field[a], in, k)
			if !ok {
				fail(o)
				continue
			}
			if owner[i] != 0 && owner[i] != o {
				// Two candidates claim the instruction.
				fail(owner[i])
				fail(o)
				continue
			}
			owner[i], role[i], field[i] = o, r, off
		}
	}
	for _, m := range t.Link {
		escape(m.Ref)
	}
	for s := range t.Snaps {
		for _, e := range t.Snaps[s].Entries {
			o := owner[e.Ref]
			if o == 0 || role[e.Ref] == roleLoad {
				continue
			}
			if e.Kind != SnapSlot || role[e.Ref] != roleObject || syncSnap[int32(s)] {
				fail(o)
				continue
			}
			if c := cands[o-1]; !slices.Contains(c.snaps, int32(s)) {
				c.snaps = append(c.snaps, int32(s))
			}
		}
	}
	// Each pass that leaves a candidate in place keeps its instructions,
	// whose snapshots then count for the others.
	var forward map[Ref]Ref
	var states []map[int]*sinkSnap
	for n := -1; n != aliveCount(cands); {
		n = aliveCount(cands)
		forward, states = sinkFollow(t, cands, owner, role, field)
		sinkFitSnaps(t, cands, states)
	}
	sinkApply(t, cands, owner, role, forward, states)
}

// aliveCount returns the number of candidates still to be removed.
func aliveCount(cands []*sinkCand) int {
	n := 0
	for _, c := range cands {
		if c.alive {
			n++
		}
	}
	return n
}

// sinkUse returns the role of instruction in, whose operand k is a value
// of candidate c in role from (at offset off for an address), and the
// offset of the slot it accesses, or ok false when the use lets the
// object escape.
func sinkUse(t *Trace, c *sinkCand, from sinkRole, off int64, in Inst, k int) (sinkRole, int64, bool) {
	info := c.info
	konst := func(r Ref) (int64, bool) {
		op := t.Insts[r].Op
		return t.Insts[r].Aux, op == OpKInt || op == OpKPtr
	}
	switch from {
	case roleObject:
		switch {
		case in.Op == OpLoadField && in.Aux == info.DataOff:
			return roleData, 0, true
		case in.Op == OpLoadField && (in.Aux == 0 || in.Aux == info.LayoutOff || in.Aux == info.DictOff ||
			in.Aux == info.LenOff || in.Aux == info.CapOff):
			return roleKnown, in.Aux, true
		case in.Op == OpStorePtr && k == 0 && in.Aux == info.LayoutOff && t.Insts[in.B].Op == OpKPtr:
			return roleLayout, 0, true
		case in.Op == OpStoreField && k == 0 && in.Aux == info.LenOff && t.Insts[in.B].Op == OpKInt:
			return roleLen, 0, true
		}
	case roleData, roleAddr:
		switch in.Op {
		case OpAdd:
			if n, ok := konst(in.B); ok && k == 0 && from == roleData {
				return roleAddr, n, true
			}
			if n, ok := konst(in.A); ok && k == 1 && from == roleData {
				return roleAddr, n, true
			}
		case OpStoreValue, OpStoreElem, OpSetElem:
			if k == 0 {
				return roleStore, off + in.Aux, true
			}
		case OpLoadElem, OpGetElem:
			return roleLoad, off + in.Aux, true
		}
	case roleKnown:
		switch in.Op {
		case OpEq, OpNe, OpLt, OpLe, OpGt, OpGe:
			other := in.B
			if k == 1 {
				other = in.A
			}
			if _, ok := konst(other); ok {
				return roleCompare, 0, true
			}
		}
	case roleCompare:
		if in.Op == OpGuardT || in.Op == OpGuardF {
			return roleGuard, 0, true
		}
	}
	return roleObject, 0, false
}

// sinkFollow follows the candidates through t in order: their known
// words and slots, each load's forwarded value, and the state each
// snapshot naming one records (at the first instruction that stays, one
// that no candidate owns, which an exit may leave through). A candidate
// whose load finds no value of its type, whose known-word guard would
// fail, whose slot is out of its room, or which a snapshot sees in two
// states, is not removed.
func sinkFollow(t *Trace, cands []*sinkCand, owner []int32, role []sinkRole, field []int64) (map[Ref]Ref, []map[int]*sinkSnap) {
	for _, c := range cands {
		c.layout, c.length, c.version = int64(c.info.Layout), c.info.Len, 0
		c.fields = make([]Ref, c.info.Room)
		for f := range c.fields {
			c.fields[f] = None
		}
	}
	names := make([][]int, len(t.Snaps)) // the candidates each snapshot names
	for k, c := range cands {
		for _, s := range c.snaps {
			names[s] = append(names[s], k)
		}
	}
	states := make([]map[int]*sinkSnap, len(t.Snaps))
	forward := map[Ref]Ref{}
	known := map[Ref]int64{}
	folded := map[Ref]bool{}
	const slotSize = 16
	for i, in := range t.Insts {
		snap := in.Snap
		if in.Op == OpGetElem {
			snap = int32(in.B) // its LOADELEM's, for Unspeculate
		}
		if o := owner[i]; o != 0 && cands[o-1].alive {
			snap = -1 // an instruction that goes
		}
		if snap >= 0 {
			for _, k := range names[snap] {
				c := cands[k]
				if !c.alive {
					continue
				}
				if states[snap] == nil {
					states[snap] = map[int]*sinkSnap{}
				}
				if st, ok := states[snap][k]; !ok {
					states[snap][k] = &sinkSnap{version: c.version, layout: c.layout, length: c.length, fields: slices.Clone(c.fields)}
				} else if st.version != c.version {
					c.alive = false
				}
			}
		}
		o := owner[i]
		if o == 0 || !cands[o-1].alive {
			continue
		}
		c := cands[o-1]
		slot := int(field[i] / slotSize)
		if (role[i] == roleStore || role[i] == roleLoad) && (field[i]%slotSize != 0 || slot < 0 || slot >= len(c.fields)) {
			c.alive = false
			continue
		}
		switch role[i] {
		case roleStore:
			c.fields[slot] = in.B
			c.version++
		case roleLoad:
			v := c.fields[slot]
			if v == None || t.Insts[v].Type != in.Type || t.Insts[v].Op == OpKPtr && t.Insts[v].Aux == 0 {
				c.alive = false
				continue
			}
			forward[Ref(i)] = v
		case roleLayout:
			c.layout = t.Insts[in.B].Aux
			c.version++
		case roleLen:
			c.length = t.Insts[in.B].Aux
			c.version++
		case roleKnown:
			switch field[i] {
			case 0:
				known[Ref(i)] = int64(c.info.Class)
			case c.info.LayoutOff:
				known[Ref(i)] = c.layout
			case c.info.DictOff:
				known[Ref(i)] = 0
			case c.info.LenOff:
				known[Ref(i)] = c.length
			case c.info.CapOff:
				known[Ref(i)] = c.info.Room
			}
		case roleCompare:
			x, y := t.Insts[in.A].Aux, t.Insts[in.B].Aux
			if v, ok := known[in.A]; ok {
				x = v
			}
			if v, ok := known[in.B]; ok {
				y = v
			}
			folded[Ref(i)] = compareInts(in.Op, x, y)
		case roleGuard:
			if folded[in.A] != (in.Op == OpGuardT) {
				c.alive = false
			}
		}
	}
	return forward, states
}

// compareInts is the int compare op of x and y.
func compareInts(op Op, x, y int64) bool {
	switch op {
	case OpEq:
		return x == y
	case OpNe:
		return x != y
	case OpLt:
		return x < y
	case OpLe:
		return x <= y
	case OpGt:
		return x > y
	}
	return x >= y
}

// sinkFitSnaps keeps the snapshots within the spill area's exit slots:
// the candidates a snapshot names whose slot values would make it too
// long are not removed.
func sinkFitSnaps(t *Trace, cands []*sinkCand, states []map[int]*sinkSnap) {
	for s, st := range states {
		n := len(t.Snaps[s].Entries)
		for k, ss := range st {
			if !cands[k].alive {
				continue
			}
			for _, v := range ss.fields {
				if v != None {
					n++
				}
			}
		}
		if n > FirstInputSlot {
			for k := range st {
				cands[k].alive = false
			}
		}
	}
}

// sinkApply removes the allocations of the candidates still alive: each
// pool call becomes a VIRTUAL, the instructions in their roles go, the
// loads' uses take the forwarded values, and the snapshots naming one
// describe it.
func sinkApply(t *Trace, cands []*sinkCand, owner []int32, role []sinkRole, forward map[Ref]Ref, states []map[int]*sinkSnap) {
	drop := make([]bool, len(t.Insts))
	removed := false
	for i := range t.Insts {
		o := owner[i]
		if o == 0 || !cands[o-1].alive {
			continue
		}
		removed = true
		if Ref(i) == cands[o-1].call {
			in := &t.Insts[i]
			*in = Inst{Op: OpVirtual, Type: Ptr, A: None, B: None, Aux: in.Aux, Snap: -1, PC: in.PC}
			continue
		}
		drop[i] = true
	}
	if !removed {
		return
	}
	resolve := func(r Ref) Ref {
		for {
			v, ok := forward[r]
			if !ok || !drop[r] {
				return r
			}
			r = v
		}
	}
	for s, st := range states {
		snap := &t.Snaps[s]
		for k := range len(cands) {
			ss, ok := st[k]
			if !ok || !cands[k].alive {
				continue
			}
			v := SnapVirtual{Ref: cands[k].call, Layout: uintptr(ss.layout), Len: int32(ss.length), First: int32(len(snap.Entries))}
			for f, r := range ss.fields {
				if r != None {
					snap.Entries = append(snap.Entries, SnapEntry{Kind: SnapField, Slot: int32(f), Ref: r})
				}
			}
			v.N = int32(len(snap.Entries)) - v.First
			snap.Virtuals = append(snap.Virtuals, v)
		}
	}
	for i := range t.Insts {
		in := &t.Insts[i]
		if in.Op.NArgs() > 0 {
			in.A = resolve(in.A)
		}
		if in.Op.NArgs() > 1 {
			in.B = resolve(in.B)
		}
	}
	for _, c := range t.Calls {
		for j, a := range c.Args {
			c.Args[j] = resolve(a)
		}
	}
	for j := range t.Link {
		t.Link[j].Ref = resolve(t.Link[j].Ref)
	}
	for s := range t.Snaps {
		for j := range t.Snaps[s].Entries {
			e := &t.Snaps[s].Entries[j]
			e.Ref = resolve(e.Ref)
		}
	}
	t.compact(drop)
}

// dicts.go: d[k], k in d, d.get(k[, default]) and d[k] = v of an exact
// dict, natively.
//
// DICTFIND probes the dict's table for a key whose hash native code has
// at hand: an int of a small hash, an exact str whose hash is cached, an
// exact tuple of such ints. It finds the entry that holds the key itself
// (or, for a tuple, an equal exact tuple of ints) and passes the entries
// that it knows hold other keys; anything else (a float or bool equal to
// an int key, a str equal but not identical, a key of a class with its
// own __eq__) exits to the interpreter, which compares them. Its result
// is the address of the value (0 when the key is absent), and the
// recorder follows what it saw: d[k] and d.get(k) of a present key guard
// that the address is not 0 and load the value (its kind or class
// guarded, as a list item's); of an absent key d.get guards that it is 0
// and gives the default, and d[k] (which raises) is a helper call.
// d[k] = v of a present key stores the value in place (DESIGN §4.3: a
// pointer under STOREVALUE's write-barrier guard) and advances the dict's
// version as object.Dict's mutations do (bumpVersion); adding a key is a
// helper call.
//
// While recording, probeDict makes the same probe in Go, so the recorder
// sees what native code will: a lookup it cannot decide is a helper call,
// and so is the one a bridge grown from DICTFIND's exit starts at
// (declineProbe), or each such bridge would grow another. DICTFIND has a
// snapshot of its own for that: a bridge grown from a guard on what it
// found (a key now absent, a value of another kind) probes natively.

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// maxSmallHash bounds the ints whose hash is themselves (but -2 for -1),
// as amd64's: |k| < 2**61-1.
const maxSmallHash = pyhash.Modulus - 1

// maxTupleKey bounds the length of the tuple keys DICTFIND looks up.
const maxTupleKey = 4

// dictGetMethod is dict.get, the method descriptor.
var dictGetMethod = object.DictType.Lookup(object.Intern("get"))

// dictKey returns the DICTFIND Aux and the hash of key k, observed as kv,
// or false when native code cannot hash it.
func (r *recorder) dictKey(k ir.Ref, kv object.Value) (int64, int64, bool) {
	switch {
	case r.typeOf(k) == ir.Int:
		h, ok := smallHash(kv)
		return ir.DictFindAux(ir.DictKeyInt, 0), h, ok
	case r.clsOf(k) == object.StrType:
		s := (*object.Str)(kv.Pointer())
		if *(*uint8)(unsafe.Add(unsafe.Pointer(s), object.StrLayout.Flags))&object.StrLayout.Hashed == 0 {
			return 0, 0, false
		}
		return ir.DictFindAux(ir.DictKeyStr, 0), s.Hash(), true
	case r.clsOf(k) == object.TupleType:
		items := (*object.Tuple)(kv.Pointer()).Items
		if len(items) == 0 || len(items) > maxTupleKey {
			return 0, 0, false
		}
		h := pyhash.NewTupleHasher()
		for _, x := range items {
			xh, ok := smallHash(x)
			if !ok {
				return 0, 0, false
			}
			h.Add(xh)
		}
		return ir.DictFindAux(ir.DictKeyTuple, len(items)), h.Sum(), true
	}
	return 0, 0, false
}

// smallHash returns the hash of v when it is an int of a small hash.
func smallHash(v object.Value) (int64, bool) {
	if !v.IsInt() || v.AsInt() < -maxSmallHash || v.AsInt() > maxSmallHash {
		return 0, false
	}
	if v.AsInt() == -1 {
		return -2, true
	}
	return v.AsInt(), true
}

// probeDict looks kv (of DICTFIND key kind kind, hash h) up in d as
// DICTFIND does, and returns the address of its value (nil: absent), or
// false when DICTFIND would exit.
func probeDict(d *object.Dict, kv object.Value, kind int, h int64) (*object.Value, bool) {
	lay := object.DictLayout
	base := unsafe.Pointer(d)
	indices := *(*[]int32)(unsafe.Add(base, lay.Indices))
	entries := *(*unsafe.Pointer)(unsafe.Add(base, lay.Entries))
	if len(indices) == 0 {
		return nil, true
	}
	mask := uint64(len(indices) - 1)
	perturb, i := uint64(h), uint64(h)&mask
	for {
		switch ix := indices[i]; {
		case ix == lay.Empty:
			return nil, true
		case ix >= 0:
			e := unsafe.Add(entries, int64(ix)*lay.EntrySize)
			ek := *(*object.Value)(unsafe.Add(e, lay.KeyOff))
			same := ek == kv
			if !same && *(*int64)(e) == h {
				var decided bool
				if same, decided = sameKey(kind, kv, ek); !decided {
					return nil, false
				}
			}
			if same {
				return (*object.Value)(unsafe.Add(e, lay.ValueOff)), true
			}
		}
		perturb >>= lay.PerturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// sameKey compares key kv (of DICTFIND key kind kind) with stored key ek
// of equal hash that is not kv itself, as DICTFIND does: it tells ints
// apart, and tuples of ints, and decides nothing else.
func sameKey(kind int, kv, ek object.Value) (same, decided bool) {
	switch kind {
	case ir.DictKeyInt:
		return false, ek.IsInt()
	case ir.DictKeyTuple:
		if ek.Type() != object.TupleType {
			return false, false
		}
		a, b := (*object.Tuple)(kv.Pointer()).Items, (*object.Tuple)(ek.Pointer()).Items
		if len(a) != len(b) {
			return false, true
		}
		for j := range a {
			switch {
			case a[j] == b[j]:
			case b[j].IsInt():
				return false, true // a[j] is an int too
			default:
				return false, false
			}
		}
		return true, true
	}
	return false, false
}

// dictLookup returns the DICTFIND Aux of key k in dict x, observed as
// kv and xv, and the address of the value the probe finds while
// recording (nil: absent), or false when x is not an exact dict or
// DICTFIND cannot make the lookup.
func (r *recorder) dictLookup(x, k ir.Ref, xv, kv object.Value) (int64, *object.Value, bool) {
	if r.clsOf(x) != object.DictType {
		return 0, nil, false
	}
	aux, h, ok := r.dictKey(k, kv)
	if !ok {
		return 0, nil, false
	}
	at, ok := probeDict((*object.Dict)(xv.Pointer()), kv, int(aux&3), h)
	return aux, at, ok
}

// loadable reports whether loadValue loads v (it does not abort).
func loadable(v object.Value) bool {
	return !v.IsNull() && (immediateType(v) != ir.Void || !immediateClass(v.Type()))
}

// present emits DICTFIND of k in x and a guard that it finds k, and
// returns the address of the value.
func (r *recorder) present(x, k ir.Ref, aux int64) ir.Ref {
	at := r.emitDictFind(x, k, aux)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpNe, at, r.b.KInt(0)), ir.None)
	return at
}

// findKey is a lookup of key k in dict x; found is its DICTFIND and the
// helper calls' cost (Builder.CallCost) when it was emitted.
type (
	findKey struct{ x, k ir.Ref }
	found   struct {
		at   ir.Ref
		cost int
	}
)

// emitDictFind emits DICTFIND of k in x with a snapshot of its own, so
// that only a bridge grown from its exit (an undecided probe) declines
// the probe, not one grown from a guard on what it found. A lookup of
// the same key in the same dict since the last helper call gives the
// same address (d[k] += 1 probes once): only a helper (or Python code
// it runs) adds or removes keys, and a trace's own stores replace
// values in place.
func (r *recorder) emitDictFind(x, k ir.Ref, aux int64) ir.Ref {
	key := findKey{x, k}
	if f, ok := r.finds[key]; ok && f.cost == r.b.CallCost() {
		return f.at
	}
	r.snap = -1
	at := r.b.EmitAux(ir.OpDictFind, x, k, aux)
	r.snap = -1
	if r.finds == nil {
		r.finds = map[findKey]found{}
	}
	r.finds[key] = found{at, r.b.CallCost()}
	return at
}

// dictLoad emits the load of x[k], a present key whose value was v.
func (r *recorder) dictLoad(x, k ir.Ref, aux int64, v object.Value) ir.Ref {
	val, err := r.loadValue(r.present(x, k, aux), v)
	if err != nil {
		panic("BUG: jit: dict load of a loadable value: " + err.Error())
	}
	return val
}

// dictGetItem records x[k] (BINARY_SUBSCR) of a dict x, observed as xv
// holding kv, and reports whether it did.
func (r *recorder) dictGetItem(x, k ir.Ref, xv, kv object.Value) (ir.Ref, bool) {
	aux, at, ok := r.dictLookup(x, k, xv, kv)
	if !ok || at == nil || !loadable(*at) || r.declineProbe() {
		return ir.None, false
	}
	return r.dictLoad(x, k, aux, *at), true
}

// dictGet records d.get(k) or d.get(k, default) (CALL of fn, self and
// args, with self and k observed as dv and kv) and reports whether it
// did.
func (r *recorder) dictGet(fn, self ir.Ref, args []ir.Ref, dv, kv object.Value) (ir.Ref, bool) {
	if fv, ok := r.objs[fn]; !ok || fv != dictGetMethod || len(args) == 0 || len(args) > 2 {
		return ir.None, false
	}
	aux, at, ok := r.dictLookup(self, args[0], dv, kv)
	if !ok || at != nil && !loadable(*at) {
		return ir.None, false
	}
	if at != nil {
		if r.declineProbe() {
			return ir.None, false
		}
		return r.dictLoad(self, args[0], aux, *at), true
	}
	def, _ := r.constObject(object.None)
	if len(args) == 2 {
		def = args[1]
	}
	if !r.tracked(def) || r.declineProbe() {
		return ir.None, false
	}
	at0 := r.emitDictFind(self, args[0], aux)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, at0, r.b.KInt(0)), ir.None)
	return def, true
}

// dictContains records CONTAINS_OP (`in`, or `not in` with not set) of
// a key in a dict, the operands at stack slots sp-2 and sp-1, and
// reports whether it did.
func (r *recorder) dictContains(sp int, not bool, slots []object.Value) bool {
	d, k := r.vals[sp-1], r.vals[sp-2]
	aux, _, ok := r.dictLookup(d, k, slots[sp-1], slots[sp-2])
	if !ok || r.declineProbe() {
		return false
	}
	op := ir.OpNe
	if not {
		op = ir.OpEq
	}
	at := r.emitDictFind(d, k, aux)
	r.vals[sp-2], r.vals[sp-1] = r.b.Emit(op, at, r.b.KInt(0)), ir.None
	return true
}

// dictSetItem records x[k] = v (STORE_SUBSCR) of a dict x, observed as
// xv already holding kv, and reports whether it did.
func (r *recorder) dictSetItem(v, x, k ir.Ref, xv, kv object.Value) bool {
	aux, at, ok := r.dictLookup(x, k, xv, kv)
	if !ok || at == nil || r.checkStore(v, *at) != nil || !r.storesInto((*object.Dict)(xv.Pointer()), kv) || r.declineProbe() {
		return false
	}
	if err := r.storeValue(r.present(x, k, aux), v, *at); err != nil {
		panic("BUG: jit: dict store: " + err.Error())
	}
	r.bumpVersion(x)
	return true
}

// storesInto tells the globals' recording (globals.go) that the trace
// stores key kv into d, which may be a module's globals: their loads
// from d then read its entries instead of folding under its version,
// which the store changes. It reports false when a load already folded
// (the store is then a helper call, as a store of a global is not
// traced after a folded load).
func (r *recorder) storesInto(d *object.Dict, kv object.Value) bool {
	gs := r.globals()
	if gs.folded[d] {
		return false
	}
	if gs.stored[d] == nil {
		gs.stored[d] = map[string]bool{}
	}
	if !kv.IsImmediate() && kv.Type() == object.StrType {
		gs.stored[d][(*object.Str)(kv.Pointer()).String()] = true
	}
	return true
}

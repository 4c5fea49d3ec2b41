package jit

import (
	"fmt"
	"testing"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// TestProbeDict checks probeDict, the recorder's copy of DICTFIND's
// probe, against Dict.GetItem and object.Hash: keys DICTFIND hashes get
// the hash Python gives them, a decided probe finds exactly the entry
// GetItem finds (through object.DictLayout), and the probe is undecided
// only where a stored key of equal hash is not one it can tell apart.
func TestProbeDict(t *testing.T) {
	d := object.NewDict()
	set := func(k object.Value, v int64) {
		if err := d.SetItem(nil, k, object.Int(v)); err != nil {
			t.Fatal(err)
		}
	}
	tuple := func(a, b int64) object.Value { return object.NewTuple(object.Int(a), object.Int(b)).AsValue() }
	strs := map[string]object.Value{}
	str := func(s string) object.Value {
		if v, ok := strs[s]; ok {
			return v
		}
		v := object.NewStr(s).AsValue()
		strs[s] = v
		return v
	}
	for i := range int64(300) {
		set(object.Int(i*7-500), i)
		set(str(fmt.Sprint("s", i)), i)
		set(tuple(i%17-8, i/17), i)
	}
	set(object.Float(1e9+0.5), 1) // a float of its own hash
	set(object.Float(1e9), 2)     // equal to the int 1e9: undecided
	set(tuple(-1, 0), 3)          // hash(-1) == hash(-2)
	for i := range int64(300) {
		if i%3 == 0 {
			if _, err := d.DelItem(nil, object.Int(i*7-500)); err != nil {
				t.Fatal(err)
			}
		}
	}
	r := &recorder{b: ir.NewBuilder(), cls: map[ir.Ref]*object.Type{}}
	var keys []object.Value
	for i := range int64(400) {
		keys = append(keys, object.Int(i*7-500), object.Int(-i), str(fmt.Sprint("s", i)), tuple(i%19-9, i/19), tuple(-2, i%3-1))
	}
	equal := object.NewStr("s5").AsValue() // not the key's str object
	if _, err := object.Hash(nil, equal); err != nil {
		t.Fatal(err)
	}
	keys = append(keys, object.Int(1e9), equal)
	undecided := 0
	for _, k := range keys {
		ref := r.b.KInt(0)
		if !k.IsInt() {
			ref = r.b.KPtr(uintptr(k.Pointer()))
			r.cls[ref] = k.Type()
		}
		aux, h, ok := r.dictKey(ref, k)
		if !ok {
			continue
		}
		if want, err := object.Hash(nil, k); err != nil || h != want {
			t.Fatalf("hash of %v: %d, want %d (%v)", k, h, want, err)
		}
		kind, _ := ir.Inst{Aux: aux}.DictKey()
		at, decided := probeDict(d, k, kind, h)
		if !decided {
			undecided++
			continue
		}
		v, found, err := d.GetItem(nil, k)
		if err != nil || found != (at != nil) || found && *at != v {
			t.Fatalf("probe of %v: found %v, GetItem found %v (%v)", k, at != nil, found, err)
		}
	}
	if undecided != 2 {
		t.Errorf("%d undecided probes, want 2 (the int equal to a float key, the str equal to a key)", undecided)
	}
}

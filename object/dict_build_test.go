package object

import (
	"fmt"
	"testing"
)

// TestNewDictStrPairs checks the bulk-built dict against one built by
// assignments in order: same items in the same order, duplicates included,
// and that it keeps working as an ordinary dict afterwards.
func TestNewDictStrPairs(t *testing.T) {
	th := &Thread{}
	for _, n := range []int{0, 1, 5, 6, 10, 11, 100, 1000} {
		for _, distinct := range []int{1, 3, n + 1} {
			var kv []Value
			want := NewDict()
			for i := 0; i < n; i++ {
				// A fresh str per pair: equal keys are equal by text.
				k, v := StrValue(fmt.Sprintf("k%d", i%distinct)), Int(int64(i))
				kv = append(kv, k, v)
				if err := want.SetItem(th, k, v); err != nil {
					t.Fatal(err)
				}
			}
			got := NewDictStrPairs(kv)
			checkSameItems(t, fmt.Sprintf("n=%d distinct=%d", n, distinct), got, want)
			if err := got.SetItem(th, StrValue("extra"), Int(-1)); err != nil {
				t.Fatal(err)
			}
			if v, ok := got.GetStr(NewStr("extra")); !ok || v.AsInt() != -1 {
				t.Fatalf("n=%d: extra key lost after growth", n)
			}
		}
	}
}

func checkSameItems(t *testing.T, name string, got, want *Dict) {
	t.Helper()
	if got.Len() != want.Len() {
		t.Fatalf("%s: len %d, want %d", name, got.Len(), want.Len())
	}
	gp, wp := 0, 0
	for {
		gk, gv, gn, gok := got.Next(gp)
		wk, wv, wn, wok := want.Next(wp)
		if gok != wok {
			t.Fatalf("%s: iteration lengths differ", name)
		}
		if !gok {
			return
		}
		gs, _ := gk.AsStr()
		ws, _ := wk.AsStr()
		if gs.String() != ws.String() || gv.AsInt() != wv.AsInt() {
			t.Fatalf("%s: item %s: %d, want %s: %d", name, gs, gv.AsInt(), ws, wv.AsInt())
		}
		if v, ok := got.GetStr(ws); !ok || v.AsInt() != wv.AsInt() {
			t.Fatalf("%s: lookup of %s failed", name, ws)
		}
		gp, wp = gn, wn
	}
}

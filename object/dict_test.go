package object

import "testing"

func TestDictOrderUnderDeletionAndResize(t *testing.T) {
	th := &Thread{}
	d := NewDict()
	const n = 1000
	for i := 0; i < n; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i*i))); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i += 3 {
		if ok, err := d.DelItem(th, Int(int64(i))); !ok || err != nil {
			t.Fatalf("DelItem(%d) = %v, %v", i, ok, err)
		}
	}
	// Re-adding a deleted key puts it at the end.
	if err := d.SetItem(th, Int(0), Int(-1)); err != nil {
		t.Fatal(err)
	}
	var got []int64
	for pos := 0; ; {
		k, v, next, ok := d.Next(pos)
		if !ok {
			break
		}
		if k.AsInt() != 0 && v.AsInt() != k.AsInt()*k.AsInt() {
			t.Fatalf("d[%d] = %d", k.AsInt(), v.AsInt())
		}
		got = append(got, k.AsInt())
		pos = next
	}
	want := []int64{}
	for i := int64(0); i < n; i++ {
		if i%3 != 0 {
			want = append(want, i)
		}
	}
	want = append(want, 0)
	if len(got) != len(want) || d.Len() != len(want) {
		t.Fatalf("len %d/%d, want %d", len(got), d.Len(), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order differs at %d: %d want %d", i, got[i], want[i])
		}
	}
}

func TestDictStrKeys(t *testing.T) {
	d := NewDict()
	a := Intern("alpha")
	d.SetStr(a, Int(1))
	// A non-interned str with the same text finds the same entry.
	if v, ok := d.GetStr(NewStr("alpha")); !ok || v.AsInt() != 1 {
		t.Fatalf("GetStr = %v, %v", v, ok)
	}
	if _, ok := d.GetStr(Intern("beta")); ok {
		t.Fatal("found absent key")
	}
	v0 := d.Version()
	d.SetStr(a, Int(2))
	if d.Version() == v0 {
		t.Fatal("version unchanged by a store")
	}
	kv := d.KeysVersion()
	d.SetStr(a, Int(3))
	if d.KeysVersion() != kv {
		t.Fatal("keys version changed by a value store")
	}
}

func TestBuiltinTypesReady(t *testing.T) {
	if BoolType.Base != IntType || len(BoolType.MRO) != 3 || BoolType.MRO[2] != ObjectType {
		t.Fatalf("bool MRO: %v", BoolType.MRO)
	}
	if len(ExceptionGroup.MRO) != 5 {
		for _, m := range ExceptionGroup.MRO {
			t.Log(m.Name)
		}
		t.Fatal("ExceptionGroup MRO")
	}
	if !Int(3).Type().IsSubtype(ObjectType) || True.Type() != BoolType || None.Type() != NoneType {
		t.Fatal("immediate types")
	}
}

package object

import "testing"

// A site seeing instances of a few classes in turn keeps an entry for
// each, so that after the first round every access hits; a class beyond
// attrSiteWays evicts the least recently added entry.
func TestAttrSitePolymorphic(t *testing.T) {
	th := newThread()
	base := mkClass(t, th, nil, "Base", nil)
	var objs []Value
	var types []*Type
	for i, name := range []string{"A", "B", "C", "D", "E"} {
		typ := mkClass(t, th, nil, name, []*Type{base})
		obj, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := SetAttr(th, obj, Intern("x"), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
		objs, types = append(objs, obj), append(types, typ)
	}
	var site AttrSite
	load := func(i int) {
		t.Helper()
		v, err := site.Load(th, objs[i], Intern("x"))
		if err != nil || v != Int(int64(i)) {
			t.Fatalf("Load(%s().x) = %v, %v; want %d", types[i].Name, v, err, i)
		}
	}
	for range 2 {
		for i := range attrSiteWays {
			load(i)
		}
	}
	for i := range attrSiteWays {
		if got, want := site.e[i].version, types[attrSiteWays-1-i].version; got != want {
			t.Errorf("entry %d has version %d, want %d (%s)", i, got, want, types[attrSiteWays-1-i].Name)
		}
	}
	load(attrSiteWays) // evicts types[0]
	if site.e[0].version != types[attrSiteWays].version || site.e[attrSiteWays-1].version != types[1].version {
		t.Errorf("after a fifth class: entries %d..%d, want %s first and %s last",
			site.e[0].version, site.e[attrSiteWays-1].version, types[attrSiteWays].Name, types[1].Name)
	}
}

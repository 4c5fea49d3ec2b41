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

// An entry found behind the first twice in a row moves to the front, so
// that the Hit fast paths, which only look there, serve the class used
// most: a site whose last fill was for a rare class does not keep missing
// them.
func TestAttrSitePromotes(t *testing.T) {
	th := newThread()
	x := Intern("x")
	var objs []Value
	for i, name := range []string{"Common", "Rare"} {
		typ := mkClass(t, th, nil, name, nil)
		obj, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := SetAttr(th, obj, x, Int(int64(i))); err != nil {
			t.Fatal(err)
		}
		objs = append(objs, obj)
	}
	common, rare := objs[0], objs[1]
	var load, store AttrSite
	for _, o := range []Value{common, rare} {
		if _, err := load.Load(th, o, x); err != nil {
			t.Fatal(err)
		}
		if err := store.Store(th, o, x, o); err != nil {
			t.Fatal(err)
		}
	}
	if !load.LoadHit(common).IsNull() || store.StoreHit(common, Int(0)) {
		t.Fatal("the Hit paths serve the class filled first while another was filled last")
	}
	for range 2 {
		if v, err := load.Load(th, common, x); err != nil || v != common {
			t.Fatalf("Load(common.x) = %v, %v", v, err)
		}
	}
	if !load.LoadHit(rare).IsNull() {
		t.Error("the load site's rare entry is still first after two lookups of common.x")
	}
	for range 2 {
		if err := store.Store(th, common, x, Int(5)); err != nil {
			t.Fatal(err)
		}
	}
	if load.LoadHit(common) != Int(5) || !store.StoreHit(common, Int(6)) {
		t.Errorf("after Load and Store of common.x, the Hit paths still miss it")
	}
	if v, err := load.Load(th, rare, x); err != nil || v != rare {
		t.Errorf("Load(rare.x) = %v, %v; want the rare object (its entry kept)", v, err)
	}
}

// The Hit fast paths hit exactly when the most recent entry matches the
// object's type and layout, and miss (leaving the work to Load and Store)
// on another layout, in dict mode, after the class changed, and for
// immediates.
func TestAttrSiteHits(t *testing.T) {
	th := newThread()
	x, y := Intern("x"), Intern("y")
	typ := mkClass(t, th, nil, "P", nil)
	newObj := func(names ...*Str) Value {
		t.Helper()
		obj, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range names {
			if err := SetAttr(th, obj, n, Int(int64(i+1))); err != nil {
				t.Fatal(err)
			}
		}
		return obj
	}
	obj := newObj(x, y)
	var load, store AttrSite
	if v := load.LoadHit(obj); !v.IsNull() {
		t.Fatalf("LoadHit on an empty site = %v", v)
	}
	if _, err := load.Load(th, obj, y); err != nil {
		t.Fatal(err)
	}
	if v := load.LoadHit(obj); v != Int(2) {
		t.Errorf("LoadHit(obj.y) = %v, want 2", v)
	}
	if err := store.Store(th, obj, y, Int(5)); err != nil {
		t.Fatal(err)
	}
	if !store.StoreHit(obj, Int(6)) || load.LoadHit(obj) != Int(6) {
		t.Errorf("StoreHit(obj.y = 6) missed or stored elsewhere")
	}
	misses := map[string]Value{
		"other layout": newObj(y, x),
		"immediate":    Int(3),
		"None":         None,
	}
	dictMode := newObj(x, y)
	AttrsOf(dictMode).Dict()
	misses["dict mode"] = dictMode
	for what, o := range misses {
		if v := load.LoadHit(o); !v.IsNull() {
			t.Errorf("LoadHit(%s) = %v, want a miss", what, v)
		}
		if store.StoreHit(o, Int(7)) {
			t.Errorf("StoreHit(%s) hit, want a miss", what)
		}
	}
	if err := SetAttr(th, typ.AsValue(), Intern("z"), Int(0)); err != nil {
		t.Fatal(err)
	}
	if v := load.LoadHit(obj); !v.IsNull() {
		t.Errorf("LoadHit after the class changed = %v, want a miss", v)
	}

	slotted := mkClass(t, th, nil, "S", nil, kv{"__slots__", NewTuple(StrValue("x"), StrValue("y")).AsValue()})
	sobj, err := Call(th, slotted.AsValue(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var member AttrSite
	if err := member.Store(th, sobj, x, Int(1)); err != nil {
		t.Fatal(err)
	}
	if !member.StoreHit(sobj, Int(4)) || member.LoadHit(sobj) != Int(4) {
		t.Errorf("StoreHit/LoadHit of a __slots__ member missed or stored elsewhere")
	}
	if err := SetAttr(th, sobj, x, Null); err != nil {
		t.Fatal(err)
	}
	if v := member.LoadHit(sobj); !v.IsNull() {
		t.Errorf("LoadHit of a deleted member = %v, want a miss", v)
	}

	meth := mkClass(t, th, nil, "M", nil, kv{"f", NewBuiltinFunction(&MethodDef{Name: "f"}, "m").AsValue()})
	m, err := Call(th, meth.AsValue(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	isBuiltin := func(typ *Type) bool { return typ == BuiltinFunctionType }
	var call AttrSite
	if _, bound, err := call.LoadMethod(th, m, Intern("f"), isBuiltin); err != nil || !bound {
		t.Fatalf("LoadMethod(m.f) = bound %v, %v", bound, err)
	}
	if v := call.LoadMethodHit(m); v.IsNull() {
		t.Errorf("LoadMethodHit(m.f) missed")
	}
	if err := SetAttr(th, m, Intern("g"), Int(1)); err != nil {
		t.Fatal(err)
	}
	if v := call.LoadMethodHit(m); !v.IsNull() {
		t.Errorf("LoadMethodHit after m's layout changed = %v, want a miss", v)
	}
}

// A layout records the slots that held a value other than a float: set
// by every store (generic, through a site's slow path, through the add
// that moves an instance to a longer layout), inherited by layouts made
// later and passed on to the ones that exist; StoreHit stores only floats
// into a slot whose record is clear, and any value once it is set.
func TestLayoutFloatSlots(t *testing.T) {
	th := newThread()
	x, y, z := Intern("x"), Intern("y"), Intern("z")
	typ := mkClass(t, th, nil, "F", nil)
	newObj := func() Value {
		t.Helper()
		obj, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return obj
	}
	set := func(obj Value, name *Str, v Value) {
		t.Helper()
		if err := SetAttr(th, obj, name, v); err != nil {
			t.Fatal(err)
		}
	}
	a := newObj()
	set(a, x, Float(1))
	set(a, y, Float(2))
	lx, lxy := typ.RootLayout().Transition(x), AttrsOf(a).Layout()
	if lx == nil || !lx.FloatSlot(0) || !lxy.FloatSlot(0) || !lxy.FloatSlot(1) {
		t.Fatal("slots that held only floats are not float slots")
	}
	var site AttrSite
	if err := site.Store(th, a, y, Float(3)); err != nil {
		t.Fatal(err)
	}
	if site.StoreHit(a, Int(4)) || !lxy.FloatSlot(1) {
		t.Fatal("StoreHit stored an int into a float slot")
	}
	if !site.StoreHit(a, Float(5)) {
		t.Fatal("StoreHit missed a float store")
	}
	if err := site.Store(th, a, y, Int(6)); err != nil {
		t.Fatal(err)
	}
	if lxy.FloatSlot(1) || !site.StoreHit(a, None) {
		t.Fatal("after an int store, the slot is a float slot or StoreHit misses")
	}
	// x becomes an int on the shorter layout: the longer one learns it,
	// and so does a layout made from it afterwards.
	b := newObj()
	set(b, x, Int(7))
	if lx.FloatSlot(0) || lxy.FloatSlot(0) {
		t.Fatal("an int store on a layout is not recorded in the layout extending it")
	}
	set(b, z, Float(8))
	if l := AttrsOf(b).Layout(); l.FloatSlot(0) || !l.FloatSlot(1) {
		t.Fatal("a new layout does not inherit its parent's record")
	}
	// The add a site repeats records the value it appends.
	var add AttrSite
	for i, v := range []Value{Float(9), Float(10), NewStr("s").AsValue()} {
		obj := newObj()
		set(obj, x, Float(0))
		if err := add.Store(th, obj, z, v); err != nil {
			t.Fatal(err)
		}
		if got := AttrsOf(obj).Layout().FloatSlot(1); got != (i < 2) {
			t.Fatalf("after adding z = %v, FloatSlot(1) = %v", v, got)
		}
	}
}

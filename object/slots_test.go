package object

import (
	"testing"
)

// recorder returns a function that logs tag and returns result.
func recorder(log *[]string, tag string, result Value) Value {
	return fn(tag, func(*Thread, []Value) (Value, error) {
		*log = append(*log, tag)
		return result, nil
	})
}

func TestBinaryDispatch(t *testing.T) {
	th := newThread()
	var log []string
	a := mkClass(t, th, nil, "A", nil, kv{"__add__", recorder(&log, "A.add", Int(1))}, kv{"__radd__", recorder(&log, "A.radd", Int(2))})
	b := mkClass(t, th, nil, "B", []*Type{a}, kv{"__radd__", recorder(&log, "B.radd", Int(3))})
	c := mkClass(t, th, nil, "C", nil, kv{"__radd__", recorder(&log, "C.radd", NotImplemented)})
	ai, bi, ci := call(t, th, a.AsValue()), call(t, th, b.AsValue()), call(t, th, c.AsValue())
	for _, tc := range []struct {
		x, y Value
		want Value
		log  string
	}{
		{ai, ai, Int(1), "A.add"},      // same type: never __radd__
		{ai, bi, Int(3), "B.radd"},     // subclass overriding __radd__ goes first
		{bi, ai, Int(1), "A.add"},      // B inherits __add__
		{ai, ci, Int(1), "A.add"},      //
		{Int(1), ai, Int(2), "A.radd"}, // int has no __add__ for A: reflected
		{ci, ai, Int(2), "A.radd"},     // C has no __add__
		{ai, Int(1), Int(1), "A.add"},  //
		{ci, ci, Null, ""},             // only __radd__, same type: TypeError
	} {
		log = nil
		r, err := BinaryOp(th, tc.x, tc.y, OpAdd)
		if tc.want.IsNull() {
			wantErr(t, err, TypeError, "unsupported operand type(s) for +: 'C' and 'C'")
			continue
		}
		got := ""
		if len(log) > 0 {
			got = log[0]
		}
		if err != nil || r != tc.want || got != tc.log {
			t.Errorf("%s + %s = %v, %v via %v; want %v via %s", tc.x.Type().Name, tc.y.Type().Name, r, err, log, tc.want, tc.log)
		}
	}
	// In-place: __iadd__ first, then __add__.
	log = nil
	if r, err := InPlaceOp(th, ai, ai, OpAdd); err != nil || r != Int(1) {
		t.Errorf("a += a = %v, %v", r, err)
	}
	SetAttr(th, a.AsValue(), Intern("__iadd__"), recorder(&log, "A.iadd", Int(9)))
	if r, _ := InPlaceOp(th, bi, ai, OpAdd); r != Int(9) {
		t.Errorf("b += a = %v after A.__iadd__ was added", r)
	}
	// Deleting __add__ from A updates A and B.
	SetAttr(th, a.AsValue(), Intern("__add__"), Null)
	log = nil
	if r, _ := BinaryOp(th, bi, ai, OpAdd); r != Int(2) || log[0] != "A.radd" {
		t.Errorf("after del A.__add__: b + a = %v via %v", r, log)
	}
}

func TestSlotDispatch(t *testing.T) {
	th := newThread()
	items := []Value{Int(10), Int(20)}
	var getattrCalls int
	c := mkClass(t, th, nil, "C", nil,
		kv{"__repr__", fn("__repr__", func(*Thread, []Value) (Value, error) { return StrValue("<C>"), nil })},
		kv{"__len__", fn("__len__", func(*Thread, []Value) (Value, error) { return Int(int64(len(items))), nil })},
		kv{"__getitem__", fn("__getitem__", func(th *Thread, args []Value) (Value, error) {
			i := args[1].AsInt()
			if i >= int64(len(items)) {
				return Null, NewError(IndexError, "out of range")
			}
			return items[i], nil
		})},
		kv{"__eq__", fn("__eq__", func(_ *Thread, args []Value) (Value, error) { return Bool(args[1] == Int(10)), nil })},
		kv{"__call__", fn("__call__", func(_ *Thread, args []Value) (Value, error) { return Int(int64(len(args))), nil })},
		kv{"__getattr__", fn("__getattr__", func(_ *Thread, args []Value) (Value, error) {
			getattrCalls++
			return StrValue("dyn:" + str(args[1])), nil
		})},
		kv{"__init__", fn("__init__", func(_ *Thread, args []Value) (Value, error) {
			if len(args) > 1 {
				return args[1], nil
			}
			return None, nil
		})},
	)
	obj := call(t, th, c.AsValue())
	if got := mustRepr(t, th, obj); got != "<C>" {
		t.Errorf("repr = %s", got)
	}
	if s, _ := StrOf(th, obj); s.s != "<C>" {
		t.Errorf("str falls back to __repr__: %s", s.s)
	}
	if n, err := Len(th, obj); n != 2 || err != nil {
		t.Errorf("len = %d, %v", n, err)
	}
	if b, _ := Truth(th, obj); !b {
		t.Errorf("bool with __len__ 2 is false")
	}
	if v, _ := GetItem(th, obj, Int(1)); v != Int(20) {
		t.Errorf("c[1] = %v", v)
	}
	if in, err := Contains(th, obj, Int(20)); !in || err != nil {
		t.Errorf("20 in c = %v, %v (iteration through __getitem__)", in, err)
	}
	if r, _ := RichCompare(th, obj, Int(10), CmpEQ); r != True {
		t.Errorf("c == 10 is %v", r)
	}
	if r, _ := RichCompare(th, obj, Int(11), CmpNE); r != True {
		t.Errorf("c != 11 is %v", r)
	}
	_, err := Hash(th, obj)
	wantErr(t, err, TypeError, "unhashable type: 'C'")
	if r := call(t, th, obj, Int(1), Int(2)); r != Int(3) {
		t.Errorf("c(1, 2) got %v args", r)
	}
	if v := attr(t, th, obj, "whatever"); str(v) != "dyn:whatever" || getattrCalls != 1 {
		t.Errorf("__getattr__ fallback: %v", v)
	}
	SetAttr(th, obj, Intern("real"), Int(1))
	if v := attr(t, th, obj, "real"); v != Int(1) || getattrCalls != 1 {
		t.Errorf("__getattr__ called for an existing attribute")
	}
	_, err = Call(th, c.AsValue(), []Value{Int(5)}, nil)
	wantErr(t, err, TypeError, "__init__() should return None, not 'int'")

	// __hash__ and __bool__ results are checked; __len__ too.
	d := mkClass(t, th, nil, "D", nil,
		kv{"__hash__", fn("__hash__", func(*Thread, []Value) (Value, error) { return Int(-1), nil })},
		kv{"__bool__", fn("__bool__", func(*Thread, []Value) (Value, error) { return Int(1), nil })},
		kv{"__len__", fn("__len__", func(*Thread, []Value) (Value, error) { return Int(-1), nil })})
	di := call(t, th, d.AsValue())
	if h, _ := Hash(th, di); h != -2 {
		t.Errorf("hash returning -1 gives %d, want -2", h)
	}
	_, err = Truth(th, di)
	wantErr(t, err, TypeError, "__bool__ should return bool, returned int")
	_, err = Len(th, di)
	wantErr(t, err, ValueError, "__len__() should return >= 0")

	// Iterators: __iter__ / __next__ with StopIteration.
	n := 0
	it := mkClass(t, th, nil, "It", nil,
		kv{"__iter__", fn("__iter__", func(_ *Thread, args []Value) (Value, error) { return args[0], nil })},
		kv{"__next__", fn("__next__", func(*Thread, []Value) (Value, error) {
			if n == 3 {
				return Null, NewException(StopIteration)
			}
			n++
			return Int(int64(n)), nil
		})})
	iv, err := Iter(th, call(t, th, it.AsValue()))
	if err != nil {
		t.Fatal(err)
	}
	sum := int64(0)
	for {
		x, err := Next(th, iv)
		if err != nil {
			t.Fatal(err)
		}
		if x.IsNull() {
			break
		}
		sum += x.AsInt()
	}
	if sum != 6 {
		t.Errorf("iterated sum %d", sum)
	}
	nxt := attr(t, th, it.AsValue(), "__next__")
	if nxt.Type() != testFuncType {
		t.Errorf("It.__next__ is %s", nxt.Type().Name)
	}

	// A class that sets __iter__ = None is not iterable.
	ni := mkClass(t, th, nil, "NI", nil, kv{"__iter__", None})
	_, err = Iter(th, call(t, th, ni.AsValue()))
	wantErr(t, err, TypeError, "'NI' object is not iterable")

	// Assigning a dunder to a class later updates the slot (and
	// subclasses'); a subclass overriding stays itself.
	e := mkClass(t, th, nil, "E", nil)
	f := mkClass(t, th, nil, "F", []*Type{e})
	g := mkClass(t, th, nil, "G", []*Type{e}, kv{"__len__", fn("__len__", func(*Thread, []Value) (Value, error) { return Int(7), nil })})
	SetAttr(th, e.AsValue(), Intern("__len__"), fn("__len__", func(*Thread, []Value) (Value, error) { return Int(4), nil }))
	if n, _ := Len(th, call(t, th, f.AsValue())); n != 4 {
		t.Errorf("len(F()) = %d after E.__len__ was set", n)
	}
	if n, _ := Len(th, call(t, th, g.AsValue())); n != 7 {
		t.Errorf("len(G()) = %d", n)
	}
	SetAttr(th, e.AsValue(), Intern("__len__"), Null)
	_, err = Len(th, call(t, th, f.AsValue()))
	wantErr(t, err, TypeError, "object of type 'F' has no len()")
	if f.Len != nil {
		t.Errorf("F.Len still set")
	}
}

func TestDescriptorProtocol(t *testing.T) {
	th := newThread()
	var log []string
	dt := mkClass(t, th, nil, "Descr", nil,
		kv{"__get__", fn("__get__", func(_ *Thread, args []Value) (Value, error) {
			log = append(log, "get:"+args[1].Type().Name+":"+mustRepr(t, th, args[2]))
			return Int(42), nil
		})},
		kv{"__set__", fn("__set__", func(_ *Thread, args []Value) (Value, error) {
			log = append(log, "set")
			return None, nil
		})})
	c := mkClass(t, th, nil, "C", nil, kv{"d", call(t, th, dt.AsValue())})
	obj := call(t, th, c.AsValue())
	if v := attr(t, th, obj, "d"); v != Int(42) {
		t.Errorf("obj.d = %v", v)
	}
	if err := SetAttr(th, obj, Intern("d"), Int(1)); err != nil {
		t.Fatal(err)
	}
	if v := attr(t, th, obj, "d"); v != Int(42) {
		t.Errorf("data descriptor shadowed by the instance")
	}
	attr(t, th, c.AsValue(), "d")
	if len(log) != 4 || log[0] != "get:C:<class '__main__.C'>" || log[1] != "set" || log[3] != "get:NoneType:<class '__main__.C'>" {
		t.Errorf("descriptor calls: %v", log)
	}

	// property.
	var stored Value
	getter := fn("x", func(_ *Thread, args []Value) (Value, error) { return stored, nil })
	prop := call(t, th, PropertyType.AsValue(), getter)
	p := mkClass(t, th, nil, "P", nil, kv{"x", prop})
	call(t, th, attr(t, th, prop, "__set_name__"), p.AsValue(), StrValue("x"))
	pi := call(t, th, p.AsValue())
	stored = Int(3)
	if v := attr(t, th, pi, "x"); v != Int(3) {
		t.Errorf("property get = %v", v)
	}
	wantErr(t, SetAttr(th, pi, Intern("x"), Int(1)), AttributeError, "property 'x' of 'P' object has no setter")
	wantErr(t, SetAttr(th, pi, Intern("x"), Null), AttributeError, "property 'x' of 'P' object has no deleter")
	withSetter := call(t, th, attr(t, th, prop, "setter"), fn("x", func(_ *Thread, args []Value) (Value, error) {
		stored = args[1]
		return None, nil
	}))
	SetAttr(th, p.AsValue(), Intern("x"), withSetter)
	if err := SetAttr(th, pi, Intern("x"), Int(8)); err != nil || stored != Int(8) {
		t.Errorf("property setter: %v, %v", err, stored)
	}
	anon := call(t, th, PropertyType.AsValue())
	SetAttr(th, p.AsValue(), Intern("y"), anon)
	_, err := GetAttr(th, pi, Intern("y"))
	wantErr(t, err, AttributeError, "property of 'P' object has no getter")
	_, err = Call(th, PropertyType.AsValue(), []Value{None, None, None, None, None}, nil)
	wantErr(t, err, TypeError, "property() takes at most 4 arguments (5 given)")
	_, err = Call(th, PropertyType.AsValue(), []Value{Int(1)}, NewTuple(StrValue("x")))
	wantErr(t, err, TypeError, "'x' is an invalid keyword argument for property()")

	// classmethod and staticmethod.
	who := fn("who", func(_ *Thread, args []Value) (Value, error) { return args[0], nil })
	k := mkClass(t, th, nil, "K", nil, kv{"cm", NewClassMethod(who)}, kv{"sm", NewStaticMethod(who)})
	sub := mkClass(t, th, nil, "Sub", []*Type{k})
	if r := call(t, th, attr(t, th, call(t, th, sub.AsValue()), "cm")); r != sub.AsValue() {
		t.Errorf("classmethod bound to %v", r)
	}
	if r := call(t, th, attr(t, th, sub.AsValue(), "sm"), Int(5)); r != Int(5) {
		t.Errorf("staticmethod got %v", r)
	}
	cm, _ := k.Dict.GetStr(Intern("cm"))
	if attr(t, th, cm, "__func__") != who || attr(t, th, cm, "__wrapped__") != who || attr(t, th, cm, "__isabstractmethod__") != False {
		t.Errorf("classmethod attributes wrong")
	}
	if str(attr(t, th, cm, "__name__")) != "who" {
		t.Errorf("classmethod did not copy __name__")
	}
	_, err = Call(th, ClassMethodType.AsValue(), nil, nil)
	wantErr(t, err, TypeError, "classmethod expected 1 argument, got 0")
	bm := attr(t, th, call(t, th, ClassMethodType.AsValue(), Int(1)), "__get__")
	if got := mustRepr(t, th, call(t, th, bm, None, IntType.AsValue())); got != "<bound method ? of <class 'int'>>" {
		t.Errorf("classmethod(1).__get__(None, int) = %s", got)
	}
}

func TestSuper(t *testing.T) {
	th := newThread()
	var log []string
	a := mkClass(t, th, nil, "A", nil,
		kv{"f", fn("f", func(_ *Thread, args []Value) (Value, error) {
			log = append(log, "A.f:"+args[0].Type().Name)
			return None, nil
		})},
		kv{"c", NewClassMethod(fn("c", func(_ *Thread, args []Value) (Value, error) { return args[0], nil }))})
	b := mkClass(t, th, nil, "B", []*Type{a})
	c := mkClass(t, th, nil, "C", []*Type{b})
	obj := call(t, th, c.AsValue())
	s, err := NewSuper(th, b, obj)
	if err != nil {
		t.Fatal(err)
	}
	call(t, th, attr(t, th, s, "f"))
	if len(log) != 1 || log[0] != "A.f:C" {
		t.Errorf("super(B, c).f(): %v", log)
	}
	if r := call(t, th, attr(t, th, s, "c")); r != c.AsValue() {
		t.Errorf("super(B, c).c() bound to %v", r)
	}
	if got := mustRepr(t, th, s); got != "<super: <class 'B'>, <C object>>" {
		t.Errorf("repr = %s", got)
	}
	if attr(t, th, s, "__thisclass__") != b.AsValue() || attr(t, th, s, "__self__") != obj || attr(t, th, s, "__self_class__") != c.AsValue() {
		t.Errorf("super getsets wrong")
	}
	// super(type, type2) binds classmethods to type2.
	s2 := call(t, th, SuperType.AsValue(), b.AsValue(), c.AsValue())
	if r := call(t, th, attr(t, th, s2, "c")); r != c.AsValue() {
		t.Errorf("super(B, C).c() bound to %v", r)
	}
	// super().__init__ reaches object.__init__ with its checks.
	s3, _ := NewSuper(th, c, obj)
	if r := call(t, th, attr(t, th, s3, "__init__")); !r.IsNone() {
		t.Errorf("super().__init__() = %v", r)
	}
	// Zero-argument form through the interpreter hooks.
	th.State.(*testHooks).superType, th.State.(*testHooks).superObj = b, obj
	if got := mustRepr(t, th, call(t, th, SuperType.AsValue())); got != "<super: <class 'B'>, <C object>>" {
		t.Errorf("super() = %s", got)
	}
	_, err = Call(th, SuperType.AsValue(), []Value{b.AsValue(), Int(1)}, nil)
	wantErr(t, err, TypeError, "super(type, obj): obj must be an instance or subtype of type")
	_, err = Call(th, SuperType.AsValue(), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "super() argument 1 must be a type, not int")
	th.State = &testHooks{}
	_, err = Call(th, SuperType.AsValue(), nil, nil)
	wantErr(t, err, RuntimeError, "super(): no arguments")
}

func TestIsInstance(t *testing.T) {
	th := newThread()
	a := mkClass(t, th, nil, "A", nil)
	b := mkClass(t, th, nil, "B", []*Type{a})
	bi := call(t, th, b.AsValue())
	nested := NewTuple(IntType.AsValue(), NewTuple(StrType.AsValue(), a.AsValue()).AsValue()).AsValue()
	for _, c := range []struct {
		obj, cls Value
		want     bool
	}{
		{bi, a.AsValue(), true},
		{bi, b.AsValue(), true},
		{Int(1), a.AsValue(), false},
		{bi, nested, true},
		{Int(1), nested, true},
		{None, nested, false},
		{True, IntType.AsValue(), true},
	} {
		if got, err := IsInstance(th, c.obj, c.cls); got != c.want || err != nil {
			t.Errorf("isinstance(%s, %s) = %v, %v", c.obj.Type().Name, mustRepr(t, th, c.cls), got, err)
		}
	}
	if ok, _ := IsSubclass(th, b.AsValue(), a.AsValue()); !ok {
		t.Errorf("issubclass(B, A) false")
	}
	if ok, _ := IsSubclass(th, a.AsValue(), nested); !ok {
		t.Errorf("issubclass(A, nested) false")
	}
	_, err := IsInstance(th, bi, Int(1))
	wantErr(t, err, TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	_, err = IsSubclass(th, Int(1), a.AsValue())
	wantErr(t, err, TypeError, "issubclass() arg 1 must be a class")
	_, err = IsSubclass(th, a.AsValue(), Int(1))
	wantErr(t, err, TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")

	// A metaclass's __instancecheck__ / __subclasscheck__.
	meta := mkClass(t, th, nil, "Meta", []*Type{TypeType},
		kv{"__instancecheck__", fn("__instancecheck__", func(_ *Thread, args []Value) (Value, error) { return Bool(args[1] == Int(7)), nil })},
		kv{"__subclasscheck__", fn("__subclasscheck__", func(_ *Thread, args []Value) (Value, error) { return Int(1), nil })})
	m := mkClass(t, th, meta, "M", nil)
	if ok, _ := IsInstance(th, Int(7), m.AsValue()); !ok {
		t.Errorf("__instancecheck__ not used")
	}
	if ok, _ := IsInstance(th, Int(8), m.AsValue()); ok {
		t.Errorf("__instancecheck__ not used (8)")
	}
	if ok, _ := IsSubclass(th, IntType.AsValue(), m.AsValue()); !ok {
		t.Errorf("__subclasscheck__ not used")
	}
	// __class__ fallback: an object claiming to be an A.
	liar := mkClass(t, th, nil, "Liar", nil, kv{"__class__", call(t, th, PropertyType.AsValue(), fn("c", func(*Thread, []Value) (Value, error) {
		return a.AsValue(), nil
	}))})
	if ok, _ := IsInstance(th, call(t, th, liar.AsValue()), a.AsValue()); !ok {
		t.Errorf("__class__ fallback not used")
	}
}

func BenchmarkInstanceAttrGet(b *testing.B) {
	th := newThread()
	c, _ := tryClass(th, nil, "C", nil)
	obj, _ := Call(th, c.AsValue(), nil, nil)
	x := Intern("x")
	SetAttr(th, obj, x, Int(1))
	b.ReportAllocs()
	for b.Loop() {
		if v, _ := GetAttr(th, obj, x); v != Int(1) {
			b.Fatal("wrong")
		}
	}
}

func BenchmarkInstanceAttrSet(b *testing.B) {
	th := newThread()
	c, _ := tryClass(th, nil, "C", nil)
	obj, _ := Call(th, c.AsValue(), nil, nil)
	x := Intern("x")
	b.ReportAllocs()
	for b.Loop() {
		SetAttr(th, obj, x, Int(2))
	}
}

func BenchmarkMethodLookup(b *testing.B) {
	th := newThread()
	base, _ := tryClass(th, nil, "Base", nil, kv{"m", fn("m", func(*Thread, []Value) (Value, error) { return None, nil })})
	c, _ := tryClass(th, nil, "C", []*Type{base})
	m := Intern("m")
	b.ReportAllocs()
	for b.Loop() {
		if c.Lookup(m).IsNull() {
			b.Fatal("not found")
		}
	}
}

func BenchmarkUserAdd(b *testing.B) {
	th := newThread()
	c, _ := tryClass(th, nil, "C", nil, kv{"__add__", fn("__add__", func(_ *Thread, args []Value) (Value, error) { return args[1], nil })})
	obj, _ := Call(th, c.AsValue(), nil, nil)
	b.ReportAllocs()
	for b.Loop() {
		if r, _ := BinaryOp(th, obj, Int(1), OpAdd); r != Int(1) {
			b.Fatal("wrong")
		}
	}
}

// TestMaxSlotWrappers checks that addSlotWrappers's buffer holds a
// wrapper for every distinct dunder of slotDefs.
func TestMaxSlotWrappers(t *testing.T) {
	names := map[*Str]bool{}
	for _, d := range slotDefs {
		names[d.iname] = true
	}
	if len(names) > maxSlotWrappers {
		t.Errorf("slotDefs has %d distinct names, more than maxSlotWrappers (%d)", len(names), maxSlotWrappers)
	}
}

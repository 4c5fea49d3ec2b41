package object

import (
	"fmt"
	"testing"
	"unsafe"
)

func TestClassBasics(t *testing.T) {
	th := newThread()
	a := mkClass(t, th, nil, "A", nil, kv{"x", Int(1)})
	if a.Type() != TypeType || a.Base != ObjectType || len(a.MRO) != 2 || a.Flags&FlagHeapType == 0 {
		t.Fatalf("bad class A: %+v", a)
	}
	if got := mustRepr(t, th, a.AsValue()); got != "<class '__main__.A'>" {
		t.Errorf("repr = %s", got)
	}
	for name, want := range map[string]string{"__name__": "A", "__qualname__": "A", "__module__": "__main__"} {
		if got := str(attr(t, th, a.AsValue(), name)); got != want {
			t.Errorf("A.%s = %q, want %q", name, got, want)
		}
	}
	if d := attr(t, th, a.AsValue(), "__doc__"); !d.IsNone() {
		t.Errorf("A.__doc__ = %v", d)
	}
	if _, ok := a.Dict.GetStr(Intern("__qualname__")); ok {
		t.Errorf("__qualname__ left in the namespace")
	}
	proxy := attr(t, th, a.AsValue(), "__dict__")
	if proxy.Type() != MappingProxyType {
		t.Fatalf("A.__dict__ is %s", proxy.Type().Name)
	}
	wantErr(t, SetItem(th, proxy, StrValue("x"), Int(2)), TypeError, "'mappingproxy' object does not support item assignment")
	// A proxy reads through to its mapping.
	mapping := mkClass(t, th, nil, "M", nil, kv{"__getitem__", fn("__getitem__", func(_ *Thread, args []Value) (Value, error) {
		return NewTuple(args[1], args[1]).AsValue(), nil
	})})
	p2 := call(t, th, MappingProxyType.AsValue(), call(t, th, mapping.AsValue()))
	if v, err := GetItem(th, p2, Int(4)); err != nil || mustRepr(t, th, v) != "(4, 4)" {
		t.Errorf("proxy[4] = %v, %v", v, err)
	}
	_, err := Call(th, MappingProxyType.AsValue(), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "mappingproxy() argument must be a mapping, not int")

	// Instances: attributes through layouts, __dict__.
	obj := call(t, th, a.AsValue())
	if obj.Type() != a {
		t.Fatalf("A() has type %s", obj.Type().Name)
	}
	if v := attr(t, th, obj, "x"); v != Int(1) {
		t.Errorf("A().x = %v", v)
	}
	if err := SetAttr(th, obj, Intern("x"), Int(5)); err != nil {
		t.Fatal(err)
	}
	if v := attr(t, th, obj, "x"); v != Int(5) {
		t.Errorf("after set, x = %v", v)
	}
	d := attr(t, th, obj, "__dict__")
	if dd, ok := d.AsDict(); !ok || dd.Len() != 1 {
		t.Errorf("A().__dict__ = %v", d)
	}
	wantErr(t, SetAttr(th, obj, Intern("nope"), Null), AttributeError, "'A' object has no attribute 'nope'")
	_, err = GetAttr(th, obj, Intern("nope"))
	wantErr(t, err, AttributeError, "'A' object has no attribute 'nope'")

	// Subclass, MRO, __subclasses__, mro().
	b := mkClass(t, th, nil, "B", []*Type{a})
	if len(b.MRO) != 3 || b.MRO[1] != a {
		t.Errorf("B.__mro__ = %v", b.MRO)
	}
	subs := call(t, th, attr(t, th, a.AsValue(), "__subclasses__"))
	if l, ok := subs.AsList(); !ok || len(l.Items) != 1 || l.Items[0] != b.AsValue() {
		t.Errorf("A.__subclasses__() = %v", subs)
	}
	if l, ok := call(t, th, attr(t, th, b.AsValue(), "mro")).AsList(); !ok || len(l.Items) != 3 {
		t.Errorf("B.mro() wrong")
	}
	if _, ok := b.Dict.GetStr(Intern("__dict__")); ok {
		t.Errorf("B has its own __dict__ descriptor; only A should")
	}
}

func TestClassCreationErrors(t *testing.T) {
	th := newThread()
	s := mkClass(t, th, nil, "S", nil, kv{"__slots__", NewTuple(StrValue("a")).AsValue()})
	u := mkClass(t, th, nil, "T", nil, kv{"__slots__", NewTuple(StrValue("b")).AsValue()})
	m1 := mkClass(t, th, nil, "M1", []*Type{TypeType})
	m2 := mkClass(t, th, nil, "M2", []*Type{TypeType})
	a1 := mkClass(t, th, m1, "A1", nil)
	a2 := mkClass(t, th, m2, "A2", nil)
	str := func(s string) Value { return StrValue(s) }
	for _, c := range []struct {
		name  string
		bases []*Type
		ns    []kv
		typ   *Type
		msg   string
	}{
		{"U", []*Type{s, u}, nil, TypeError, "multiple bases have instance lay-out conflict"},
		{"B", []*Type{a1, a2}, nil, TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"},
		{"V", []*Type{BoolType}, nil, TypeError, "type 'bool' is not an acceptable base type"},
		{"V", []*Type{s, s}, nil, TypeError, "duplicate base class S"},
		{"V", nil, []kv{{"__slots__", str("a")}, {"a", Int(1)}}, ValueError, "'a' in __slots__ conflicts with class variable"},
		{"V", nil, []kv{{"__slots__", NewTuple(Int(1)).AsValue()}}, TypeError, "__slots__ items must be strings, not 'int'"},
		{"V", nil, []kv{{"__slots__", str("1a")}}, TypeError, "__slots__ must be identifiers"},
		{"V", nil, []kv{{"__slots__", NewTuple(str("__dict__"), str("__dict__")).AsValue()}}, TypeError, "__dict__ slot disallowed: we already got one"},
		{"V", nil, []kv{{"__slots__", NewTuple(str("__weakref__"), str("__weakref__")).AsValue()}}, TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"},
		{"V", nil, []kv{{"__qualname__", Int(1)}}, TypeError, "type __qualname__ must be a str, not int"},
	} {
		_, err := tryClass(th, nil, c.name, c.bases, c.ns...)
		wantErr(t, err, c.typ, c.msg)
	}
	d := NewDict().AsValue()
	for _, c := range []struct {
		args []Value
		msg  string
	}{
		{[]Value{str("X"), EmptyTuple.AsValue()}, "type() takes 1 or 3 arguments"},
		{nil, "type() takes 1 or 3 arguments"},
		{[]Value{Int(1), EmptyTuple.AsValue(), d}, "type.__new__() argument 1 must be str, not int"},
		{[]Value{str("X"), Int(1), d}, "type.__new__() argument 2 must be tuple, not int"},
		{[]Value{str("X"), EmptyTuple.AsValue(), Int(1)}, "type.__new__() argument 3 must be dict, not int"},
		{[]Value{str("X"), NewTuple(Int(1)).AsValue(), d}, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"},
	} {
		_, err := Call(th, TypeType.AsValue(), c.args, nil)
		wantErr(t, err, TypeError, c.msg)
	}
	_, err := Call(th, TypeType.AsValue(), []Value{str("X"), EmptyTuple.AsValue(), d, Int(1)}, NewTuple(str("x")))
	wantErr(t, err, TypeError, "X.__init_subclass__() takes no keyword arguments")
	if r := call(t, th, TypeType.AsValue(), Int(3)); r != IntType.AsValue() {
		t.Errorf("type(3) = %v", r)
	}
}

func TestSlots(t *testing.T) {
	th := newThread()
	s := mkClass(t, th, nil, "S", nil, kv{"__slots__", NewTuple(StrValue("a"), StrValue("__b")).AsValue()})
	if s.Flags&flagNoDict == 0 {
		t.Errorf("S instances have a __dict__")
	}
	descr, _ := s.Dict.GetStr(Intern("a"))
	if got := mustRepr(t, th, descr); got != "<member 'a' of 'S' objects>" {
		t.Errorf("S.a = %s", got)
	}
	if _, ok := s.Dict.GetStr(Intern("_S__b")); !ok {
		t.Errorf("__b not mangled")
	}
	obj := call(t, th, s.AsValue())
	_, err := GetAttr(th, obj, Intern("a"))
	wantErr(t, err, AttributeError, "'S' object has no attribute 'a'")
	wantErr(t, SetAttr(th, obj, Intern("b"), Int(1)), AttributeError, "'S' object has no attribute 'b'")
	wantErr(t, SetAttr(th, obj, Intern("a"), Null), AttributeError, "a")
	if err := SetAttr(th, obj, Intern("a"), Int(7)); err != nil {
		t.Fatal(err)
	}
	if v := attr(t, th, obj, "a"); v != Int(7) {
		t.Errorf("a = %v", v)
	}
	_, err = GetAttr(th, obj, Intern("__dict__"))
	wantErr(t, err, AttributeError, "'S' object has no attribute '__dict__'")

	// __slots__ stays as the class body set it, even a single str.
	one := mkClass(t, th, nil, "One", nil, kv{"__slots__", StrValue("single")})
	if got := mustRepr(t, th, attr(t, th, one.AsValue(), "__slots__")); got != "'single'" {
		t.Errorf("One.__slots__ = %s, want 'single'", got)
	}

	// A subclass without __slots__ has a __dict__ and keeps the slot.
	sub := mkClass(t, th, nil, "Sub", []*Type{s})
	o2 := call(t, th, sub.AsValue())
	for _, n := range []string{"a", "z"} {
		if err := SetAttr(th, o2, Intern(n), Int(3)); err != nil {
			t.Fatal(err)
		}
	}
	if d, _ := attr(t, th, o2, "__dict__").AsDict(); d.Len() != 1 {
		t.Errorf("Sub().__dict__ has %d entries, want 1 (z)", d.Len())
	}
	if v := attr(t, th, o2, "a"); v != Int(3) {
		t.Errorf("Sub().a = %v", v)
	}

	// __class__ assignment.
	o := mkClass(t, th, nil, "O", nil)
	p := mkClass(t, th, nil, "P", nil)
	inst := call(t, th, o.AsValue())
	SetAttr(th, inst, Intern("q"), Int(1))
	cls := Intern("__class__")
	wantErr(t, SetAttr(th, inst, cls, IntType.AsValue()), TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	wantErr(t, SetAttr(th, inst, cls, Int(1)), TypeError, "__class__ must be set to a class, not 'int' object")
	wantErr(t, SetAttr(th, inst, cls, Null), TypeError, "can't delete __class__ attribute")
	wantErr(t, SetAttr(th, inst, cls, s.AsValue()), TypeError, "__class__ assignment: 'S' object layout differs from 'O'")
	if err := SetAttr(th, inst, cls, p.AsValue()); err != nil {
		t.Fatal(err)
	}
	if inst.Type() != p || AttrsOf(inst).Layout().Owner() != p {
		t.Errorf("__class__ assignment did not move the instance to P")
	}
	if v := attr(t, th, inst, "q"); v != Int(1) {
		t.Errorf("q lost after __class__ assignment: %v", v)
	}
}

func TestTypeSetAttr(t *testing.T) {
	th := newThread()
	wantErr(t, SetAttr(th, IntType.AsValue(), Intern("x"), Int(1)), TypeError, "cannot set 'x' attribute of immutable type 'int'")
	wantErr(t, SetAttr(th, IntType.AsValue(), Intern("real"), Null), TypeError, "cannot delete 'real' attribute of immutable type 'int'")
	c := mkClass(t, th, nil, "C", nil)
	wantErr(t, SetAttr(th, c.AsValue(), Intern("__name__"), Int(1)), TypeError, "can only assign string to C.__name__, not 'int'")
	wantErr(t, SetAttr(th, c.AsValue(), Intern("__qualname__"), Int(1)), TypeError, "can only assign string to C.__qualname__, not 'int'")
	wantErr(t, SetAttr(th, c.AsValue(), Intern("__name__"), StrValue("a\x00b")), ValueError, "type name must not contain null characters")
	wantErr(t, SetAttr(th, c.AsValue(), Intern("__name__"), Null), TypeError, "cannot delete '__name__' attribute of immutable type 'C'")
	wantErr(t, SetAttr(th, c.AsValue(), Intern("x"), Null), AttributeError, "type object 'C' has no attribute 'x'")
	v := c.Version()
	if err := SetAttr(th, c.AsValue(), Intern("y"), Int(2)); err != nil {
		t.Fatal(err)
	}
	if c.Version() == v {
		t.Errorf("version unchanged after setattr")
	}
	if a := attr(t, th, c.AsValue(), "__annotations__"); a.Type() != DictType {
		t.Errorf("C.__annotations__ = %v", a)
	}
	_, err := GetAttr(th, IntType.AsValue(), Intern("__annotations__"))
	wantErr(t, err, AttributeError, "type object 'int' has no attribute '__annotations__'")
	_, err = GetAttr(th, c.AsValue(), Intern("__abstractmethods__"))
	wantErr(t, err, AttributeError, "__abstractmethods__")

	// Abstract classes.
	if err := SetAttr(th, c.AsValue(), Intern("__abstractmethods__"), NewTuple(StrValue("g"), StrValue("f")).AsValue()); err != nil {
		t.Fatal(err)
	}
	_, err = Call(th, c.AsValue(), nil, nil)
	wantErr(t, err, TypeError, "Can't instantiate abstract class C with abstract methods f, g")
	SetAttr(th, c.AsValue(), Intern("__abstractmethods__"), None)
	if _, err := Call(th, c.AsValue(), nil, nil); err != nil {
		t.Error(err)
	}
}

func TestClassCellSetNameInitSubclass(t *testing.T) {
	th := newThread()
	cell := &testCell{Header: Header{testCellType}}
	var setNames []string
	descrClass := mkClass(t, th, nil, "D", nil, kv{"__set_name__", fn("__set_name__", func(_ *Thread, args []Value) (Value, error) {
		setNames = append(setNames, (*Type)(args[1].p).Name+"."+str(args[2]))
		return None, nil
	})})
	d := call(t, th, descrClass.AsValue())
	var initSub []string
	base := mkClass(t, th, nil, "Base", nil, kv{"__init_subclass__", fnKw("__init_subclass__", func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		initSub = append(initSub, (*Type)(args[0].p).Name)
		if kwnames != nil {
			initSub = append(initSub, str(kwnames.Items[0])+"="+mustRepr(t, th, args[len(args)-1]))
		}
		return None, nil
	})})
	if _, ok := base.Dict.GetStr(Intern("__init_subclass__")); !ok {
		t.Fatal("no __init_subclass__")
	}
	c := mkClass(t, th, nil, "C", []*Type{base}, kv{"__classcell__", FromPointer(unsafePointer(cell))}, kv{"d", d})
	if cell.v != c.AsValue() {
		t.Errorf("__classcell__ not set")
	}
	if _, ok := c.Dict.GetStr(Intern("__classcell__")); ok {
		t.Errorf("__classcell__ left in namespace")
	}
	if len(setNames) != 1 || setNames[0] != "C.d" {
		t.Errorf("__set_name__ calls: %v", setNames)
	}
	if len(initSub) != 1 || initSub[0] != "C" {
		t.Errorf("__init_subclass__ calls: %v", initSub)
	}
	// Keyword arguments of the class statement reach __init_subclass__.
	dict := NewDict()
	dict.SetStr(Intern("__module__"), StrValue("m"))
	_, err := Call(th, TypeType.AsValue(), []Value{StrValue("K"), NewTuple(base.AsValue()).AsValue(), dict.AsValue(), Int(5)}, NewTuple(StrValue("flag")))
	if err != nil || len(initSub) != 3 || initSub[2] != "flag=5" {
		t.Errorf("__init_subclass__ with keywords: %v %v", initSub, err)
	}
	_, err = tryClass(th, nil, "E", nil, kv{"__classcell__", Int(1)})
	wantErr(t, err, TypeError, "__classcell__ must be a nonlocal cell, not <class 'int'>")

	bad := mkClass(t, th, nil, "Bad", nil, kv{"__set_name__", fn("__set_name__", func(*Thread, []Value) (Value, error) {
		return Null, NewError(ValueError, "boom")
	})})
	_, err = tryClass(th, nil, "C", nil, kv{"d", call(t, th, bad.AsValue())})
	wantErr(t, err, RuntimeError, "Error calling __set_name__ on 'Bad' instance 'd' in 'C'")
	if e := err.(*Exc); e.Cause.IsNull() {
		t.Errorf("no __cause__")
	}
}

func TestObjectMethods(t *testing.T) {
	th := newThread()
	c := mkClass(t, th, nil, "C", nil)
	obj := call(t, th, c.AsValue())
	// object.__init__, object.__new__, object.__eq__, __hash__, __repr__ as methods.
	objInit := attr(t, th, ObjectType.AsValue(), "__init__")
	if got := mustRepr(t, th, objInit); got != "<slot wrapper '__init__' of 'object' objects>" {
		t.Errorf("object.__init__ = %s", got)
	}
	if r := call(t, th, objInit, obj); !r.IsNone() {
		t.Errorf("object.__init__(c) = %v", r)
	}
	_, err := Call(th, objInit, []Value{obj, Int(1)}, nil)
	wantErr(t, err, TypeError, "C.__init__() takes exactly one argument (the instance to initialize)")
	_, err = Call(th, c.AsValue(), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "C() takes no arguments")
	objNew := attr(t, th, ObjectType.AsValue(), "__new__")
	if o := call(t, th, objNew, c.AsValue()); o.Type() != c {
		t.Errorf("object.__new__(C) has type %s", o.Type().Name)
	}
	_, err = Call(th, objNew, []Value{PropertyType.AsValue()}, nil)
	wantErr(t, err, TypeError, "object.__new__(property) is not safe, use property.__new__()")
	_, err = Call(th, objNew, nil, nil)
	wantErr(t, err, TypeError, "object.__new__(): not enough arguments")
	_, err = Call(th, objNew, []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "object.__new__(X): X is not a type object (int)")
	eq := attr(t, th, obj, "__eq__")
	if r := call(t, th, eq, obj); r != True {
		t.Errorf("c.__eq__(c) = %v", r)
	}
	if r := call(t, th, eq, Int(1)); r != NotImplemented {
		t.Errorf("c.__eq__(1) = %v", r)
	}
	h := call(t, th, attr(t, th, obj, "__hash__"))
	if want, _ := Hash(th, obj); h != Int(want) {
		t.Errorf("c.__hash__() = %v, want %d", h, want)
	}
	_, err = Call(th, eq, nil, nil)
	wantErr(t, err, TypeError, "expected 1 argument, got 0")
	_, err = Call(th, eq, []Value{Int(1), Int(2)}, NewTuple(StrValue("x")))
	wantErr(t, err, TypeError, "wrapper __eq__() takes no keyword arguments")
	_, err = Call(th, attr(t, th, ObjectType.AsValue(), "__eq__"), []Value{StrValue("a")}, nil)
	wantErr(t, err, TypeError, "expected 1 argument, got 0")
	setattr := attr(t, th, ObjectType.AsValue(), "__setattr__")
	call(t, th, setattr, obj, StrValue("v"), Int(9))
	if v := attr(t, th, obj, "v"); v != Int(9) {
		t.Errorf("object.__setattr__ did not set")
	}
	_, err = Call(th, setattr, []Value{obj, Int(1), Int(2)}, nil)
	wantErr(t, err, TypeError, "attribute name must be string, not 'int'")
	_, err = Call(th, setattr, []Value{c.AsValue(), StrValue("x"), Int(2)}, nil)
	wantErr(t, err, TypeError, "can't apply this __setattr__ to type object")

	// __format__, __reduce_ex__, __getstate__, __dir__, __init_subclass__.
	format := attr(t, th, obj, "__format__")
	if r := call(t, th, format, StrValue("")); str(r) != mustRepr(t, th, obj) {
		t.Errorf("format(c, '') = %v", r)
	}
	_, err = Call(th, format, []Value{StrValue("x")}, nil)
	wantErr(t, err, TypeError, "unsupported format string passed to C.__format__")
	_, err = Call(th, format, []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "__format__() argument must be str, not int")
	if r := call(t, th, attr(t, th, obj, "__getstate__")); r.Type() != DictType {
		t.Errorf("__getstate__() = %v", mustRepr(t, th, r))
	}
	if r := call(t, th, attr(t, th, call(t, th, c.AsValue()), "__getstate__")); !r.IsNone() {
		t.Errorf("__getstate__() of a bare instance = %v", r)
	}
	dir := call(t, th, attr(t, th, obj, "__dir__"))
	if l, _ := dir.AsList(); len(l.Items) < 20 {
		t.Errorf("dir has %d names", len(l.Items))
	}
	_, err = Call(th, attr(t, th, c.AsValue(), "__init_subclass__"), []Value{Int(1)}, NewTuple(StrValue("x")))
	wantErr(t, err, TypeError, "C.__init_subclass__() takes no keyword arguments")
	if r := call(t, th, attr(t, th, c.AsValue(), "__subclasshook__")); r != NotImplemented {
		t.Errorf("__subclasshook__() = %v", r)
	}
	_, err = Call(th, attr(t, th, obj, "__reduce_ex__"), []Value{Int(2)}, nil)
	wantErr(t, err, ModuleNotFoundError, "No module named 'copyreg'")
}

// Instances of a class whose only base is object get their slot array in
// the same allocation as the instance once the class's instances have had
// attributes (or it has __slots__), and keep working when they outgrow it.
func TestPlainInstanceSlotsInline(t *testing.T) {
	th := newThread()
	// Four slots: the array is not the size of an Instance, so that a
	// separate allocation cannot happen to follow the instance.
	names := []*Str{Intern("a"), Intern("b"), Intern("c"), Intern("d")}
	for _, tc := range []struct {
		name  string
		slots Value
	}{{"Attrs", Null}, {"Slotted", NewTuple(StrValue("a"), StrValue("b"), StrValue("c"), StrValue("d")).AsValue()}} {
		var ns []kv
		if !tc.slots.IsNull() {
			ns = append(ns, kv{"__slots__", tc.slots})
		}
		typ := mkClass(t, th, nil, tc.name, nil, ns...)
		first, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range names {
			if err := SetAttr(th, first, n, Int(int64(i))); err != nil {
				t.Fatal(err)
			}
		}
		obj, err := Call(th, typ.AsValue(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		a := AttrsOf(obj)
		want := uintptr(obj.p) + unsafe.Offsetof(instanceBlock[[4]Value]{}.slots)
		if p := uintptr(unsafe.Pointer(unsafe.SliceData(a.slots))); cap(a.slots) < len(names) || p != want {
			t.Errorf("%s: slots at %#x cap %d, want at least %d at %#x, after the instance", tc.name, p, cap(a.slots), len(names), want)
		}
		if tc.slots.IsNull() {
			for i := range 20 {
				if err := SetAttr(th, obj, Intern(fmt.Sprint("x", i)), Int(int64(i))); err != nil {
					t.Fatal(err)
				}
			}
			if v, err := GetAttr(th, obj, Intern("x19")); err != nil || v != Int(19) {
				t.Errorf("%s: x19 = %v, %v after outgrowing the inline slots", tc.name, v, err)
			}
		}
		for i, n := range names {
			if err := SetAttr(th, obj, n, Int(int64(10+i))); err != nil {
				t.Fatal(err)
			}
			if v, err := GetAttr(th, obj, n); err != nil || v != Int(int64(10+i)) {
				t.Errorf("%s: %s = %v, %v, want %d", tc.name, n, v, err, 10+i)
			}
		}
	}
}

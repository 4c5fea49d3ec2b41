package jit

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// TestSeqIterOffsets checks the fields a trace reads and an exit writes
// in a live list iterator and tuple iterator: the items pointer (the
// sequence's Items field, nil once exhausted) and the index, which
// advances with each item and which an exit may set.
func TestSeqIterOffsets(t *testing.T) {
	l := object.NewList([]object.Value{object.Int(10), object.Int(11), object.Int(12)})
	tu := object.NewTuple(object.Int(20), object.Int(21), object.Int(22))
	for _, c := range []struct {
		seq   object.Value
		items *[]object.Value
	}{{l.AsValue(), &l.Items}, {tu.AsValue(), &tu.Items}} {
		it, err := object.Iter(nil, c.seq)
		if err != nil || !isSeqIter(it) {
			t.Fatalf("iter(%s) = %v, %v", typeName(c.seq), typeName(it), err)
		}
		items, index := seqIter(it)
		if *items != c.items || *index != 0 {
			t.Fatalf("%s: items %p (want %p), index %d", typeName(it), *items, c.items, *index)
		}
		object.NextFast(it)
		if *index != 1 {
			t.Fatalf("%s: index %d after one item", typeName(it), *index)
		}
		*index = 2
		if v, _ := object.NextFast(it); v.AsInt()%10 != 2 {
			t.Fatalf("%s: item %d after setting the index to 2", typeName(it), v.AsInt())
		}
		object.NextFast(it)
		if *items != nil {
			t.Fatalf("%s: items not nil after exhaustion", typeName(it))
		}
	}
}

// TestAttrsOffsets checks the words an attribute guard reads through the
// offsets against the object model's accessors (the layout's record of
// slots that held other values than floats too).
func TestAttrsOffsets(t *testing.T) {
	var a object.Attrs
	a.Init(object.NewNativeType("C", "", nil))
	name := object.Intern("x")
	a.Set(name, object.Float(1.5))
	p := unsafe.Pointer(&a)
	if got := *(**object.Layout)(unsafe.Add(p, attrsLayoutOff)); got != a.Layout() {
		t.Fatalf("layout word %p, Layout() %p", got, a.Layout())
	}
	if got := *(*[]object.Value)(unsafe.Add(p, attrsSlotsOff)); len(got) != 1 || got[0] != object.Float(1.5) {
		t.Fatalf("slots word holds %v", got)
	}
	if *(*unsafe.Pointer)(unsafe.Add(p, attrsDictOff)) != nil {
		t.Fatal("dict word set before dict mode")
	}
	l := a.Layout()
	nonFloat := (*uint64)(unsafe.Add(unsafe.Pointer(l), layoutNonFloatOff))
	if *nonFloat != 0 || !l.FloatSlot(0) {
		t.Fatalf("layout of a float attribute: record %#x, FloatSlot(0) %v", *nonFloat, l.FloatSlot(0))
	}
	a.Set(name, object.Int(2))
	if *nonFloat != 1 || l.FloatSlot(0) {
		t.Fatalf("layout after an int store: record %#x, FloatSlot(0) %v", *nonFloat, l.FloatSlot(0))
	}
	d := a.Dict()
	if *(**object.Dict)(unsafe.Add(p, attrsDictOff)) != d {
		t.Fatal("dict word is not the instance dict")
	}
	typ := object.NewNativeType("D", "", nil)
	for range 2 {
		if got := *(*uint32)(unsafe.Add(unsafe.Pointer(typ), typeVersionOff)); got != typ.Version() {
			t.Fatalf("version word %d, Version() %d", got, typ.Version())
		}
		typ.Modified()
	}
}

// TestEnumOffsets checks the enumerate fields a trace reads and an exit
// writes on a live enumerate object: its iterator and its count.
func TestEnumOffsets(t *testing.T) {
	l := object.NewList([]object.Value{object.Int(10), object.Int(11)})
	e, err := object.Call(nil, object.EnumerateType.AsValue(), []object.Value{l.AsValue(), object.Int(5)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	it := enumOverSeq(e)
	if it.IsNull() || it.Type() != object.ListIterType {
		t.Fatalf("enumerate's iterator is %s", typeName(it))
	}
	_, count, big := enumState(e)
	if *count != 5 || big {
		t.Fatalf("count %d, big %v; want 5", *count, big)
	}
	*count = 7
	v, err := object.Next(nil, e)
	if err != nil {
		t.Fatal(err)
	}
	if tu, _ := v.AsTuple(); tu.Items[0].AsInt() != 7 || tu.Items[1].AsInt() != 10 {
		t.Fatalf("next(enumerate) = (%d, %d) after setting the count to 7", tu.Items[0].AsInt(), tu.Items[1].AsInt())
	}
}

// TestInstancePoolOffsets checks the words of object.InstancePool that
// native pool calls read and write (ir.Call.Pool) against the pool's
// behaviour: next counts the instances taken, limit is the pool's size
// once filled, and items holds the instances in the order taken (the
// entries of taken ones cleared).
func TestInstancePoolOffsets(t *testing.T) {
	pt := reflect.TypeOf(object.InstancePool{})
	items, ok := pt.FieldByName("items")
	if fieldOffset(pt, "next", reflect.Int) != ir.PoolNext || fieldOffset(pt, "limit", reflect.Int) != ir.PoolLimit ||
		!ok || items.Offset != ir.PoolItems || items.Type.Kind() != reflect.Array || items.Type.Elem().Kind() != reflect.UnsafePointer {
		t.Fatal("object.InstancePool does not have the layout of ir.Call.Pool")
	}
	in, err := interp.New(interp.Config{Argv: []string{"test.py"}, XOptions: map[string]string{}, DontWriteBytecode: true})
	if err != nil {
		t.Fatal(err)
	}
	typ, err := object.NewClass(&in.MainThread().Thread, object.TypeType, "C", nil, object.NewDict())
	if err != nil {
		t.Fatal(err)
	}
	p := unsafe.Pointer(typ.InstancePool())
	word := func(off int64) uintptr { return *(*uintptr)(unsafe.Add(p, off)) }
	typ.PooledInstance()
	typ.PooledInstance()
	next := word(ir.PoolItems + 16)
	if word(ir.PoolNext) != 2 || word(ir.PoolLimit) != object.InstancePoolSize ||
		word(ir.PoolItems) != 0 || word(ir.PoolItems+8) != 0 || next == 0 {
		t.Fatalf("pool words after two takes: next %d, limit %d, items %#x %#x %#x",
			word(ir.PoolNext), word(ir.PoolLimit), word(ir.PoolItems), word(ir.PoolItems+8), next)
	}
	if got := typ.PooledInstance(); uintptr(got) != next {
		t.Fatalf("third take %p, items[2] held %#x", got, next)
	}
}

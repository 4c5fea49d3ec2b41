package jit

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// TestSeqIterPool checks the iterator pools native GET_ITER takes from:
// laid out as an instance pool, and handing out iterators (over a few
// refills) that work as iter() of the sequence would.
func TestSeqIterPool(t *testing.T) {
	var p objectPool
	if unsafe.Offsetof(p.next) != ir.PoolNext || unsafe.Offsetof(p.limit) != ir.PoolLimit || unsafe.Offsetof(p.items) != ir.PoolItems {
		t.Fatalf("objectPool layout: next %d, limit %d, items %d", unsafe.Offsetof(p.next), unsafe.Offsetof(p.limit), unsafe.Offsetof(p.items))
	}
	l := object.NewList([]object.Value{object.Int(10), object.Int(11), object.Int(12)})
	tu := object.NewTuple(object.Int(20), object.Int(21), object.Int(22))
	for _, c := range []struct {
		seq  object.Value
		want *object.Type
	}{{l.AsValue(), object.ListIterType}, {tu.AsValue(), object.TupleIterType}} {
		for n := range 3*object.InstancePoolSize + 1 {
			it := newSeqIter(c.seq)
			if it.Type() != c.want {
				t.Fatalf("iterator %d over a %s: %s", n, typeName(c.seq), typeName(it))
			}
			if n%7 != 0 {
				continue
			}
			if items, index := seqIter(it); *items != itemsOf(c.seq) || *index != 0 {
				t.Fatalf("%s: items %p (want %p), index %d", typeName(it), *items, itemsOf(c.seq), *index)
			}
			for i := range 3 {
				if v, _ := object.NextFast(it); v.AsInt()%10 != int64(i) {
					t.Fatalf("%s: item %d is %d", typeName(it), i, v.AsInt())
				}
			}
			if v, _ := object.NextFast(it); !v.IsNull() {
				t.Fatalf("%s: an item after the last", typeName(it))
			}
		}
	}
}

// itemsOf returns the address of the items of list or tuple v.
func itemsOf(v object.Value) *[]object.Value {
	if l, ok := v.AsList(); ok {
		return &l.Items
	}
	return &(*object.Tuple)(v.Pointer()).Items
}

// TestZipPool checks the zip pools: their entries have object.Zip's
// layout, and hand out zips (over a few refills) that work as zip() of
// the iterators would.
func TestZipPool(t *testing.T) {
	zt := reflect.TypeOf(object.Zip{})
	et := reflect.TypeOf(zipEntry{})
	for _, name := range []string{"its", "strict"} {
		zf, _ := zt.FieldByName(name)
		ef, _ := et.FieldByName(name)
		if zf.Offset != ef.Offset || zf.Type != ef.Type {
			t.Fatalf("zip entry field %s at %d (%v), object.Zip's at %d (%v)", name, ef.Offset, ef.Type, zf.Offset, zf.Type)
		}
	}
	l := object.NewList([]object.Value{object.Int(10), object.Int(11), object.Int(12)})
	tu := object.NewTuple(object.Int(20), object.Int(21))
	for n := range 3*object.InstancePoolSize + 1 {
		its := []object.Value{newSeqIter(l.AsValue()), newSeqIter(tu.AsValue())}[:1+n%2]
		z := pooledZip(its)
		if z.Type() != object.ZipType {
			t.Fatalf("zip %d is a %s", n, typeName(z))
		}
		for i := range 2 {
			v, err := object.Next(nil, z)
			if err != nil || v.IsNull() {
				t.Fatalf("zip %d: no item %d (%v)", n, i, err)
			}
			items := (*object.Tuple)(v.Pointer()).Items
			if len(items) != len(its) || items[0].AsInt() != int64(10+i) || len(items) == 2 && items[1].AsInt() != int64(20+i) {
				t.Fatalf("zip %d: item %d is %v", n, i, items)
			}
		}
		if v, _ := object.Next(nil, z); len(its) == 2 && !v.IsNull() {
			t.Fatalf("zip %d: an item after the shorter iterator's last", n)
		}
	}
}

// TestEnumPool checks that the enumerate pool hands out (over a few
// refills) enumerates that count from 0 over the iterator given.
func TestEnumPool(t *testing.T) {
	l := object.NewList([]object.Value{object.Int(10), object.Int(11)})
	for n := range 3*object.InstancePoolSize + 1 {
		e := pooledEnum(newSeqIter(l.AsValue()))
		if e.Type() != object.EnumerateType {
			t.Fatalf("enumerate %d is a %s", n, typeName(e))
		}
		for i := range 2 {
			v, err := object.Next(nil, e)
			if err != nil || v.IsNull() {
				t.Fatalf("enumerate %d: no item %d (%v)", n, i, err)
			}
			if items := (*object.Tuple)(v.Pointer()).Items; items[0].AsInt() != int64(i) || items[1].AsInt() != int64(10+i) {
				t.Fatalf("enumerate %d: item %d is %v", n, i, items)
			}
		}
		if v, _ := object.Next(nil, e); !v.IsNull() {
			t.Fatalf("enumerate %d: an item after the last", n)
		}
	}
}

package jit

import (
	"testing"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// TestDictVersionOffset checks that the words the version and key-set
// guards read are the ones Dict.Version and Dict.KeysVersion return,
// before and after mutations, and that object.VersionCounter is the word
// the next version is drawn from.
func TestDictVersionOffset(t *testing.T) {
	d := object.NewDict()
	k := object.Intern("k")
	for i := range 4 {
		if got := *(*uint64)(unsafe.Add(unsafe.Pointer(d), dictVersionOffset)); got != d.Version() {
			t.Fatalf("step %d: word at the offset is %d, Version() is %d", i, got, d.Version())
		}
		if got := *(*uint64)(unsafe.Add(unsafe.Pointer(d), dictKeysVersionOffset)); got != d.KeysVersion() {
			t.Fatalf("step %d: word at the offset is %d, KeysVersion() is %d", i, got, d.KeysVersion())
		}
		d.SetStr(k, object.Int(int64(i)))
		if c := *object.VersionCounter(); c != d.Version() {
			t.Fatalf("step %d: counter %d after a mutation that set version %d", i, c, d.Version())
		}
	}
}

// TestStrValueAddr checks that an entry's address holds its value, stays
// while only values change, and that absent keys have none.
func TestStrValueAddr(t *testing.T) {
	d := object.NewDict()
	a, b := object.Intern("a"), object.Intern("b")
	d.SetStr(a, object.Int(1))
	addr := d.StrValueAddr(a)
	if addr == nil || *addr != object.Int(1) || d.StrValueAddr(b) != nil {
		t.Fatal("StrValueAddr: wrong entry")
	}
	kv := d.KeysVersion()
	d.SetStr(a, object.Float(2.5))
	if d.KeysVersion() != kv || d.StrValueAddr(a) != addr || *addr != object.Float(2.5) {
		t.Fatal("a value store moved the entry or changed the key set")
	}
	d.SetStr(b, object.Int(3))
	if d.KeysVersion() == kv {
		t.Fatal("adding a key kept keysVersion")
	}
}

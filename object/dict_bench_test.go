package object

import (
	"strconv"
	"testing"
)

// Benchmarks of the dict paths interpreter-bound programs spend their time
// in: keys equal to a stored one but not identical to it (a tuple or str
// built anew), tuple hashing, and small dicts built, copied and merged.

// equalTwins returns n distinct keys made by mk and, for each, a second
// equal but distinct object.
func equalTwins(n int, mk func(i int) Value) (keys, twins []Value) {
	for i := range n {
		keys = append(keys, mk(i))
		twins = append(twins, mk(i))
	}
	return keys, twins
}

func benchmarkDictGetTwin(b *testing.B, mk func(i int) Value) {
	th := &Thread{}
	keys, twins := equalTwins(64, mk)
	d := NewDict()
	for _, k := range keys {
		if err := d.SetItem(th, k, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, ok, err := d.GetItem(th, twins[i%len(twins)]); !ok || err != nil {
			b.Fatal("missing", err)
		}
	}
}

func pairKey(i int) Value { return NewTuple(Int(int64(i%8)), Int(int64(i/8))).AsValue() }

func BenchmarkDictGetTupleTwin(b *testing.B) { benchmarkDictGetTwin(b, pairKey) }

func BenchmarkDictGetStrTwin(b *testing.B) {
	benchmarkDictGetTwin(b, func(i int) Value { return NewStr("key" + strconv.Itoa(i)).AsValue() })
}

func BenchmarkTupleHash(b *testing.B) {
	th := &Thread{}
	keys := []Value{
		pairKey(11),
		NewTuple(StrValue("x"), Int(5), NewTuple(Int(1), Int(-1)).AsValue()).AsValue(),
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, err := Hash(th, keys[i&1]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDictBuildSmall makes a dict of five items, as a small instance
// or JSON object is made.
func BenchmarkDictBuildSmall(b *testing.B) {
	th := &Thread{}
	keys := benchKeys(5, true)
	b.ReportAllocs()
	for range b.N {
		d := NewDict()
		for _, k := range keys {
			if err := d.SetItem(th, k, k); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDictCopyAndAdd is dict(d) followed by an insertion.
func BenchmarkDictCopyAndAdd(b *testing.B) {
	th := &Thread{}
	src := NewDict()
	for _, k := range benchKeys(9, false) {
		if err := src.SetItem(th, k, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for range b.N {
		d := NewDict()
		if err := DictUpdate(th, d, src.AsValue()); err != nil {
			b.Fatal(err)
		}
		if err := d.SetItem(th, Int(-1), None); err != nil {
			b.Fatal(err)
		}
	}
}

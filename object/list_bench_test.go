package object

import (
	"strconv"
	"testing"
)

func BenchmarkListAppend(b *testing.B) {
	l := NewList(make([]Value, 0, 1024))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if len(l.Items) == cap(l.Items) {
			l.Items = l.Items[:0]
		}
		l.Append(Int(int64(i)))
	}
}

func BenchmarkListIndex(b *testing.B) {
	th := &Thread{}
	l := NewList(make([]Value, 100)).AsValue()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := GetItem(th, l, Int(int64(i%100-50))); err != nil {
			b.Fatal(err)
		}
	}
}

func benchKeys(n int, str bool) []Value {
	keys := make([]Value, n)
	for i := range keys {
		if str {
			keys[i] = StrValue("key" + strconv.Itoa(i))
		} else {
			keys[i] = Int(int64(i * 7))
		}
	}
	return keys
}

func benchmarkDictGet(b *testing.B, str bool) {
	th := &Thread{}
	d := NewDict()
	keys := benchKeys(1000, str)
	for _, k := range keys {
		d.SetItem(th, k, k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, err := d.GetItem(th, keys[i%len(keys)]); !ok || err != nil {
			b.Fatal("missing")
		}
	}
}

func BenchmarkDictGetStr(b *testing.B) { benchmarkDictGet(b, true) }
func BenchmarkDictGetInt(b *testing.B) { benchmarkDictGet(b, false) }

func BenchmarkDictGetStrFast(b *testing.B) {
	d := NewDict()
	keys := benchKeys(100, true)
	for _, k := range keys {
		d.SetStr((*Str)(k.p), k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := d.GetStr((*Str)(keys[i%len(keys)].p)); !ok {
			b.Fatal("missing")
		}
	}
}

func benchmarkDictSet(b *testing.B, str bool) {
	th := &Thread{}
	d := NewDict()
	keys := benchKeys(1000, str)
	for _, k := range keys {
		d.SetItem(th, k, k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := d.SetItem(th, keys[i%len(keys)], Int(int64(i))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDictSetStr(b *testing.B) { benchmarkDictSet(b, true) }
func BenchmarkDictSetInt(b *testing.B) { benchmarkDictSet(b, false) }

func BenchmarkSetAddContains(b *testing.B) {
	th := &Thread{}
	s := NewSet()
	keys := benchKeys(1000, false)
	for _, k := range keys {
		s.Add(th, k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := keys[i%len(keys)]
		if err := s.Add(th, k); err != nil {
			b.Fatal(err)
		}
		if in, _ := s.Contains(th, k); !in {
			b.Fatal("missing")
		}
	}
}

func BenchmarkRangeIter(b *testing.B) {
	th := &Thread{}
	it, _ := Iter(th, NewRange(0, int64(b.N), 1).AsValue())
	b.ReportAllocs()
	b.ResetTimer()
	var sum int64
	for {
		x, _ := Next(th, it)
		if x.IsNull() {
			break
		}
		sum += x.AsInt()
	}
	_ = sum
}

func BenchmarkListSortInts(b *testing.B) {
	th := &Thread{}
	base := make([]Value, 1000)
	for i := range base {
		base[i] = Int(int64((i * 7919) % 1000))
	}
	l := NewList(make([]Value, len(base)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		copy(l.Items, base)
		if err := ListSort(th, l, Null, false); err != nil {
			b.Fatal(err)
		}
	}
}

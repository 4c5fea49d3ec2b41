package object

import (
	"strings"
	"testing"
)

var (
	benchA    = NewStr(strings.Repeat("hello world ", 20))
	benchB    = NewStr(strings.Repeat("hello world ", 20))
	benchSub  = NewStr("world x")
	benchSep  = Intern(" ")
	benchWide = NewStr(strings.Repeat("héllo wörld ", 20))
)

func BenchmarkStrEqual(b *testing.B) {
	for b.Loop() {
		StrEqual(benchA, benchB)
	}
}

func BenchmarkStrCompareSlot(b *testing.B) {
	th := &Thread{}
	x, y := benchA.AsValue(), benchB.AsValue()
	for b.Loop() {
		RichCompare(th, x, y, CmpLT)
	}
}

func BenchmarkStrConcat(b *testing.B) {
	for b.Loop() {
		StrConcat(benchA, benchSub)
	}
}

func BenchmarkStrFind(b *testing.B) {
	for b.Loop() {
		benchA.Find(benchSub)
	}
}

func BenchmarkStrIndexASCII(b *testing.B) {
	th := &Thread{}
	v := benchA.AsValue()
	for b.Loop() {
		GetItem(th, v, Int(100))
	}
}

func BenchmarkStrIndexNonASCII(b *testing.B) {
	th := &Thread{}
	v := benchWide.AsValue()
	for b.Loop() {
		GetItem(th, v, Int(200))
	}
}

func BenchmarkStrSlice(b *testing.B) {
	for b.Loop() {
		benchWide.Slice(10, 200)
	}
}

func BenchmarkStrSplit(b *testing.B) {
	th := &Thread{}
	m, _ := GetAttr(th, benchA.AsValue(), Intern("split"))
	for b.Loop() {
		Call(th, m, nil, nil)
	}
}

func BenchmarkStrSplitSep(b *testing.B) {
	th := &Thread{}
	line := NewStr("  Kalomi , RENSA,oslo ,42, 9001  ").AsValue()
	m, _ := GetAttr(th, line, Intern("split"))
	args := []Value{StrValue(",")}
	b.ReportAllocs()
	for b.Loop() {
		Call(th, m, args, nil)
	}
}

func BenchmarkStrUpper(b *testing.B) {
	th := &Thread{}
	m, _ := GetAttr(th, benchSub.AsValue(), Intern("upper"))
	b.ReportAllocs()
	for b.Loop() {
		Call(th, m, nil, nil)
	}
}

// BenchmarkStrHashFresh hashes a str made anew, as a dict lookup with a
// key just sliced or read does.
func BenchmarkStrHashFresh(b *testing.B) {
	text := "GGTATTTTAATT"
	b.ReportAllocs()
	for b.Loop() {
		newStrLen(text, len(text)).Hash()
	}
}

func BenchmarkStrJoin(b *testing.B) {
	th := &Thread{}
	items := make([]Value, 50)
	for i := range items {
		items[i] = benchSub.AsValue()
	}
	l := NewList(items).AsValue()
	for b.Loop() {
		StrJoin(th, benchSep, l)
	}
}

// TestStrFastPathsDoNotAllocate guards the allocation-free operations.
func TestStrFastPathsDoNotAllocate(t *testing.T) {
	th := &Thread{}
	x, y := benchA.AsValue(), benchB.AsValue()
	benchWide.offset(1) // build the index outside the measurement
	for name, f := range map[string]func(){
		"==":              func() { StrEqual(benchA, benchB) },
		"<":               func() { RichCompare(th, x, y, CmpLT) },
		"find":            func() { benchA.Find(benchSub) },
		"index ascii":     func() { GetItem(th, x, Int(100)) },
		"index non-ascii": func() { GetItem(th, benchWide.AsValue(), Int(3)) },
		"in":              func() { Contains(th, x, benchSub.AsValue()) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations", name, n)
		}
	}
}

package object

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPrefixOrder checks the contract of key prefixes on random and edge
// values of each kind: differing prefixes order as the values do, and equal
// prefixes that decide mean equal values.
func TestPrefixOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	ints := []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 40, -(1 << 40)}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64,
		-math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, 0.5, 2.5}
	strs := []string{"", "a", "a\x00", "ab", "abcdefg", "abcdefg\x00", "abcdefgh", "abcdefgi", "abcdefghi",
		"b", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "zzzzzzzzzz"}
	for range 300 {
		ints = append(ints, rng.Int64N(2000)-1000, int64(rng.Uint64()))
		floats = append(floats, rng.NormFloat64()*1e3, math.Float64frombits(rng.Uint64()))
		b := make([]byte, rng.IntN(10))
		for i := range b {
			b[i] = "ab\x00z"[rng.IntN(4)]
		}
		strs = append(strs, string(b))
	}
	var vals [][]Value
	var row []Value
	for _, i := range ints {
		row = append(row, Int(i))
	}
	vals = append(vals, row)
	row = nil
	for _, f := range floats {
		if !math.IsNaN(f) {
			row = append(row, Float(f))
		}
	}
	vals = append(vals, row)
	row = nil
	for _, s := range strs {
		row = append(row, StrValue(s))
	}
	vals = append(vals, row)
	th := &Thread{}
	for _, vs := range vals {
		k := prefixKindOf(vs[0])
		for _, a := range vs {
			for _, b := range vs {
				if prefixKindOf(a) != k || prefixKindOf(b) != k {
					t.Fatalf("mixed kinds in %v, %v", a, b)
				}
				lt, err := RichCompare(th, a, b, CmpLT)
				if err != nil {
					t.Fatal(err)
				}
				eq, err := Equal(th, a, b)
				if err != nil {
					t.Fatal(err)
				}
				pa, pb := prefixOf(a, k), prefixOf(b, k)
				switch {
				case pa != pb && (pa < pb) != (lt == True):
					t.Errorf("prefixes of %s and %s order them wrongly", reprOf(a), reprOf(b))
				case pa == pb && prefixDecides(pa, k) && !eq:
					t.Errorf("equal deciding prefixes for %s and %s", reprOf(a), reprOf(b))
				}
			}
		}
	}
}

func reprOf(v Value) string {
	r, err := Repr(&Thread{}, v)
	if err != nil {
		return err.Error()
	}
	return r.String()
}

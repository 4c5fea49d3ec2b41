package object

import (
	"math/big"
	"math/rand/v2"
	"runtime"
	"testing"
)

// TestBigFloorDivModShort checks the one-word-quotient division against
// math/big's long division on operands around its limits: quotients near
// 0 and near 2**62, divisors of two words and more, every sign, and exact
// divisions.
func TestBigFloorDivModShort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func(nbits int) *big.Int {
		x := new(big.Int)
		for x.BitLen() < nbits {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(rng.Uint64()))
		}
		x.Rsh(x, uint(x.BitLen()-nbits))
		if rng.IntN(4) == 0 { // long runs of ones and zeros
			x.SetBit(x, nbits-1, 1)
			for i := range nbits / 2 {
				x.SetBit(x, i, uint(rng.IntN(2)*rng.IntN(2)))
			}
		}
		return x
	}
	short := 0
	for range 20000 {
		bbits := 65 + rng.IntN(400)
		abits := max(1, bbits+rng.IntN(70)-5)
		a, b := random(abits), random(bbits)
		if rng.IntN(8) == 0 {
			a.Mul(b, big.NewInt(rng.Int64N(1<<40))) // exact
		}
		if rng.IntN(2) == 0 {
			a.Neg(a)
		}
		if rng.IntN(2) == 0 {
			b.Neg(b)
		}
		q, r, ok := bigFloorDivModShort(a, b)
		if !ok {
			continue
		}
		short++
		wq, wr := bigFloorDivMod(a, b)
		gq, _ := AsBigInt(q)
		gr, _ := AsBigInt(r)
		if gq.Cmp(&wq.V) != 0 || gr.Cmp(&wr.V) != 0 {
			t.Fatalf("divmod(%v, %v) = %v, %v; want %v, %v", a, b, gq, gr, &wq.V, &wr.V)
		}
	}
	if short < 10000 {
		t.Fatalf("only %d divisions took the short path", short)
	}
}

// TestBigResultsOnDirtyMemory checks the big-int slots, whose results are
// allocated without zeroing, against math/big computing into fresh
// values, for operands from one word to past the Karatsuba threshold,
// with the heap first filled with garbage for the allocator to reuse.
func TestBigResultsOnDirtyMemory(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	junk := make([][]big.Word, 64)
	for i := range junk {
		junk[i] = make([]big.Word, 64<<(i%8))
		for j := range junk[i] {
			junk[i][j] = ^big.Word(0)
		}
	}
	junk = nil
	runtime.GC()
	random := func() *big.Int {
		x := new(big.Int)
		for range 1 + rng.IntN(300) {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(rng.Uint64()))
		}
		if rng.IntN(2) == 0 {
			x.Neg(x)
		}
		return x
	}
	ops := []struct {
		op   Operator
		want func(z, a, b *big.Int) *big.Int
	}{
		{OpAdd, (*big.Int).Add}, {OpSub, (*big.Int).Sub}, {OpMul, (*big.Int).Mul},
		{OpAnd, (*big.Int).And}, {OpOr, (*big.Int).Or}, {OpXor, (*big.Int).Xor},
	}
	th := &Thread{}
	for range 400 {
		a, b := random(), random()
		for _, o := range ops {
			got, err := IntType.Binary[o.op](th, IntFromBig(new(big.Int).Set(a)), IntFromBig(new(big.Int).Set(b)))
			if err != nil {
				t.Fatal(err)
			}
			g, _ := AsBigInt(got)
			if w := o.want(new(big.Int), a, b); g.Cmp(w) != 0 {
				t.Fatalf("op %d of %d- and %d-word operands: got %v, want %v", o.op, len(a.Bits()), len(b.Bits()), g, w)
			}
		}
	}
}

package object

import (
	"math/big"
	"testing"
)

// Benchmarks of big-int arithmetic as spigot programs (pidigits) do it:
// numbers of thousands of words multiplied by small ints, added, and
// divided for a one-digit quotient.

// spigotInt returns a big int of about words words.
func spigotInt(words int) Value {
	x := new(big.Int).Lsh(big.NewInt(0x5DEECE66D), uint(64*words-40))
	return IntFromBig(x.Add(x, big.NewInt(12345)))
}

func benchmarkIntOp(b *testing.B, op Operator, x, y Value) {
	th := &Thread{}
	slot := IntType.Binary[op]
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := slot(th, x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBigMulSmall(b *testing.B) { benchmarkIntOp(b, OpMul, spigotInt(1000), Int(12347)) }

func BenchmarkBigAdd(b *testing.B) { benchmarkIntOp(b, OpAdd, spigotInt(1000), spigotInt(999)) }

func BenchmarkBigDivModDigit(b *testing.B) {
	den := spigotInt(1000)
	num, _ := IntType.Binary[OpMul](nil, den, Int(7))
	num, _ = IntType.Binary[OpAdd](nil, num, spigotInt(600))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := DivMod(nil, num, den); err != nil {
			b.Fatal(err)
		}
	}
}

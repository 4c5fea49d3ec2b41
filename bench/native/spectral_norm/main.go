// Command spectral_norm is the native twin of programs/spectral_norm.py: the
// same power method with the same floating-point operations in the same
// order, printing byte-identical output. Products that feed an addition are
// wrapped in float64() conversions so the compiler cannot fuse them.
//
// Usage: spectral_norm N
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// timesA sets out = A v, where A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).
func timesA(v, out []float64) {
	for i := range v {
		s := 0.0
		for j, vj := range v {
			ij := i + j
			s += vj / float64(ij*(ij+1)/2+i+1)
		}
		out[i] = s
	}
}

// timesAt sets out = A^T v.
func timesAt(v, out []float64) {
	for i := range v {
		s := 0.0
		for j, vj := range v {
			ij := i + j
			s += vj / float64(ij*(ij+1)/2+j+1)
		}
		out[i] = s
	}
}

func timesAtA(v, out, tmp []float64) {
	timesA(v, tmp)
	timesAt(tmp, out)
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: spectral_norm N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "spectral_norm:", err)
		os.Exit(2)
	}
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for range 10 {
		timesAtA(u, v, tmp)
		timesAtA(v, u, tmp)
	}
	var vBv, vv float64
	for i := range u {
		vBv += float64(u[i] * v[i])
		vv += float64(v[i] * v[i])
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}

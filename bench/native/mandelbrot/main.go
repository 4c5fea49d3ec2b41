// Command mandelbrot is the native twin of programs/mandelbrot.py: the same
// escape-time test on the same grid, the same bit packing and hash, printing
// byte-identical output. Products that feed an addition are wrapped in
// float64() conversions so the compiler cannot fuse them.
//
// Usage: mandelbrot N
package main

import (
	"fmt"
	"os"
	"strconv"
)

const maxIter = 50

func escapes(cr, ci float64) bool {
	zr, zi := 0.0, 0.0
	for range maxIter {
		zr, zi = float64(zr*zr)-float64(zi*zi)+cr, float64(2.0*zr*zi)+ci
		if float64(zr*zr)+float64(zi*zi) > 4.0 {
			return true
		}
	}
	return false
}

func render(n int) (inside int, digest uint32) {
	for y := range n {
		ci := 2.0*float64(y)/float64(n) - 1.0
		b, bits := uint32(0), 0
		for x := range n {
			cr := 2.0*float64(x)/float64(n) - 1.5
			b <<= 1
			if !escapes(cr, ci) {
				b |= 1
				inside++
			}
			bits++
			if bits == 8 {
				digest = digest*31 + b
				b, bits = 0, 0
			}
		}
		if bits != 0 {
			digest = digest*31 + b<<(8-bits)
		}
	}
	return inside, digest
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mandelbrot N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "mandelbrot:", err)
		os.Exit(2)
	}
	inside, digest := render(n)
	fmt.Printf("inside %d\n", inside)
	fmt.Printf("digest %08x\n", digest)
}

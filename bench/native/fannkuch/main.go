// Command fannkuch is the native twin of programs/fannkuch.py: pancake flips
// over the permutations of 0..n-1 in the same order, printing the same
// alternating-sign checksum and maximum flip count.
//
// Usage: fannkuch N
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm1 := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	perm := make([]int, n)
	count := make([]int, n)
	even := true
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		if first := perm1[0]; first != 0 {
			copy(perm, perm1)
			flips := 0
			for first != 0 {
				for i, j := 0, first; i < j; i, j = i+1, j-1 {
					perm[i], perm[j] = perm[j], perm[i]
				}
				flips++
				first = perm[0]
			}
			maxFlips = max(maxFlips, flips)
			if even {
				checksum += flips
			} else {
				checksum -= flips
			}
		}
		even = !even
		// Advance to the next permutation by rotating prefixes.
		for {
			if r == n {
				return checksum, maxFlips
			}
			head := perm1[0]
			copy(perm1[:r], perm1[1:r+1])
			perm1[r] = head
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fannkuch N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "fannkuch: bad N:", os.Args[1])
		os.Exit(2)
	}
	checksum, maxFlips := fannkuch(n)
	fmt.Println(checksum)
	fmt.Printf("Pfannkuchen(%d) = %d\n", n, maxFlips)
}

// seq.go: choice, shuffle, sample and choices of random.py, on indices.

package mt19937

import (
	"math"
	"math/big"
)

// Choice returns the index choice(seq) picks from a sequence of length n.
func (r *Random) Choice(n int) (int, error) {
	if n <= 0 {
		return 0, &Error{IndexError, "Cannot choose from an empty sequence"}
	}
	return int(r.Below(uint64(n))), nil
}

// Shuffle is shuffle(x) for a sequence of length n: it calls swap(i, j) for
// each exchange x[i], x[j] = x[j], x[i], in CPython's order.
func (r *Random) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i >= 1; i-- {
		swap(i, int(r.Below(uint64(i+1))))
	}
}

// Sample returns the indices sample(population, k) picks from a sequence
// of length n, in selection order. log must be the C library's log: the
// choice between CPython's two algorithms depends on log(3k)/log(4).
func (r *Random) Sample(n, k int, mf Math) ([]int, error) {
	if k < 0 || k > n {
		return nil, &Error{ValueError, "Sample larger than population or is negative"}
	}
	result := make([]int, k)
	setsize := 21
	if k > 5 {
		// math.log(k*3, 4) divides two logs; the int k*3 converts exactly.
		e := math.Ceil(mf.Log(float64(k*3)) / mf.Log(4))
		if e >= 31 {
			setsize = math.MaxInt // 4**e does not fit: no n exceeds it
		} else {
			setsize += 1 << (2 * int(e))
		}
	}
	if n <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := range k {
			j := int(r.Below(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]struct{}, k)
	for i := range k {
		j := int(r.Below(uint64(n)))
		for {
			if _, dup := selected[j]; !dup {
				break
			}
			j = int(r.Below(uint64(n)))
		}
		selected[j] = struct{}{}
		result[i] = j
	}
	return result, nil
}

// SampleCounts is sample(population, k, counts=counts) for a population of
// len(counts) items: it returns indices into the population. The caller
// checks that counts are ints and as many as the items.
func (r *Random) SampleCounts(counts []int64, k int, mf Math) ([]int, error) {
	if len(counts) == 0 {
		return nil, &Error{IndexError, "pop from empty list"}
	}
	cum := make([]*big.Int, len(counts))
	total := new(big.Int)
	for i, c := range counts {
		total.Add(total, big.NewInt(c))
		cum[i] = new(big.Int).Set(total)
	}
	cum = cum[:len(cum)-1]
	if total.Sign() <= 0 {
		return nil, &Error{ValueError, "Total of counts must be greater than zero"}
	}
	if !total.IsInt64() || total.Int64() > math.MaxInt {
		return nil, &Error{OverflowError, "Python int too large to convert to C ssize_t"}
	}
	sel, err := r.Sample(int(total.Int64()), k, mf)
	if err != nil {
		return nil, err
	}
	var s big.Int
	for i, v := range sel {
		s.SetInt64(int64(v))
		// bisect_right(cum, v)
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			if s.Cmp(cum[mid]) < 0 {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		sel[i] = lo
	}
	return sel, nil
}

// Choices is choices(population, k=k) without weights for a population of
// length n: it returns k indices, each floor(random() * n). The caller
// indexes its sequence with them (an empty population raises IndexError
// there, as in CPython, unless k is 0).
func (r *Random) Choices(n, k int) []int {
	fn := float64(n)
	out := make([]int, k)
	for i := range out {
		out[i] = int(math.Floor(r.Random() * fn))
	}
	return out
}

// ChoicesCum is choices(population, cum_weights=cum, k=k) for a population
// of len(cum) items, with cum the cumulative weights as floats (for
// weights=w the caller accumulates w first, as itertools.accumulate does).
// Integer weights whose sums exceed 2**53 need exact comparisons this
// float64 version cannot make.
func (r *Random) ChoicesCum(cum []float64, k int) ([]int, error) {
	if len(cum) == 0 {
		return nil, &Error{IndexError, "list index out of range"}
	}
	total := cum[len(cum)-1] + 0.0
	if !(total > 0.0) && !math.IsNaN(total) {
		return nil, &Error{ValueError, "Total of weights must be greater than zero"}
	}
	if math.IsNaN(total) || math.IsInf(total, 0) {
		return nil, &Error{ValueError, "Total of weights must be finite"}
	}
	hi := len(cum) - 1
	out := make([]int, k)
	for i := range out {
		x := r.Random() * total
		// bisect_right(cum, x, 0, hi)
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if x < cum[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		out[i] = lo
	}
	return out, nil
}

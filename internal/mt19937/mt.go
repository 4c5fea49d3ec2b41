// mt.go: the generator core of CPython's _random module.

package mt19937

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
	"math/bits"
	"unsafe"
)

// N is the number of 32-bit words in the generator state.
const N = 624

const (
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// MT is a Mersenne Twister state. The zero value is not seeded; seed it with
// one of the Seed or Init methods (CPython seeds every new generator).
type MT struct {
	state [N]uint32
	index int // next word of state to temper; N means regenerate first
}

// StateOffset and IndexOffset locate an MT's state words (uint32s) and
// its index (an int) for native code that computes Random itself (the
// JIT): it may temper words index and index+1 when index <= N-2, storing
// index+2, as Random does.
const (
	StateOffset = int64(unsafe.Offsetof(MT{}.state))
	IndexOffset = int64(unsafe.Offsetof(MT{}.index))
)

// InitGenrand seeds from one 32-bit word (the reference init_genrand).
func (g *MT) InitGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < N; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^prev>>30) + uint32(i)
	}
	g.index = N
}

// InitByArray seeds from a key of 32-bit words (the reference
// init_by_array). An empty key is treated like CPython never passes it: as
// the key {0}.
func (g *MT) InitByArray(key []uint32) {
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.InitGenrand(19650218)
	mt := &g.state
	i, j := 1, 0
	for k := max(N, len(key)); k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ (prev^prev>>30)*1664525) + key[j] + uint32(j)
		i++
		j++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := N - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ (prev^prev>>30)*1566083941) - uint32(i)
		i++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

// SeedWords seeds from the little-endian 32-bit words of a non-negative
// integer, as CPython seeds from abs(int): zero and the empty slice both
// mean the key {0}.
func (g *MT) SeedWords(words []uint32) {
	for len(words) > 1 && words[len(words)-1] == 0 {
		words = words[:len(words)-1]
	}
	g.InitByArray(words)
}

// SeedUint64 seeds from a non-negative integer below 2**64.
func (g *MT) SeedUint64(v uint64) {
	key := [2]uint32{uint32(v), uint32(v >> 32)}
	g.SeedWords(key[:])
}

// SeedBig seeds from an int: CPython uses abs(v).
func (g *MT) SeedBig(v *big.Int) {
	g.SeedWords(bigWords(v))
}

// SeedOS seeds from N words of the operating system's random source, as
// CPython does for seed(None).
func (g *MT) SeedOS() {
	var b [4 * N]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("BUG: crypto/rand failed: " + err.Error())
	}
	var key [N]uint32
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	g.InitByArray(key[:])
}

// bigWords returns the little-endian 32-bit words of abs(v).
func bigWords(v *big.Int) []uint32 {
	ws := v.Bits()
	out := make([]uint32, 0, len(ws)*bits.UintSize/32)
	for _, w := range ws {
		for s := 0; s < bits.UintSize; s += 32 {
			out = append(out, uint32(uint64(w)>>s))
		}
	}
	return out
}

func (g *MT) regenerate() {
	mt := &g.state
	mix := func(a, b, far uint32) uint32 {
		y := a&upperMask | b&lowerMask
		return far ^ y>>1 ^ (y&1)*matrixA
	}
	for k := 0; k < N-m; k++ {
		mt[k] = mix(mt[k], mt[k+1], mt[k+m])
	}
	for k := N - m; k < N-1; k++ {
		mt[k] = mix(mt[k], mt[k+1], mt[k+m-N])
	}
	mt[N-1] = mix(mt[N-1], mt[0], mt[m-1])
	g.index = 0
}

// Uint32 returns the next 32-bit output (genrand_uint32).
func (g *MT) Uint32() uint32 {
	if g.index >= N {
		g.regenerate()
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	return y ^ y>>18
}

// Random returns random.random(): a float in [0, 1) with 53 random bits.
func (g *MT) Random() float64 {
	a := g.Uint32() >> 5
	b := g.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Bits64 returns getrandbits(k) for 0 <= k <= 64.
func (g *MT) Bits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(g.Uint32() >> (32 - k))
	case k <= 64:
		lo := uint64(g.Uint32())
		return uint64(g.Uint32()>>(64-k))<<32 | lo
	}
	panic("BUG: mt19937.Bits64: k out of range")
}

// BitsBig returns getrandbits(k) for any k >= 0: words are drawn least
// significant first, and the last one keeps its top bits.
func (g *MT) BitsBig(k int) *big.Int {
	if k <= 64 {
		return new(big.Int).SetUint64(g.Bits64(k))
	}
	words := make([]big.Word, (k+bits.UintSize-1)/bits.UintSize)
	for i := 0; k > 0; i++ {
		r := g.Uint32()
		if k < 32 {
			r >>= 32 - k
		}
		words[i*32/bits.UintSize] |= big.Word(r) << (i * 32 % bits.UintSize)
		k -= 32
	}
	return new(big.Int).SetBits(words)
}

// Bytes fills b as random.randbytes(len(b)) does: the little-endian bytes
// of getrandbits(8*len(b)).
func (g *MT) Bytes(b []byte) {
	for len(b) >= 4 {
		binary.LittleEndian.PutUint32(b, g.Uint32())
		b = b[4:]
	}
	if len(b) > 0 {
		r := g.Uint32() >> (32 - 8*len(b))
		for i := range b {
			b[i] = byte(r >> (8 * i))
		}
	}
}

// State returns getstate() of the C generator: the N words and the index,
// which CPython reports as a tuple of N+1 ints.
func (g *MT) State() (words [N]uint32, index int) {
	return g.state, g.index
}

// SetState restores a state from State, failing like CPython's setstate for
// an index outside [0, N].
func (g *MT) SetState(words *[N]uint32, index int64) error {
	if index < 0 || index > N {
		return &Error{ValueError, "invalid state"}
	}
	g.state = *words
	g.index = int(index)
	return nil
}

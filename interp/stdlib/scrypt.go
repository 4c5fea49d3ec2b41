// scrypt.go: hashlib.scrypt (_hashlib.scrypt), the memory-hard key
// derivation function of RFC 7914, with the parameter checks and messages
// of CPython 3.11 over OpenSSL (whose default memory limit is 32 MiB).

package stdlib

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/adderpy/adder/object"
)

const scryptDefaultMaxMem = 32 << 20

// salsa208 applies the Salsa20/8 core to the 16 words of b in place.
func salsa208(b *[16]uint32) {
	x := *b
	quarter := func(a, b, c, d int) {
		x[b] ^= bits.RotateLeft32(x[a]+x[d], 7)
		x[c] ^= bits.RotateLeft32(x[b]+x[a], 9)
		x[d] ^= bits.RotateLeft32(x[c]+x[b], 13)
		x[a] ^= bits.RotateLeft32(x[d]+x[c], 18)
	}
	for range 4 { // 8 rounds: 4 double rounds
		quarter(0, 4, 8, 12)
		quarter(5, 9, 13, 1)
		quarter(10, 14, 2, 6)
		quarter(15, 3, 7, 11)
		quarter(0, 1, 2, 3)
		quarter(5, 6, 7, 4)
		quarter(10, 11, 8, 9)
		quarter(15, 12, 13, 14)
	}
	for i := range b {
		b[i] += x[i]
	}
}

// blockMix is scryptBlockMix on 2r 64-byte blocks held as words: in is
// read, out receives the even blocks then the odd ones.
func blockMix(in, out []uint32, r int) {
	var x [16]uint32
	copy(x[:], in[(2*r-1)*16:])
	for i := range 2 * r {
		for k := range x {
			x[k] ^= in[i*16+k]
		}
		salsa208(&x)
		dst := (i/2 + (i%2)*r) * 16
		copy(out[dst:dst+16], x[:])
	}
}

// roMix is scryptROMix on one 128r-byte block b, with n work blocks.
func roMix(b []byte, r, n int) {
	words := 32 * r
	x := make([]uint32, words)
	y := make([]uint32, words)
	v := make([]uint32, words*n)
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	for i := range n {
		copy(v[i*words:], x)
		blockMix(x, y, r)
		x, y = y, x
	}
	for range n {
		j := int(uint64(x[(2*r-1)*16])|uint64(x[(2*r-1)*16+1])<<32) & (n - 1)
		for k := range x {
			x[k] ^= v[j*words+k]
		}
		blockMix(x, y, r)
		x, y = y, x
	}
	for i, w := range x {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
}

func scrypt(password, salt []byte, n, r, p, dklen int) []byte {
	b, _ := pbkdf2.Key(sha256.New, string(password), salt, 1, p*128*r)
	for i := range p {
		roMix(b[i*128*r:(i+1)*128*r], r, n)
	}
	dk, _ := pbkdf2.Key(sha256.New, string(password), b, 1, dklen)
	return dk
}

func hashScrypt(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [7]object.Value
	if err := object.ParseArgs("scrypt", args, kw, []string{"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	password, err := readBuffer(a[0])
	if err != nil {
		return object.Null, err
	}
	if a[1].IsNull() {
		return object.Null, object.NewError(object.TypeError, "salt is required")
	}
	salt, err := readBuffer(a[1])
	if err != nil {
		return object.Null, err
	}
	var nrp [3]int
	for i, name := range []string{"n", "r", "p"} {
		v := a[2+i]
		if !v.IsNull() && !v.Type().IsSubtype(object.IntType) {
			return object.Null, object.Errorf(object.TypeError, "scrypt() argument '%s' must be int, not %s", name, object.ArgTypeName(v))
		}
		var u int64
		ok := false
		if !v.IsNull() {
			u, ok = object.AsInt64(v)
		}
		if !ok || u < 0 || u > math.MaxUint32 {
			return object.Null, object.Errorf(object.TypeError, "%s is required and must be an unsigned int", name)
		}
		nrp[i] = int(u)
	}
	n, r, p := nrp[0], nrp[1], nrp[2]
	if n < 2 || n&(n-1) != 0 {
		return object.Null, object.NewError(object.ValueError, "n must be a power of 2.")
	}
	maxmem, dklen := 0, 64
	if !a[5].IsNull() {
		if maxmem, err = object.IndexInt(t, a[5]); err != nil {
			return object.Null, err
		}
		if maxmem < 0 || maxmem > math.MaxInt32 {
			return object.Null, object.Errorf(object.ValueError, "maxmem must be positive and smaller than %d", math.MaxInt32)
		}
	}
	if !a[6].IsNull() {
		if dklen, err = object.IndexInt(t, a[6]); err != nil {
			return object.Null, err
		}
		if dklen < 1 || dklen > math.MaxInt32 {
			return object.Null, object.Errorf(object.ValueError, "dklen must be greater than 0 and smaller than %d", math.MaxInt32)
		}
	}
	// The parameter limits OpenSSL enforces.
	if r == 0 || p == 0 || (16*r <= 63 && uint64(n) >= 1<<(16*r)) || uint64(p)*uint64(r) > 1<<30-1 {
		return object.Null, object.NewError(object.ValueError, "Invalid parameter combination for n, r, p, maxmem.")
	}
	if maxmem == 0 {
		maxmem = scryptDefaultMaxMem
	}
	if need := uint64(p)*128*uint64(r) + 128*uint64(r)*(uint64(n)+2); need > uint64(maxmem) {
		return object.Null, object.NewError(object.ValueError, "[digital envelope routines] memory limit exceeded")
	}
	var dk []byte
	threadOf(t).Unlocked(func() { dk = scrypt(password, salt, n, r, p, dklen) })
	return object.NewBytes(dk), nil
}

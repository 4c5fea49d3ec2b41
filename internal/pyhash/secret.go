// secret.go: the SipHash key and its derivation from PYTHONHASHSEED.

package pyhash

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
)

// Secret is the process-wide key of str and bytes hashing (the first 16 bytes
// of CPython's _Py_HashSecret). The zero Secret is what PYTHONHASHSEED=0 gives.
type Secret struct {
	k0, k1 uint64
}

// SecretFromSeed returns the key CPython derives from PYTHONHASHSEED=seed.
// Seed 0 disables randomization (all-zero key); any other seed drives the
// MSVC-style linear congruential generator that fills _Py_HashSecret, one
// byte per step.
func SecretFromSeed(seed uint32) Secret {
	if seed == 0 {
		return Secret{}
	}
	var key [16]byte
	x := seed
	for i := range key {
		x = x*214013 + 2531011
		key[i] = byte(x >> 16)
	}
	return Secret{binary.LittleEndian.Uint64(key[:8]), binary.LittleEndian.Uint64(key[8:])}
}

// RandomSecret returns a key read from the operating system's random source,
// as CPython does when PYTHONHASHSEED is unset or "random".
func RandomSecret() Secret {
	var key [16]byte
	if _, err := rand.Read(key[:]); err != nil {
		panic("BUG: crypto/rand failed: " + err.Error())
	}
	return Secret{binary.LittleEndian.Uint64(key[:8]), binary.LittleEndian.Uint64(key[8:])}
}

// ErrBadSeed is the startup error CPython reports (as a fatal error) for a
// PYTHONHASHSEED value it cannot use.
var ErrBadSeed = errors.New(`PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]`)

// ParseSeed interprets the value of the PYTHONHASHSEED environment variable.
// An empty value or "random" asks for a random key (random is true);
// otherwise the value is read like C's strtoul in base 10 (leading white
// space and a sign are allowed, nothing may follow the digits) and must lie
// in [0, 4294967295].
func ParseSeed(value string) (seed uint32, random bool, err error) {
	if value == "" || value == "random" {
		return 0, true, nil
	}
	i := 0
	for i < len(value) && isCSpace(value[i]) {
		i++
	}
	neg := false
	if i < len(value) && (value[i] == '+' || value[i] == '-') {
		neg = value[i] == '-'
		i++
	}
	start := i
	var n uint64
	for ; i < len(value) && '0' <= value[i] && value[i] <= '9'; i++ {
		n = n*10 + uint64(value[i]-'0')
		if n > 1<<32 {
			return 0, false, ErrBadSeed
		}
	}
	if i == start || i != len(value) || n > 1<<32-1 || (neg && n != 0) {
		return 0, false, ErrBadSeed
	}
	return uint32(n), false, nil
}

func isCSpace(c byte) bool {
	return c == ' ' || ('\t' <= c && c <= '\r')
}

package pyhash

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt from python3")

// A test case is one line of input to testdata/oracle.py.
type hashCase string

// goHash computes the hash of a case with this package.
func goHash(t *testing.T, s *Secret, c hashCase) int64 {
	kind, rest, _ := strings.Cut(string(c), " ")
	args := strings.Fields(rest)
	switch kind {
	case "s":
		var cps []rune
		var sb strings.Builder
		for _, a := range args {
			n, _ := strconv.ParseUint(a, 16, 32)
			cps = append(cps, rune(n))
			sb.WriteString(wtf8(rune(n)))
		}
		h := s.Runes(cps)
		if h2 := s.String(sb.String()); h2 != h {
			t.Errorf("%s: String %d != Runes %d", c, h2, h)
		}
		return h
	case "b":
		var b []byte
		for i := 0; i+1 < len(rest); i += 2 {
			n, _ := strconv.ParseUint(rest[i:i+2], 16, 8)
			b = append(b, byte(n))
		}
		return s.Bytes(b)
	case "i":
		n, _ := new(big.Int).SetString(rest, 10)
		h := BigInt(n)
		if n.IsInt64() {
			if h2 := Int(n.Int64()); h2 != h {
				t.Errorf("%s: Int %d != BigInt %d", c, h2, h)
			}
		}
		return h
	case "f":
		return Float(floatArg(args[0]))
	case "c":
		return Complex(Float(floatArg(args[0])), Float(floatArg(args[1])))
	case "r":
		num, _ := new(big.Int).SetString(args[0], 10)
		den, _ := new(big.Int).SetString(args[1], 10)
		return Rational(num, den)
	case "t", "z":
		var hs []int64
		seen := map[string]bool{}
		for _, a := range args {
			if kind == "z" && seen[a] {
				continue // a set holds each item once
			}
			seen[a] = true
			n, _ := new(big.Int).SetString(a, 10)
			hs = append(hs, BigInt(n))
		}
		if kind == "t" {
			return Tuple(hs)
		}
		return FrozenSet(hs)
	}
	t.Fatalf("bad case %q", c)
	return 0
}

func floatArg(s string) float64 {
	n, _ := strconv.ParseUint(s, 16, 64)
	return math.Float64frombits(n)
}

// wtf8 encodes r in UTF-8, surrogates included.
func wtf8(r rune) string {
	if 0xD800 <= r && r < 0xE000 {
		return string([]byte{0xED, byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}

// oracle returns CPython's hashes for cases under PYTHONHASHSEED=seed.
func oracle(t *testing.T, seed string, cases []hashCase) []int64 {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; live comparison skipped (golden tests still run)")
	}
	cmd := exec.Command(py, "testdata/oracle.py")
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED="+seed)
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(string(c) + "\n")
	}
	cmd.Stdin = strings.NewReader(in.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var hs []int64
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		h, err := strconv.ParseInt(sc.Text(), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		hs = append(hs, h)
	}
	if len(hs) != len(cases) {
		t.Fatalf("python3 answered %d of %d cases", len(hs), len(cases))
	}
	return hs
}

// genCases returns n pseudo-random cases of every kind.
func genCases(r *rand.Rand, n int) []hashCase {
	var cases []hashCase
	pick := func(xs ...rune) rune { return xs[r.IntN(len(xs))] }
	for range n {
		// str: lengths around the 8-byte word boundaries, all PEP 393 kinds.
		var sb strings.Builder
		sb.WriteString("s")
		top := pick(0x80, 0x100, 0x800, 0x10000, 0x110000)
		for range r.IntN(20) {
			c := r.Int32N(top)
			if r.IntN(3) == 0 {
				c = r.Int32N(0x80)
			}
			fmt.Fprintf(&sb, " %x", c)
		}
		cases = append(cases, hashCase(sb.String()))
		b := make([]byte, r.IntN(30))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		cases = append(cases, hashCase(fmt.Sprintf("b %x", b)))
		// int: small, around ±2**61 and ±2**64, and huge.
		nb := r.IntN(200)
		v := randBig(r, nb)
		if r.IntN(2) == 0 {
			v.Neg(v)
		}
		if r.IntN(4) == 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(int64(r.IntN(5)-2)), 61))
		}
		cases = append(cases, hashCase("i "+v.String()))
		// float: random bit patterns and values near integers.
		bits := r.Uint64()
		if r.IntN(2) == 0 {
			bits = math.Float64bits(float64(r.Int64N(1<<40)-1<<39) / float64(int64(1)<<r.IntN(60)))
		}
		if !math.IsNaN(math.Float64frombits(bits)) {
			cases = append(cases, hashCase(fmt.Sprintf("f %x", bits)))
			cases = append(cases, hashCase(fmt.Sprintf("c %x %x", bits, r.Uint64()&^(0x7ff<<52))))
		}
		den := randBig(r, r.IntN(100))
		den.Add(den, big.NewInt(1))
		cases = append(cases, hashCase(fmt.Sprintf("r %s %s", v, den)))
		var tb strings.Builder
		for range r.IntN(6) {
			fmt.Fprintf(&tb, " %d", r.Int64N(2000)-1000)
		}
		cases = append(cases, hashCase("t"+tb.String()), hashCase("z"+tb.String()))
	}
	return cases
}

// randBig returns a random non-negative int of at most nbits bits.
func randBig(r *rand.Rand, nbits int) *big.Int {
	b := make([]byte, nbits/8+1)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	v := new(big.Int).SetBytes(b)
	return v.Rsh(v, uint(len(b)*8-nbits))
}

// fixedCases are the edge cases every run checks.
var fixedCases = []hashCase{
	"s", "s 61", "s 61 62 63 64 65 66 67", "s 61 62 63 64 65 66 67 68",
	"s e9", "s 100", "s ffff", "s 10000", "s 10ffff", "s d800", "s dfff 61",
	"s 1f600 61 62 63", "s 0", "b", "b 00", "b 0102030405060708090a",
	"i 0", "i -1", "i -2", "i 1", "i 2305843009213693951", "i 2305843009213693950",
	"i -2305843009213693952", "i 9223372036854775807", "i -9223372036854775808",
	"i 18446744073709551616", "i -340282366920938463463374607431768211456",
	"f 0", "f 8000000000000000", "f 7ff0000000000000", "f fff0000000000000",
	"f 1", "f 3ff0000000000000", "f bff0000000000000", "f 3ff8000000000000",
	"f 7fefffffffffffff", "f 43e0000000000000", "c 0 3ff0000000000000",
	"c bff0000000000000 0", "r 1 2", "r -1 3", "r 7 2305843009213693951",
	"r 0 5", "r -5 1", "t", "t 1", "t -1 -2", "z", "z 1 2 3", "z -1",
}

func TestAgainstPython(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := append(append([]hashCase{}, fixedCases...), genCases(r, 700)...)
	for _, seed := range []string{"0", "1", "42", "4294967295", "123456789"} {
		s64, _ := strconv.ParseUint(seed, 10, 32)
		secret := SecretFromSeed(uint32(s64))
		want := oracle(t, seed, cases)
		bad := 0
		for i, c := range cases {
			if got := goHash(t, &secret, c); got != want[i] {
				if bad++; bad <= 10 {
					t.Errorf("seed %s: hash(%s) = %d, python %d", seed, c, got, want[i])
				}
			}
		}
	}
}

// TestGolden checks the checked-in sample, which needs no python3.
func TestGolden(t *testing.T) {
	const path = "testdata/golden.txt"
	if *update {
		r := rand.New(rand.NewPCG(3, 4))
		cases := append(append([]hashCase{}, fixedCases...), genCases(r, 40)...)
		var out strings.Builder
		for _, seed := range []string{"0", "7"} {
			for i, h := range oracle(t, seed, cases) {
				fmt.Fprintf(&out, "%s\t%d\t%s\n", seed, h, cases[i])
			}
		}
		if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 100 {
		t.Fatalf("golden file has only %d lines", len(lines))
	}
	for _, line := range lines {
		f := strings.SplitN(line, "\t", 3)
		seed, _ := strconv.ParseUint(f[0], 10, 32)
		want, _ := strconv.ParseInt(f[1], 10, 64)
		secret := SecretFromSeed(uint32(seed))
		if got := goHash(t, &secret, hashCase(f[2])); got != want {
			t.Errorf("seed %d: hash(%s) = %d, want %d", seed, f[2], got, want)
		}
	}
}

func TestParseSeed(t *testing.T) {
	for _, tc := range []struct {
		in     string
		seed   uint32
		random bool
		ok     bool
	}{
		{"", 0, true, true}, {"random", 0, true, true}, {"0", 0, false, true},
		{"4294967295", 4294967295, false, true}, {"4294967296", 0, false, false},
		{" +12", 12, false, true}, {"-0", 0, false, true}, {"-1", 0, false, false},
		{"12 ", 0, false, false}, {"x", 0, false, false}, {"+", 0, false, false},
		{"Random", 0, false, false}, {"99999999999999999999999", 0, false, false},
	} {
		seed, random, err := ParseSeed(tc.in)
		if seed != tc.seed || random != tc.random || (err == nil) != tc.ok {
			t.Errorf("ParseSeed(%q) = %d, %v, %v", tc.in, seed, random, err)
		}
	}
}

func TestPointer(t *testing.T) {
	if got := Pointer(0x7f0012345670); got != 0x7f001234567 {
		t.Errorf("Pointer = %#x", got)
	}
	if got := Pointer(^uintptr(0)); got != -2 {
		t.Errorf("Pointer(all ones) = %d, want -2", got)
	}
}

func BenchmarkStringASCII(b *testing.B) {
	s := SecretFromSeed(0)
	str := "some_identifier_name"
	for b.Loop() {
		s.String(str)
	}
}

func BenchmarkStringUCS2(b *testing.B) {
	s := SecretFromSeed(0)
	str := "naïve café — ∑ résumé"
	for b.Loop() {
		s.String(str)
	}
}

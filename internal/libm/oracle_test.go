// oracle_test.go: differential tests against live CPython and against the
// checked-in golden file testdata/golden.txt generated from CPython.

package libm

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var (
	updateGolden = flag.Bool("update-golden", false, "regenerate testdata/golden.txt with python3")
	liveN        = flag.Int("live-n", 100000, "arguments per function in the live differential test against python3")
)

// funcSpec ties one Adder function to its CPython expression.
type funcSpec struct {
	name  string
	py    string // Python expression in a (and b)
	nargs int
	call  func(a, b float64) string // result in the oracle's text form
	gen   func(r *rand.Rand) (a, b float64)
	// exact, for correctly rounded functions, returns the correctly
	// rounded result for ordinary finite arguments; a mismatch where our
	// result equals it and CPython's is a neighbour is a misrounding by
	// glibc, counted but allowed.
	exact func(a, b float64) float64
	// logArg, for functions computed as glibc computes them on top of its
	// log, returns the argument given to log for a (ok false if log is
	// not called): a mismatch is allowed where glibc's log misrounds it.
	logArg func(a float64) (arg float64, ok bool)
	// todo marks functions known not to match yet (Go's math or an
	// unfinished port): mismatches are reported, not failed.
	todo bool
}

// specs lists every function under test, in the order of the golden file.
var specs []funcSpec

func register(s funcSpec) { specs = append(specs, s) }

// errName maps an Err to the exception CPython's math module raises.
func errName(e Err) string {
	switch e {
	case DomainError:
		return "ValueError"
	case RangeError:
		return "OverflowError"
	}
	return ""
}

// fmtResult renders a result the way the Python side does.
func fmtResult(x float64, e Err) string {
	if e != OK {
		return errName(e)
	}
	return fmtFloat(x)
}

func fmtFloat(x float64) string {
	if x != x {
		return "nan"
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

// pyScript reads lines of hex arguments and prints results, one a line.
const pyScript = `
import math, sys
def h(x):
    if isinstance(x, str): return x
    if isinstance(x, complex): return "complex"
    if x != x: return "nan"
    if x == math.inf: return "+Inf"
    if x == -math.inf: return "-Inf"
    return (x).hex()
f = eval("lambda a, b: " + sys.argv[1])
out = []
for line in sys.stdin:
    p = line.split()
    a = float.fromhex(p[0])
    b = float.fromhex(p[1]) if len(p) > 1 else 0.0
    try:
        r = f(a, b)
        out.append(" ".join(map(h, r)) if isinstance(r, tuple) else h(r))
    except Exception as e:
        out.append(type(e).__name__)
sys.stdout.write("\n".join(out) + "\n")
`

// pyHex formats an argument for float.fromhex.
func pyHex(x float64) string {
	switch {
	case x != x:
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

// normalize makes Go's and Python's hex spellings comparable, field by
// field (a divmod result is two floats, either of which may be infinite).
func normalize(s string) string {
	if strings.HasSuffix(s, "Error") || s == "complex" {
		return s
	}
	var out []string
	for _, f := range strings.Fields(s) {
		if f == "nan" || strings.HasSuffix(f, "Inf") {
			out = append(out, f)
			continue
		}
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return s
		}
		out = append(out, fmtFloat(x))
	}
	return strings.Join(out, " ")
}

func runPython(t *testing.T, s funcSpec, args [][2]float64) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the differential test against CPython")
	}
	var in bytes.Buffer
	for _, a := range args {
		if s.nargs == 1 {
			fmt.Fprintf(&in, "%s\n", pyHex(a[0]))
		} else {
			fmt.Fprintf(&in, "%s %s\n", pyHex(a[0]), pyHex(a[1]))
		}
	}
	cmd := exec.Command(py, "-c", pyScript, s.py)
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(args) {
		t.Fatalf("python3 returned %d lines for %d inputs", len(lines), len(args))
	}
	return lines
}

func genArgs(s funcSpec, seed uint64, n int) [][2]float64 {
	r := rand.New(rand.NewPCG(seed, uint64(len(s.name))))
	args := make([][2]float64, n)
	for i := range args {
		a, b := s.gen(r)
		args[i] = [2]float64{a, b}
	}
	return args
}

func TestAgainstCPython(t *testing.T) {
	n := *liveN
	if testing.Short() {
		n = 5000
	}
	for _, s := range specs {
		t.Run(s.name, func(t *testing.T) {
			args := genArgs(s, 1, n)
			want := runPython(t, s, args)
			bad, misrounded := 0, 0
			slow := int64(0)
			var viaLog [][2]float64 // log arguments of mismatches, checked below
			for i, a := range args {
				before := slowCalls.Load()
				got := s.call(a[0], a[1])
				slow += slowCalls.Load() - before
				if normalize(got) != normalize(want[i]) {
					if s.todo {
						bad++
						continue
					}
					if s.exact != nil && isGlibcMisrounding(got, want[i], func() float64 { return s.exact(a[0], a[1]) }) {
						misrounded++
						continue
					}
					if s.logArg != nil {
						if arg, ok := s.logArg(a[0]); ok {
							viaLog = append(viaLog, [2]float64{arg, 0})
							continue
						}
					}
					if bad < 10 {
						t.Errorf("%s(%s, %s) = %s, CPython gives %s", s.name, pyHex(a[0]), pyHex(a[1]), got, want[i])
					}
					bad++
				}
			}
			if len(viaLog) > 0 {
				logSpec := funcSpec{name: "log", py: "math.log(a)", nargs: 1}
				for i, l := range runPython(t, logSpec, viaLog) {
					if fmtResult(Log(viaLog[i][0])) != normalize(l) {
						misrounded++ // glibc's log misrounds the argument
						continue
					}
					if bad < 10 {
						t.Errorf("%s: mismatch where log(%s) agrees with CPython", s.name, pyHex(viaLog[i][0]))
					}
					bad++
				}
			}
			t.Logf("%s: %d/%d differ from CPython (%d of them glibc misroundings, %d other); %d slow paths",
				s.name, bad+misrounded, n, misrounded, bad, slow)
			if bad > 0 && !s.todo {
				t.Errorf("%s: %d mismatches out of %d", s.name, bad, n)
			}
		})
	}
}

// isGlibcMisrounding reports whether our finite result got is the
// correctly rounded one, cr(), and CPython's want is within 4 ulps.
func isGlibcMisrounding(got, want string, cr func() float64) bool {
	g, err1 := strconv.ParseFloat(normalize(got), 64)
	w, err2 := strconv.ParseFloat(normalize(want), 64)
	if err1 != nil || err2 != nil || math.IsInf(g, 0) || math.IsInf(w, 0) || g == 0 || w == 0 {
		return false
	}
	if math.Abs(w-g) > 4*math.Max(ulp(g), ulp(w)) {
		return false
	}
	return g == cr()
}

func ulp(x float64) float64 {
	x = math.Abs(x)
	return math.Nextafter(x, math.Inf(1)) - x
}

const goldenPath = "testdata/golden.txt"

func TestGolden(t *testing.T) {
	if *updateGolden {
		var b strings.Builder
		b.WriteString("# Generated from CPython 3.11 by go test -run TestGolden -update-golden; DO NOT EDIT.\n")
		b.WriteString("# function argument(s) -> result\n")
		for _, s := range specs {
			args := genArgs(s, 2, 500)
			want := runPython(t, s, args)
			for i, a := range args {
				if s.nargs == 1 {
					fmt.Fprintf(&b, "%s %s -> %s\n", s.name, pyHex(a[0]), normalize(want[i]))
				} else {
					fmt.Fprintf(&b, "%s %s %s -> %s\n", s.name, pyHex(a[0]), pyHex(a[1]), normalize(want[i]))
				}
			}
		}
		if err := os.WriteFile(goldenPath, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byName := map[string]funcSpec{}
	for _, s := range specs {
		byName[s.name] = s
	}
	counts := map[string]int{}
	bad := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		lhs, want, ok := strings.Cut(line, " -> ")
		if !ok {
			t.Fatalf("bad golden line %q", line)
		}
		p := strings.Fields(lhs)
		s, ok := byName[p[0]]
		if !ok {
			t.Fatalf("golden line for unknown function %q", p[0])
		}
		var a [2]float64
		for i := 1; i < len(p); i++ {
			if a[i-1], err = strconv.ParseFloat(p[i], 64); err != nil {
				t.Fatalf("bad golden argument in %q", line)
			}
		}
		counts[s.name]++
		if s.todo {
			continue
		}
		if got := normalize(s.call(a[0], a[1])); got != want {
			if s.exact != nil && isGlibcMisrounding(got, want, func() float64 { return s.exact(a[0], a[1]) }) {
				continue
			}
			if bad[s.name] < 5 {
				t.Errorf("%s: got %s, want %s", lhs, got, want)
			}
			bad[s.name]++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range specs {
		if counts[s.name] == 0 {
			names = append(names, s.name)
		}
	}
	sort.Strings(names)
	if len(names) > 0 {
		t.Errorf("golden file has no cases for %v; regenerate it", names)
	}
	for name, n := range bad {
		t.Errorf("%s: %d golden mismatches", name, n)
	}
}

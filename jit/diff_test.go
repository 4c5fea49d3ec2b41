//go:build amd64 && linux

package jit_test

import (
	"fmt"
	"strings"
	"testing"
)

// programs are loops the JIT must compile, run and leave exactly where
// the interpreter would be: each runs without the JIT and eagerly, and the
// outputs must agree; traces says how many traces must compile.
var programs = []struct {
	name    string
	src     string
	traces  int
	bridges int
}{
	{"int_ops", `
def f(n):
    a = 0
    b = 1
    for i in range(n):
        a = a + i * 3 - (i // 7) + (i % 5)
        b = (b << 1) & 1023 | (i >> 2) ^ 5
    return a, b
print(f(1000), f(0), f(1))
`, 1, 0},
	{"floor_div_mod_signs", `
def f(n):
    s = 0
    for i in range(-n, n):
        s += i // 3 + i % 3 + i // -3 + i % -3 + 7 // (i | 1) + 7 % (i | 1)
    return s
print(f(500))
`, 1, 0},
	{"floor_div_mod_powers_of_two", `
def f(n):
    s = 0
    for i in range(-n, n):
        s += i // 2 + i % 8 + i // 1 + i % 1 + i // 1024 - i % 1024 + (i * 7) // 16
    return s
print(f(3000))
`, 1, 0},
	{"overflow_to_bigint", `
def f(n):
    x = 1
    for i in range(n):
        x = x * 7 + i
    return x
print(f(100))
`, 1, 0},
	{"neg_overflow", `
def f(n):
    x = -(2**63) + 5
    for i in range(n):
        x = -x
        x = -x - 1
    return x
print(f(10))
`, 1, 0},
	{"zero_division_in_loop", `
def f(n):
    t = 0
    for i in range(n):
        try:
            t += 100 // (5 - i)
        except ZeroDivisionError:
            t = -t
    return t
print(f(10))
`, 0, 0},
	{"float_math", `
def f(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x + i * 0.5 - y / 3.0
        y = -y * 1.0000001
        if x > 1000.0:
            x = x - 1000.0
    return x, y
print(f(2000))
`, 1, 0},
	{"float_compare_nan", `
def f(n):
    nan = float('nan')
    c = 0
    x = 0.0
    for i in range(n):
        if x < nan:
            c += 1
        if x != nan:
            c += 2
        if x == x:
            c += 4
        x += 1.0
    return c
print(f(100))
`, 1, 0},
	{"while_cond_change", `
def f(n):
    i = 0
    t = 0
    while i < n:
        t += i
        i += 1
    return i, t
print(f(1000), f(0), f(3))
`, 1, 0},
	{"bool_locals", `
def f(n):
    flag = False
    c = 0
    for i in range(n):
        flag = not flag
        if flag:
            c += 1
    return c, flag
print(f(101))
`, 1, 0},
	{"negative_step_range", `
def f(n):
    t = 0
    for i in range(n, 0, -3):
        t = t * 2 % 1000003 + i
    return t
print(f(3000))
`, 1, 0},
	{"shift_edges", `
def f(n):
    t = 0
    for i in range(n):
        t += (1 << (i % 70)) >> (i % 65)
    return t
print(f(300))
`, 1, 0},
	{"type_change", `
def f(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
    return x
print(f(100))
`, 1, 0},
	{"tuple_assignment", `
def f(n):
    a, b, c = 0, 1, 2.5
    for i in range(n):
        a, b = b, a + b
        a, b, c = b % 1000, a, c * 0.5 + a
    return a, b, c
print(f(1000))
`, 1, 0},
	{"list_items", `
def f(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            ij = i + j
            s += v[j] / (ij * (ij + 1) // 2 + i + 1)
        out[i] = s
    k = 0
    while k < n:
        out[k] = out[k] * 2.0
        k += 1
    return out
print(f([1.0] * 40, [0.0] * 40)[:3])
print(f([1.0, 2.0], [0.0, 0.0]))
`, 2, 0},
	{"list_exits", `
def f(xs, n):
    t = 0
    for i in range(n):
        t += xs[i]
    return t
xs = list(range(100))
print(f(xs, 100))
xs[50] = 0.5
print(f(xs, 100))
try:
    print(f(xs, 101))
except IndexError as e:
    print("IndexError", e)
xs[60] = "s"
try:
    print(f(xs, 100))
except TypeError as e:
    print("TypeError", e)
ys = [1, 2, 3] * 30
def g(ys, n):
    for i in range(n):
        ys[i] = ys[i] + 1
    return ys
print(g(ys, 90)[:5], g([1, 2.0, 3], 3), g([True] * 10, 10)[:2])
`, 2, 0},
	{"globals_and_builtins", `
G = 3
def f(n):
    t = 0
    for i in range(n):
        t += G + len(xs) + abs(i - 50) + min(i, 7) + max(i, 90)
        if abs(-0.5 * i) > 3.0:
            t += 1
    return t
xs = [1, 2]
print(f(100))
G = 4
xs.append(3)
print(f(100))
def g(n):
    global G
    t = 0
    for i in range(n):
        t += G
        if i == 60:
            G = 2.5
    return t
print(g(100), abs(-(2**63)) if False else 0)
def h(n):
    t = 0
    for i in range(n):
        t += abs(i - 2**62 - 2**62 - 2**62 + 2**62 - 2**62 + 2**62) % 7
    return t
print(h(100))
len = lambda x: 7
print(f(100))
`, 2, 0},
	{"int_true_division", `
def f(n, big):
    t = 0.0
    for i in range(n):
        t += (i * 7 + 1) / (i + 3) + big / (i + 1)
        if i == 50:
            big = big * 2**40
    return t
print(f(100, 3), f(100, 2**52 + 1))
def g(n):
    t = 0.0
    for i in range(-n, n):
        try:
            t += 1 / i
        except ZeroDivisionError:
            t += 100
    return t
print(g(50))
`, 2, 0},
	{"bridge_other_local", `
def f(n):
    a = 0
    b = 0
    for i in range(n):
        if i % 3 == 0:
            a += 1
        else:
            b += 2
    return a, b
print(f(1000), f(2), f(0))
`, 2, 1},
	{"bridge_writes_root_input", `
def f(n):
    step = 1
    t = 0
    for i in range(n):
        t += step
        if i % 4 == 3:
            step += 1
    return t, step
print(f(1000))
`, 2, 1},
	{"bridge_of_bridge", `
def f(n):
    a = b = c = 0
    k = 0
    while k < n:
        if k % 2:
            a += k
        elif k % 3:
            b -= 1
        else:
            c += 0.5
        k += 1
    return a, b, c, k
print(f(600), f(5))
`, 3, 2},
	{"bridge_type_change", `
def f(n):
    x = 0
    for i in range(n):
        if i % 10 == 9:
            x = x + 0.5
        else:
            x = x + 1
    return x
print(f(100))
`, 1, 0},
	{"bridge_leaves_loop", `
def f(n):
    t = 0
    for i in range(n):
        if i % 5 == 0:
            t += 3
            if t > 500:
                break
        t -= 1
    return t
print(f(10000))
`, 2, 1},
}

func TestDifferential(t *testing.T) {
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			want, _ := runPy(t, p.src, nil)
			got, j := runPy(t, p.src, eager())
			if got != want {
				t.Fatalf("eager JIT printed\n%s\ninterpreter printed\n%s", got, want)
			}
			if s := j.Stats(); s.Traces < p.traces || s.Bridges < p.bridges {
				var sum strings.Builder
				j.WriteSummary(&sum)
				t.Errorf("%d traces (%d bridges) compiled, want at least %d (%d)\n%s", s.Traces, s.Bridges, p.traces, p.bridges, sum.String())
			}
		})
	}
}

// genLoop turns fuzz input into a small function with an int local x, a
// float local y, a list a, a dict d and an instance o, and a loop over
// range or while, each byte pair choosing a statement: int and float
// arithmetic (constants include the int64 edges), branches, list
// appends, pops, reads and stores (negative indexes too), an attribute
// update, a caught exception, tuples built and read, dict stores and
// lookups, a zip, and instances made and dropped in calls (which traces
// need not allocate).
func genLoop(data []byte) string {
	ints := []string{"0", "1", "3", "-7", "2**62", "-(2**63)", "2**63-1", "(i|1)", "i", "x"}
	floats := []string{"0.5", "-1.25", "1e308", "3.0", "i", "y", "x"}
	pick := func(k int, xs []string) string { return xs[k%len(xs)] }
	var b strings.Builder
	b.WriteString("class O:\n    def __init__(self):\n        self.v = 0\n")
	b.WriteString("class V:\n    __slots__ = ('p', 'q')\n    def __init__(self, p, q):\n        self.p = p\n        self.q = q\n" +
		"    def __add__(self, o):\n        return V(self.p + o.p, self.q + o.q)\n")
	b.WriteString("class W:\n    def __init__(self, k):\n        self.k = k\n        if k > 3:\n            self.big = k\n" +
		"    def get(self):\n        return self.k + (self.big if self.k > 3 else 0)\n")
	b.WriteString("def mix(x, y, c):\n    v = V(x, y) + V(c, 0.5)\n    if v.p > 100:\n        return v.p % 100, v.q\n    return v.p, v.q\n")
	b.WriteString("def f(n):\n    x = 1\n    y = 0.5\n    a = [1, 2, 3]\n    d = {}\n    o = O()\n")
	while := len(data) > 0 && data[0]&1 == 1
	if while {
		b.WriteString("    i = 0\n    while i < n:\n")
	} else {
		b.WriteString("    for i in range(n):\n")
	}
	for k := 1; k+1 < len(data) && k < 24; k += 2 {
		op, arg := int(data[k]), int(data[k+1])
		switch op % 23 {
		case 0:
			fmt.Fprintf(&b, "        x = x + %s\n", pick(arg, ints))
		case 1:
			fmt.Fprintf(&b, "        x = x - %s\n", pick(arg, ints))
		case 2:
			fmt.Fprintf(&b, "        x = x * %s\n", pick(arg, ints[:len(ints)-1])) // x * x would explode
		case 3:
			fmt.Fprintf(&b, "        x = x // %s\n", pick(arg, ints[1:]))
		case 4:
			fmt.Fprintf(&b, "        x = x %% %s\n", pick(arg, ints[1:]))
		case 5:
			fmt.Fprintf(&b, "        x = (x << %d) & 0xffffffffffff\n", arg%66)
		case 6:
			fmt.Fprintf(&b, "        x = x >> %d\n", arg%70)
		case 7:
			fmt.Fprintf(&b, "        y = y + %s\n", pick(arg, floats))
		case 8:
			fmt.Fprintf(&b, "        y = y * %s\n", pick(arg, floats))
		case 9:
			fmt.Fprintf(&b, "        y = y / %s\n", pick(arg, floats[:4]))
		case 10:
			fmt.Fprintf(&b, "        if x %% %d == 0:\n            x = -x\n", arg%5+2)
		case 11:
			fmt.Fprintf(&b, "        if y > %s:\n            y = y - 1e6\n", pick(arg, floats[:4]))
		case 12:
			fmt.Fprintf(&b, "        a.append(%s)\n", pick(arg, []string{"x & 0xff", "i", "y", "None"}))
		case 13:
			fmt.Fprintf(&b, "        if len(a) > %d:\n            a.pop()\n", arg%4+1)
		case 14:
			fmt.Fprintf(&b, "        x = x + (a[%s] or 0)\n", pick(arg, []string{"i % len(a)", "-1 - i % len(a)", "-1", "0"}))
		case 15:
			fmt.Fprintf(&b, "        a[%s] = x %% 1000\n", pick(arg, []string{"i % len(a)", "-1", "-len(a)"}))
		case 16:
			fmt.Fprintf(&b, "        o.v = o.v + %s\n", pick(arg, []string{"1", "x % 97", "i", "0.5"}))
		case 17:
			fmt.Fprintf(&b, "        try:\n            x = x // (i %% %d)\n        except ZeroDivisionError:\n            x = x + 1\n", arg%4+1)
		case 18:
			fmt.Fprintf(&b, "        t = (x, y, i%s)\n        x = t[0] + t[-1]\n        y = t[1]\n", pick(arg, []string{"", ", a", ", None"}))
		case 19:
			fmt.Fprintf(&b, "        d[i %% %d] = x\n        x = x + d.get((i + %d) %% 9, 0)\n", arg%7+1, arg%5)
		case 20:
			fmt.Fprintf(&b, "        for p, q in zip(a, (1, 2)):\n            x = x + %s\n", pick(arg, []string{"q", "(p if isinstance(p, int) else 0)"}))
		case 21:
			fmt.Fprintf(&b, "        x, y = mix(x, y, %s)\n", pick(arg, ints))
		case 22:
			fmt.Fprintf(&b, "        x = x + W(%s).get()\n", pick(arg, []string{"i % 7", "x % 5", "1", "i"}))
		}
	}
	if while {
		b.WriteString("        i += 1\n")
	}
	b.WriteString("    return x, y, a[:6], len(a), sorted(d.items())[:4], o.v\n")
	b.WriteString("for n in (0, 1, 5, 50):\n    try:\n        print(f(n))\n    except Exception as e:\n        print(type(e).__name__, e)\n")
	return b.String()
}

// FuzzLoops compares the interpreter with the eager JIT on generated
// loops.
func FuzzLoops(f *testing.F) {
	f.Add([]byte{0, 0, 1, 2, 3, 7, 4})
	f.Add([]byte{1, 2, 5, 3, 1, 9, 2, 10, 3})
	f.Add([]byte{0, 5, 60, 6, 2, 11, 1, 8, 0})
	f.Add([]byte{1, 7, 4, 8, 2, 9, 3, 0, 6})
	f.Add([]byte{0, 12, 0, 14, 1, 15, 1, 16, 1, 18, 1, 19, 3, 20, 1, 13, 2})
	f.Add([]byte{1, 12, 2, 17, 3, 14, 2, 18, 2, 19, 6, 20, 0, 16, 3, 12, 3})
	f.Add([]byte{0, 21, 5, 7, 1, 22, 0, 21, 4, 22, 3, 10, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		src := genLoop(data)
		want, _ := runPy(t, src, nil)
		got, _ := runPy(t, src, eager())
		if got != want {
			t.Fatalf("program\n%s\neager JIT printed\n%s\ninterpreter printed\n%s", src, got, want)
		}
	})
}

// TestAdderJITModule checks adder.jit.stats() against the JIT's own
// counters, and that it is empty with the JIT off.
func TestAdderJITModule(t *testing.T) {
	src := `
import adder.jit
def f(n):
    t = 0
    for i in range(n):
        if i % 3:
            t += i
    return t
f(1000)
s = adder.jit.stats()
print(adder.jit.enabled(), s.get("traces", 0), s.get("bridges", 0), s.get("exits", 0) > 0)
`
	off, _ := runPy(t, src, nil)
	if off != "False 0 0 False\n" {
		t.Errorf("with the JIT off, printed %q", off)
	}
	got, j := runPy(t, src, eager())
	s := j.Stats()
	if want := fmt.Sprintf("True %d %d True\n", s.Traces, s.Bridges); got != want || s.Bridges == 0 {
		t.Errorf("printed %q, want %q (with a bridge)", got, want)
	}
}

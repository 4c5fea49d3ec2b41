// Command micro times the standard-library hot paths of hotpaths.py under
// several Python implementations in one run and prints a Markdown table of
// the medians (ns per operation) and each implementation's speed relative
// to the first one given (higher is faster).
//
// Usage, from the repository root:
//
//	go run ./bench/micro [-n OPS] [-repeat N] [-cpu] python3 './adder -X jit=off' ./adder
//
// With -cpu the cases are timed with the process's CPU time (all threads,
// so Go's concurrent collector counts) instead of the wall clock: steadier
// on a machine other processes load.
//
// Each argument is a command line (split at spaces); the runs alternate
// between the implementations, repeat times each. hotpaths.py itself takes
// the best of five timings per case within one run.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

func main() {
	n := flag.Int("n", 200000, "operations per timing")
	repeat := flag.Int("repeat", 3, "runs per implementation")
	cpu := flag.Bool("cpu", false, "time with process CPU time instead of the wall clock")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: micro [-n OPS] [-repeat N] [-cpu] COMMAND...")
		os.Exit(2)
	}
	_, self, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(self), "hotpaths.py")
	impls := flag.Args()
	times := make([]map[string][]float64, len(impls)) // per implementation: case -> ns per op
	var cases []string
	for r := 0; r < *repeat; r++ {
		for i, impl := range impls {
			got, order, err := runOnce(impl, script, *n, *cpu)
			if err != nil {
				fmt.Fprintf(os.Stderr, "micro: %s: %v\n", impl, err)
				os.Exit(1)
			}
			if times[i] == nil {
				times[i] = map[string][]float64{}
			}
			for c, ns := range got {
				times[i][c] = append(times[i][c], ns)
			}
			if cases == nil {
				cases = order
			}
		}
	}
	fmt.Printf("| case | %s |\n|:--|%s\n", strings.Join(impls, " | "), strings.Repeat("--:|", len(impls)))
	for _, c := range cases {
		base := median(times[0][c])
		fmt.Printf("| %s |", c)
		for i := range impls {
			m := median(times[i][c])
			if i == 0 {
				fmt.Printf(" %.1f ns |", m)
			} else {
				fmt.Printf(" %.1f ns %.2fx |", m, base/m)
			}
		}
		fmt.Println()
	}
}

// runOnce runs hotpaths.py once under the command line impl and returns
// its timings by case, and the cases in the order printed.
func runOnce(impl, script string, n int, cpu bool) (map[string]float64, []string, error) {
	args := strings.Fields(impl)
	args = append(args, script, strconv.Itoa(n))
	if cpu {
		args = append(args, "--cpu")
	}
	cmd := exec.Command(args[0], args[1:]...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, nil, fmt.Errorf("%v: %s", err, errOut.String())
	}
	got := map[string]float64{}
	var order []string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), " ")
		ns, err := strconv.ParseFloat(val, 64)
		if !ok || err != nil {
			return nil, nil, fmt.Errorf("unexpected output line %q", sc.Text())
		}
		got[name] = ns
		order = append(order, name)
	}
	return got, order, nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

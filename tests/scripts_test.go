// This file runs the scripts; doc.go describes the suite and its file formats.

package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var (
	update     = flag.Bool("update", false, "regenerate the .expected files by running python3")
	adderPath  = flag.String("adder", "", "python-compatible binary to test instead of building ./cmd/adder")
	writeXfail = flag.Bool("write-xfail", false, "rewrite xfail.txt with the scripts failing now")
)

// scriptTimeout bounds one run of one script.
const scriptTimeout = 10 * time.Second

// xfailFile lists known failures, relative to the tests directory.
const xfailFile = "xfail.txt"

// A mode is one way of running every script.
type mode struct {
	name string
	args []string // interpreter options placed before the script path
}

// modes lists the JIT settings every script runs under (order is the report order).
var modes = []mode{
	{"jit-off", []string{"-X", "jit=off"}},
	{"jit-default", nil},
	{"jit-eager", []string{"-X", "jit-threshold=1"}},
}

// result is what one run of a script produced.
type result struct {
	stdout, stderr string
	exit           int    // exit status of a process that exited
	signal         string // name of the signal that ended it otherwise ("interrupt")
}

func TestScripts(t *testing.T) {
	testsDir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	scripts, err := findScripts(testsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no test scripts found")
	}
	if *update {
		updateExpected(t, testsDir, scripts)
		return
	}

	bin := *adderPath
	if bin == "" {
		bin = buildAdder(t, testsDir)
	}
	xfail, err := readXfail(filepath.Join(testsDir, xfailFile))
	if err != nil {
		t.Fatal(err)
	}
	for path := range xfail {
		if !slices.Contains(scripts, path) {
			t.Errorf("%s: lists %s, which is not a test script", xfailFile, path)
		}
	}

	var mu sync.Mutex
	failing := map[string][]string{} // script → names of the modes it fails in
	for _, m := range modes {
		var passed, failed, xfailed atomic.Int64
		t.Run(m.name, func(t *testing.T) {
			for _, script := range scripts {
				t.Run(script, func(t *testing.T) {
					t.Parallel()
					want, err := os.ReadFile(filepath.Join(testsDir, expectedPath(script)))
					if err != nil {
						failed.Add(1)
						t.Fatalf("%v (run go test ./tests -update to create it)", err)
					}
					res, err := run(testsDir, bin, m.args, script)
					got := render(res)
					ok := err == nil && got == string(want)
					if !ok {
						mu.Lock()
						failing[script] = append(failing[script], m.name)
						mu.Unlock()
					}
					known, reason := xfail.covers(script, m.name)
					switch {
					case ok && known:
						failed.Add(1)
						t.Errorf("unexpected pass: remove from %s", xfailFile)
					case ok:
						passed.Add(1)
					case known:
						xfailed.Add(1)
						t.Skipf("known failure (%s): %s", xfailFile, reason)
					default:
						failed.Add(1)
						if err != nil {
							t.Errorf("%v", err)
						}
						if got != string(want) {
							t.Errorf("output differs from %s (- want, + got):\n%s",
								expectedPath(script), lineDiff(string(want), got))
						}
					}
				})
			}
		})
		if n := passed.Load() + failed.Load() + xfailed.Load(); n > 0 {
			fmt.Printf("%s: scripts: %d passed, %d failed, %d xfail\n", m.name, passed.Load(), failed.Load(), xfailed.Load())
		}
	}

	if *writeXfail {
		if err := writeXfailFile(filepath.Join(testsDir, xfailFile), failing); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s with %d scripts", xfailFile, len(failing))
	}
}

// findScripts returns the test scripts under dir as slash-separated paths
// relative to dir, sorted.
func findScripts(dir string) ([]string, error) {
	var scripts []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != dir && (name == "_support" || name == "syntax_errors" || name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".py") || strings.HasPrefix(name, "_") {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		scripts = append(scripts, filepath.ToSlash(rel))
		return nil
	})
	slices.Sort(scripts)
	return scripts, err
}

func expectedPath(script string) string {
	return strings.TrimSuffix(script, ".py") + ".expected"
}

// buildAdder builds ./cmd/adder of the module containing testsDir into a
// temporary directory and returns the binary's path.
func buildAdder(t *testing.T, testsDir string) string {
	bin := filepath.Join(t.TempDir(), "adder")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/adder")
	cmd.Dir = filepath.Dir(testsDir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building ./cmd/adder: %v\n%s", err, out)
	}
	return bin
}

// run runs one script under bin and returns its output with the tests
// directory's path removed. The error reports a run that could not start or
// did not finish in time; a non-zero exit is part of the result, not an error.
func run(testsDir, bin string, opts []string, script string) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(slices.Clip(opts), script)...)
	cmd.Dir = testsDir
	cmd.Env = scriptEnv()
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()

	prefix := testsDir + string(filepath.Separator)
	res := result{
		stdout: strings.ReplaceAll(stdout.String(), prefix, ""),
		stderr: strings.ReplaceAll(stderr.String(), prefix, ""),
	}
	if ctx.Err() != nil {
		return res, fmt.Errorf("timed out after %v", scriptTimeout)
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr) && exitErr.Exited():
		res.exit = exitErr.ExitCode()
	case errors.As(err, &exitErr):
		// CPython ends itself with SIGINT after an uncaught KeyboardInterrupt.
		ws, ok := exitErr.Sys().(syscall.WaitStatus)
		if !ok || !ws.Signaled() {
			return res, fmt.Errorf("running %s: %v", bin, err)
		}
		res.signal = ws.Signal().String()
	default:
		return res, fmt.Errorf("running %s: %v", bin, err)
	}
	return res, nil
}

// scriptEnv is the environment of every run: ours, minus any PYTHON*
// variable that could change behaviour, plus fixed settings.
func scriptEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	return append(env, "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
}

// render formats a result as an expected file (see the package comment).
func render(r result) string {
	var b strings.Builder
	section := func(name, text string) {
		if text != "" && !strings.HasSuffix(text, "\n") {
			fmt.Fprintf(&b, "-- %s (no final newline) --\n%s\n", name, text)
			return
		}
		fmt.Fprintf(&b, "-- %s --\n%s", name, text)
	}
	section("stdout", r.stdout)
	if r.stderr != "" {
		section("stderr", r.stderr)
	}
	if r.exit != 0 {
		fmt.Fprintf(&b, "-- exit status %d --\n", r.exit)
	}
	if r.signal != "" {
		fmt.Fprintf(&b, "-- killed by signal: %s --\n", r.signal)
	}
	return b.String()
}

// updateExpected rewrites every expected file from a python3 run.
func updateExpected(t *testing.T, testsDir string, scripts []string) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("-update needs python3 (CPython 3.11) on PATH: %v", err)
	}
	for _, script := range scripts {
		t.Run(script, func(t *testing.T) {
			t.Parallel()
			res, err := run(testsDir, python, nil, script)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(testsDir, expectedPath(script)), []byte(render(res)), 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// xfailList maps a script to the known failures recorded for it.
type xfailList map[string]xfailEntry

type xfailEntry struct {
	modes  []string // empty: every mode
	reason string
}

// covers reports whether the script is a known failure in the mode, and why.
func (l xfailList) covers(script, modeName string) (bool, string) {
	e, ok := l[script]
	if !ok || (len(e.modes) > 0 && !slices.Contains(e.modes, modeName)) {
		return false, ""
	}
	if e.reason == "" {
		return true, "no reason given"
	}
	return true, e.reason
}

// readXfail parses an xfail file; a missing file is an empty list.
func readXfail(path string) (xfailList, error) {
	list := xfailList{}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return list, nil
	}
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, reason, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		script, modeNames := fields[0], fields[1:]
		for _, name := range modeNames {
			if !slices.ContainsFunc(modes, func(m mode) bool { return m.name == name }) {
				return nil, fmt.Errorf("%s:%d: unknown mode %q", path, n, name)
			}
		}
		if _, dup := list[script]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, n, script)
		}
		list[script] = xfailEntry{modes: modeNames, reason: strings.TrimSpace(reason)}
	}
	return list, sc.Err()
}

// xfailHeader opens every xfail file that -write-xfail writes.
const xfailHeader = `# Scripts known to fail on Adder, one per line: "path [mode ...]  # reason".
# Without modes a line covers every mode (jit-off, jit-default, jit-eager).
# A listed script that passes fails the suite: remove its line then.
# Regenerate from the current state with: go test ./tests -args -write-xfail
`

// writeXfailFile writes the failing scripts as an xfail list, naming the
// modes only for scripts that do not fail in all of them.
func writeXfailFile(path string, failing map[string][]string) error {
	var b strings.Builder
	b.WriteString(xfailHeader)
	for _, script := range slices.Sorted(maps.Keys(failing)) {
		b.WriteString(script)
		if names := failing[script]; len(names) < len(modes) {
			for _, m := range modes {
				if slices.Contains(names, m.name) {
					b.WriteString(" " + m.name)
				}
			}
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

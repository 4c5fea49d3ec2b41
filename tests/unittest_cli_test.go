package tests

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// unittestCLIDir holds the test modules the command-line runs work on, and
// one expected file per run (NAME.expected, rendered like a script's).
const unittestCLIDir = "stdlib/_support/unittest_cli"

// unittestCLIRuns are the runs of python -m unittest that TestUnittestCLI
// checks: their name (the expected file's) and the arguments after -m
// unittest. Each runs with unittestCLIDir as working directory, so test
// names on the command line import from it.
var unittestCLIRuns = []struct {
	name string
	args []string
}{
	{"discover", []string{"discover"}},
	{"discover_verbose", []string{"discover", "-v", "-s", ".", "-p", "test_pass*.py"}},
	{"discover_start_dir", []string{"discover", "-s", "pkg", "-t", "."}},
	{"discover_none", []string{"discover", "-p", "nothing*.py"}},
	{"names", []string{"-v", "test_mixed.TestMixed.test_sub", "test_pass.TestPass", "pkg.test_inner"}},
	{"select_quiet", []string{"-q", "-k", "fail_", "test_mixed"}},
	{"failfast", []string{"-f", "test_mixed"}},
}

// ranLine matches the timing line, which differs from run to run.
var ranLine = regexp.MustCompile(`(?m)^(Ran \d+ tests?) in \d+\.\d+s$`)

// TestUnittestCLI runs adder -m unittest (with discovery, test names and
// options) and compares the output and exit status with CPython's, the
// time in "Ran N tests in 0.002s" replaced by TIME. -update rewrites the
// expected files by running python3.
func TestUnittestCLI(t *testing.T) {
	testsDir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(testsDir, unittestCLIDir)
	if *update {
		python, err := exec.LookPath("python3")
		if err != nil {
			t.Fatalf("-update needs python3 (CPython 3.11) on PATH: %v", err)
		}
		for _, r := range unittestCLIRuns {
			res, err := runUnittest(dir, python, nil, r.args)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, r.name+".expected"), []byte(render(res)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	bin := *adderPath
	if bin == "" {
		bin = buildAdder(t, testsDir)
	}
	for _, m := range modes {
		for _, r := range unittestCLIRuns {
			t.Run(m.name+"/"+r.name, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join(dir, r.name+".expected"))
				if err != nil {
					t.Fatal(err)
				}
				res, err := runUnittest(dir, bin, m.args, r.args)
				if err != nil {
					t.Fatal(err)
				}
				if got := render(res); got != string(want) {
					t.Errorf("adder -m unittest %s: output differs from CPython's (-want +got):\n%s",
						strings.Join(r.args, " "), lineDiff(string(want), got))
				}
			})
		}
	}
}

// runUnittest runs bin opts -m unittest args in dir, with the scripts'
// environment, and returns the result with dir's path and the run time
// removed.
func runUnittest(dir, bin string, opts, args []string) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	argv := append(append(append([]string{}, opts...), "-m", "unittest"), args...)
	cmd := exec.CommandContext(ctx, bin, argv...)
	cmd.Dir = dir
	cmd.Env = scriptEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	clean := func(s string) string {
		s = strings.ReplaceAll(s, dir+string(filepath.Separator), "")
		return ranLine.ReplaceAllString(s, "$1 in TIME")
	}
	res := result{stdout: clean(stdout.String()), stderr: clean(stderr.String())}
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) && exitErr.Exited() {
		res.exit = exitErr.ExitCode()
	} else if err != nil {
		return res, err
	}
	return res, nil
}

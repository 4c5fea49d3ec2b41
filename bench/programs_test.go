package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const timeoutForTests = 30 * time.Second

var update = flag.Bool("update", false, "rewrite testdata/quick/*.out from python3")

// goldenPath is the checked-in CPython output of a program at its quick
// size: the expected output for Adder and the native twins, and a guard
// against programs changing by accident.
func goldenPath(name string) string {
	return filepath.Join("testdata", "quick", name+".out")
}

func suiteForTest(t *testing.T) []*program {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	programs, err := loadSuite(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	return programs
}

// TestProgramsUnderCPython runs every program at its quick size under
// python3 and compares its output with the golden file.
func TestProgramsUnderCPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH; the golden files are still checked by TestNativeTwins:", err)
	}
	for _, p := range suiteForTest(t) {
		t.Run(p.Name, func(t *testing.T) {
			t.Parallel()
			s := runOnce([]string{python, p.Path, p.Quick}, timeoutForTests)
			if s.status != statusOK {
				t.Fatalf("python3 %s %s: %s %s", p.Name, p.Quick, s.status, s.detail)
			}
			if len(s.output) == 0 {
				t.Fatal("printed nothing")
			}
			if *update {
				if err := os.WriteFile(goldenPath(p.Name), s.output, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenPath(p.Name))
			if err != nil {
				t.Fatalf("%v (run go test ./bench -run Programs -update to create it)", err)
			}
			if !bytes.Equal(s.output, want) {
				t.Errorf("output differs from %s: %s", goldenPath(p.Name), diffLine(s.output, want))
			}
		})
	}
}

// TestProgramsUnderAdder builds ./cmd/adder and runs every program at its
// quick size with the JIT off, at its defaults and eager (threshold 1),
// comparing each output with the golden file: the JIT must never change
// what a benchmark prints.
func TestProgramsUnderAdder(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build adder:", err)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "adder")
	if err := goBuild(root, bin, "./cmd/adder"); err != nil {
		t.Fatal(err)
	}
	modes := map[string][]string{"jit-off": {"-X", "jit=off"}, "jit-default": nil, "jit-eager": {"-X", "jit-threshold=1"}}
	for _, p := range suiteForTest(t) {
		want, err := os.ReadFile(goldenPath(p.Name))
		if err != nil {
			t.Fatal(err)
		}
		for mode, args := range modes {
			t.Run(mode+"/"+p.Name, func(t *testing.T) {
				t.Parallel()
				s := runOnce(append(append([]string{bin}, args...), p.Path, p.Quick), timeoutForTests)
				if s.status != statusOK {
					t.Fatalf("adder %s %s: %s %s", p.Name, p.Quick, s.status, s.detail)
				}
				if !bytes.Equal(s.output, want) {
					t.Errorf("output differs from %s: %s", goldenPath(p.Name), diffLine(s.output, want))
				}
			})
		}
	}
}

// TestNativeTwins builds each native Go twin and checks that it prints, at
// the quick size, exactly what the Python program prints (the golden file).
func TestNativeTwins(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the native twins:", err)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	natives := 0
	tmp := t.TempDir()
	for _, p := range suiteForTest(t) {
		if p.Native == "" {
			continue
		}
		natives++
		t.Run(p.Name, func(t *testing.T) {
			bin := filepath.Join(tmp, p.Name)
			if err := goBuild(root, bin, "./"+filepath.ToSlash(mustRel(root, p.Native))); err != nil {
				t.Fatal(err)
			}
			s := runOnce([]string{bin, p.Quick}, timeoutForTests)
			if s.status != statusOK {
				t.Fatalf("%s %s: %s %s", p.Name, p.Quick, s.status, s.detail)
			}
			want, err := os.ReadFile(goldenPath(p.Name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(s.output, want) {
				t.Errorf("native output differs from the Python program's: %s", diffLine(s.output, want))
			}
		})
	}
	if natives < 4 {
		t.Errorf("found %d native twins, want at least 4", natives)
	}
}

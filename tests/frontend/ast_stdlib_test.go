// Package frontend checks Adder's parser as Python programs see it, through
// the ast module, against CPython.
package frontend

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

// outcome is what `-m ast -a FILE` did: the dump, or the exception class
// and line of a rejected file.
type outcome struct {
	dump    []byte
	errType string
	errLine string
}

var (
	lastLineRE = regexp.MustCompile(`(?m)^(\w+(?:\.\w+)*)(?::.*)?\s*\z`)
	fileLineRE = regexp.MustCompile(`File "[^"]*", line (\d+)`)
)

// run runs one interpreter with args; a failure is described by the last
// line of its traceback and the last line number it names.
func run(bin string, args ...string) outcome {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		o := outcome{errType: "exit: " + err.Error()}
		if m := lastLineRE.FindSubmatch(bytes.TrimRight(stderr.Bytes(), "\n")); m != nil {
			o.errType = string(m[1])
		}
		if ms := fileLineRE.FindAllSubmatch(stderr.Bytes(), -1); len(ms) > 0 {
			o.errLine = string(ms[len(ms)-1][1])
		}
		return o
	}
	return outcome{dump: stdout.Bytes()}
}

// stripTypeParams drops the "type_params=[]," lines of an indented dump
// with attributes (3.11 lacks the field; it is never last there).
func stripTypeParams(b []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if string(bytes.TrimSpace(line)) != "type_params=[]," {
			out.Write(line)
		}
	}
	return out.Bytes()
}

// TestStdlibAstDump compares `adder -m ast -a FILE` with `python3 -m ast -a
// FILE` for every .py file of python3's standard library (ADDER_AST_STDLIB=1
// enables it; ADDER_AST_STDLIB_FILTER=substring restricts the files). Files
// whose dumps differ only in the positions inside f-strings (3.11 and 3.12
// place them differently) are counted apart, and when a CPython 3.12 is
// found (see python312) their dumps must equal its dumps exactly.
func TestStdlibAstDump(t *testing.T) {
	if os.Getenv("ADDER_AST_STDLIB") == "" {
		t.Skip("set ADDER_AST_STDLIB=1 to compare adder -m ast with python3 -m ast on the standard library (minutes)")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3 not available:", err)
	}
	dir := strings.TrimSpace(string(out))
	filter := os.Getenv("ADDER_AST_STDLIB_FILTER")
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && strings.Contains(path, filter) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	bin := adder(t)
	norm, _ := filepath.Abs("_support/astnorm.py")
	norm312, _ := filepath.Abs("_support/ast312.py")
	py312 := python312()
	if py312 == "" {
		t.Log("no CPython 3.12 found (set ADDER_PYTHON312): f-string positions are not checked against 3.12")
	}

	type verdict struct{ file, kind, detail string }
	verdicts := make([]verdict, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				f := files[i]
				want := run("python3", "-m", "ast", "-a", f)
				got := run(bin, "-m", "ast", "-a", f)
				v := verdict{file: f}
				switch {
				case want.dump == nil || got.dump == nil:
					if want.errType == got.errType && want.errLine == got.errLine {
						v.kind = "rejected alike"
					} else {
						v.kind = "mismatch"
						v.detail = fmt.Sprintf("python3: %s line %s; adder: %s line %s", want.errType, want.errLine, got.errType, got.errLine)
					}
				case bytes.Equal(want.dump, stripTypeParams(got.dump)):
					v.kind = "equal"
				default:
					wn, gn := run("python3", norm, f), run(bin, norm, f)
					switch {
					case gn.dump == nil || !bytes.Equal(wn.dump, gn.dump):
						v.kind = "mismatch"
						v.detail = firstDiff(want.dump, stripTypeParams(got.dump))
					case py312 == "":
						v.kind = "f-string positions only"
					default:
						if want312 := run(py312, norm312, f); bytes.Equal(want312.dump, got.dump) {
							v.kind = "f-string positions only"
						} else {
							v.kind = "mismatch"
							v.detail = "f-string positions differ from 3.12's: " + firstDiff(want312.dump, got.dump)
						}
					}
				}
				verdicts[i] = v
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	counts := map[string]int{}
	for _, v := range verdicts {
		counts[v.kind]++
		if v.kind == "mismatch" {
			t.Errorf("%s: %s", strings.TrimPrefix(v.file, dir+"/"), v.detail)
		}
	}
	t.Logf("%d files: %d equal, %d differ only in f-string positions (3.11 vs 3.12), %d rejected alike, %d mismatches",
		len(files), counts["equal"], counts["f-string positions only"], counts["rejected alike"], counts["mismatch"])
}

// python312 returns the path of a CPython 3.12 interpreter: $ADDER_PYTHON312,
// python3.12 on PATH when it runs, or a pyenv-installed 3.12; "" if none.
func python312() string {
	candidates := []string{os.Getenv("ADDER_PYTHON312"), "python3.12"}
	if root, err := exec.Command("pyenv", "root").Output(); err == nil {
		found, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(root)), "versions", "3.12*", "bin", "python3.12"))
		candidates = append(candidates, found...)
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if out, err := exec.Command(c, "-c", "import sys; print(sys.version_info[:2] == (3, 12))").Output(); err == nil && strings.TrimSpace(string(out)) == "True" {
			return c
		}
	}
	return ""
}

// firstDiff describes the first differing line of two dumps.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d: python3 %q, adder %q", i+1, strings.TrimSpace(w), strings.TrimSpace(g))
		}
	}
	return "dumps differ"
}

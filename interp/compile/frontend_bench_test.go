package compile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

// cpythonCompileScript compiles every file named on stdin with CPython's
// compile() and prints the throughput in MB/s (best of three passes).
const cpythonCompileScript = `
import sys, time
srcs = []
for name in sys.stdin.read().split("\n"):
    if name:
        with open(name, "rb") as f:
            srcs.append((name, f.read()))
total = sum(len(s) for _, s in srcs)
best = None
for _ in range(3):
    t0 = time.perf_counter()
    for name, s in srcs:
        compile(s, name, "exec", dont_inherit=True)
    t = time.perf_counter() - t0
    best = t if best is None else min(best, t)
print(total / best / 1e6)
`

// BenchmarkFrontEndStdlib tokenizes, parses and compiles every module of
// the CPython standard library installed on this machine (the files both
// CPython and Adder accept), reporting MB/s, and CPython's compile() MB/s
// over the same files measured in the same run as cpython-MB/s.
func BenchmarkFrontEndStdlib(b *testing.B) {
	py, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 not found: no standard library to compile")
	}
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		b.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var names []string
	var srcs [][]byte
	var total int64
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") || strings.Contains(path, "site-packages") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		tree, err := syntax.Parse(path, src, syntax.ModeExec, nil)
		if err != nil {
			return nil // CPython rejects it too (test data), or a 3.12 difference
		}
		if _, err := Compile(tree, path, Options{}); err != nil {
			return nil
		}
		names = append(names, path)
		srcs = append(srcs, src)
		total += int64(len(src))
		return nil
	})
	cmd := exec.Command(py, "-c", cpythonCompileScript)
	cmd.Stdin = strings.NewReader(strings.Join(names, "\n"))
	cpy, err := cmd.Output()
	if err != nil {
		b.Fatalf("measuring CPython: %v", err)
	}
	cpythonMBs, _ := strconv.ParseFloat(strings.TrimSpace(string(cpy)), 64)
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			tree, err := syntax.Parse(names[j], src, syntax.ModeExec, nil)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Compile(tree, names[j], Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(cpythonMBs, "cpython-MB/s")
	b.ReportMetric(float64(len(srcs)), "files")
}

package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// BenchmarkScan tokenizes a sample of the CPython standard library and
// reports tokens/s besides MB/s.
func BenchmarkScan(b *testing.B) {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not found: it locates the standard library sample")
	}
	files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
	sort.Strings(files)
	var srcs [][]byte
	size := 0
	for _, f := range files[:min(len(files), 100)] {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			s := NewScanner("bench.py", src, nil)
			for tok := s.Next(); tok.Kind != EOF && tok.Kind != ILLEGAL; tok = s.Next() {
				tokens++
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

package syntax

import (
	"os"
	"testing"
)

// BenchmarkParseStdlib tokenizes and parses the whole standard library of
// python3 (skipped without python3); b.SetBytes makes it report MB/s.
func BenchmarkParseStdlib(b *testing.B) {
	files := stdlibFiles(b, stdlibDir(b))
	var srcs [][]byte
	total := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Parse(path, src, ModeExec, nil); err != nil {
			continue // the few files CPython rejects too, or in encodings we lack
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Parse("<bench>", src, ModeExec, nil)
		}
	}
}

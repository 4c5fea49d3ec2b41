package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse checks that no input makes Parse panic, take long, or return
// something other than a tree or an *Error, in every mode, and that every
// tree it returns can be dumped. Seeds: the golden and error snippets.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/golden/*.py", "testdata/errors/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			if src, err := os.ReadFile(path); err == nil {
				f.Add(src, uint8(0))
			}
		}
	}
	f.Add([]byte("f'{x!r:>{w}}' 'y'"), uint8(1))
	f.Add([]byte("if x:\n  pass"), uint8(2))
	f.Add([]byte("(int, *str) -> None"), uint8(3))
	f.Add([]byte("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: ignore[x]\n"), uint8(0x20))
	f.Add([]byte("print('b\xf6se')  # \xf6\nx\xf6 = 1\n"), uint8(0x40))
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		m := Mode(mode % 4)
		if mode&0x80 != 0 {
			m |= AllowIncomplete
		}
		if mode&0x40 != 0 {
			m |= StringInput
		}
		if mode&0x20 != 0 {
			m |= TypeComments
		}
		// A slow input crashes the worker, so the fuzzer reports it.
		watchdog := time.AfterFunc(2*time.Second, func() { panic(fmt.Sprintf("Parse took over 2s on %q", src)) })
		defer watchdog.Stop()
		mod, err := Parse("<fuzz>", src, m, nil)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		Dump(mod, DumpOptions{IncludeAttributes: true})
	})
}

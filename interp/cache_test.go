package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adderpy/adder/object"
)

// importIn imports module name in a new interpreter whose sys.path is dir,
// and returns the module's attribute "value" and the loader's counters
// during the import.
func importIn(t testing.TB, dir, name string, dontWrite bool) (object.Value, CacheStats) {
	t.Helper()
	in, err := New(Config{Argv: []string{""}, Path: []string{dir}, DontWriteBytecode: dontWrite})
	if err != nil {
		t.Fatal(err)
	}
	before := CodeCacheStats()
	if status := in.RunSource([]byte("import "+name+"\n"), "<string>"); status != 0 {
		t.Fatalf("import %s: exit status %d", name, status)
	}
	after := CodeCacheStats()
	m, ok := in.modules.GetStr(object.Intern(name))
	if !ok {
		t.Fatalf("module %s not in sys.modules", name)
	}
	v, ok := (*Module)(m.Pointer()).dict.GetStr(object.Intern("value"))
	if !ok {
		t.Fatalf("module %s has no attribute value", name)
	}
	return v, CacheStats{after.Hits - before.Hits, after.Compiled - before.Compiled, after.Written - before.Written}
}

func writeModule(t testing.TB, dir, name, src string, mtime time.Time) {
	t.Helper()
	path := filepath.Join(dir, name+".py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func wantValue(t *testing.T, v object.Value, want int64) {
	t.Helper()
	if !v.IsInt() || v.AsInt() != want {
		t.Errorf("value = %v, want %d", v, want)
	}
}

func TestCodeCacheHit(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "cached", "def f(x):\n    return x * 2\nvalue = f(21)\n", time.Unix(1e9, 5))
	v, st := importIn(t, dir, "cached", false)
	wantValue(t, v, 42)
	if st != (CacheStats{Compiled: 1, Written: 1}) {
		t.Errorf("first import: %+v, want one compile and one write", st)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__", "cached."+CacheTag+".pyc")); err != nil {
		t.Errorf("cache file missing: %v", err)
	}
	v, st = importIn(t, dir, "cached", false)
	wantValue(t, v, 42)
	if st != (CacheStats{Hits: 1}) {
		t.Errorf("second import: %+v, want one hit and no parse", st)
	}
}

// TestCodeCacheRejects checks that a cache file that does not belong to the
// current source is recompiled and rewritten, never trusted.
func TestCodeCacheRejects(t *testing.T) {
	mtime := time.Unix(1.5e9, 0)
	cases := []struct {
		name   string
		want   int64 // the module's value after the damage
		damage func(t *testing.T, dir, cache string)
	}{
		{"stale mtime", 2, func(t *testing.T, dir, cache string) {
			// Same size, another mtime: the content may have changed.
			writeModule(t, dir, "m", "value = 2\n", mtime.Add(time.Nanosecond))
		}},
		{"stale size", 22, func(t *testing.T, dir, cache string) {
			writeModule(t, dir, "m", "value = 22\n", mtime)
		}},
		{"truncated", 1, func(t *testing.T, dir, cache string) {
			data, _ := os.ReadFile(cache)
			os.WriteFile(cache, data[:len(data)/2], 0o644)
		}},
		{"header only", 1, func(t *testing.T, dir, cache string) {
			data, _ := os.ReadFile(cache)
			os.WriteFile(cache, data[:cacheHeaderSize], 0o644)
		}},
		{"corrupted", 1, func(t *testing.T, dir, cache string) {
			data, _ := os.ReadFile(cache)
			for i := cacheHeaderSize + 4; i < len(data); i++ {
				data[i] = 0xff
			}
			os.WriteFile(cache, data, 0o644)
		}},
		{"wrong magic", 1, func(t *testing.T, dir, cache string) {
			data, _ := os.ReadFile(cache)
			data[0] ^= 0x55
			os.WriteFile(cache, data, 0o644)
		}},
		{"flags", 1, func(t *testing.T, dir, cache string) {
			data, _ := os.ReadFile(cache)
			data[4] = 1
			os.WriteFile(cache, data, 0o644)
		}},
		{"empty", 1, func(t *testing.T, dir, cache string) {
			os.WriteFile(cache, nil, 0o644)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeModule(t, dir, "m", "value = 1\n", mtime)
			importIn(t, dir, "m", false)
			c.damage(t, dir, CachePath(filepath.Join(dir, "m.py")))
			v, st := importIn(t, dir, "m", false)
			wantValue(t, v, c.want)
			if st != (CacheStats{Compiled: 1, Written: 1}) {
				t.Errorf("import after damage: %+v, want a compile and a rewrite", st)
			}
			v, st = importIn(t, dir, "m", false)
			wantValue(t, v, c.want)
			if st != (CacheStats{Hits: 1}) {
				t.Errorf("import after rewrite: %+v, want a hit", st)
			}
		})
	}
}

func TestCodeCacheUnwritable(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "ro", "value = 7\n", time.Unix(1e9, 0))
	// A file where the __pycache__ directory should be makes writing fail
	// even for root.
	if err := os.WriteFile(filepath.Join(dir, "__pycache__"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		v, st := importIn(t, dir, "ro", false)
		wantValue(t, v, 7)
		if st != (CacheStats{Compiled: 1}) {
			t.Errorf("import: %+v, want a compile and no write", st)
		}
	}
	if os.Getuid() != 0 {
		dir := t.TempDir()
		writeModule(t, dir, "ro", "value = 8\n", time.Unix(1e9, 0))
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
		v, st := importIn(t, dir, "ro", false)
		wantValue(t, v, 8)
		if st != (CacheStats{Compiled: 1}) {
			t.Errorf("import from read-only directory: %+v, want a compile and no write", st)
		}
	}
}

func TestCodeCacheDontWrite(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "nb", "value = 3\n", time.Unix(1e9, 0))
	_, st := importIn(t, dir, "nb", true)
	if st.Written != 0 {
		t.Errorf("-B wrote a cache file: %+v", st)
	}
	// sys.dont_write_bytecode set by the program.
	writeModule(t, dir, "setter", "import sys\nsys.dont_write_bytecode = True\nimport nb\nvalue = 0\n", time.Unix(1e9, 0))
	_, st = importIn(t, dir, "setter", false)
	if st.Written != 1 || st.Compiled != 2 {
		t.Errorf("sys.dont_write_bytecode: %+v, want 2 compiles and 1 write (setter only)", st)
	}
	if _, err := os.Stat(CachePath(filepath.Join(dir, "nb.py"))); err == nil {
		t.Error("cache file written despite sys.dont_write_bytecode")
	}
}

// TestCodeCacheFilename checks that code from a cache file names the
// source file as found now.
func TestCodeCacheFilename(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "fn", "def f(): pass\nvalue = f.__code__.co_filename\n", time.Unix(1e9, 0))
	importIn(t, dir, "fn", false)
	other := filepath.Join(dir, "sub", "..")
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	v, st := importIn(t, other, "fn", false)
	if st.Hits != 1 {
		t.Fatalf("no cache hit: %+v", st)
	}
	if s, ok := v.AsStr(); !ok || s.String() != filepath.Join(other, "fn.py") {
		t.Errorf("co_filename = %v, want %s", v, filepath.Join(other, "fn.py"))
	}
}

// BenchmarkImport imports a module of 300 functions in a new interpreter,
// from source and from the code cache.
func BenchmarkImport(b *testing.B) {
	var src strings.Builder
	for i := range 300 {
		fmt.Fprintf(&src, "def f%d(a, b=%d):\n    if a > b:\n        return [x * a for x in range(b)]\n    return {'k': a, 'v': (b, %q)}\n\n", i, i, "s")
	}
	src.WriteString("value = f1(3)\n")
	for _, cached := range []bool{false, true} {
		b.Run(fmt.Sprintf("cache=%v", cached), func(b *testing.B) {
			dir := b.TempDir()
			writeModule(b, dir, "big", src.String(), time.Unix(1e9, 0))
			if cached {
				importIn(b, dir, "big", false)
			}
			b.ResetTimer()
			for range b.N {
				importIn(b, dir, "big", !cached)
			}
		})
	}
}

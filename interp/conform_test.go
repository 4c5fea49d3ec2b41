package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/adderpy/adder/object"
)

// conformCase is a Python program whose variable out must have the repr
// want (taken from CPython 3.11).
type conformCase struct {
	name, src, want string
}

func runConformCases(t *testing.T, cases []conformCase) {
	t.Helper()
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		g := runPython(t, in, c.src)
		out, ok := g.GetStr(object.Intern("out"))
		if !ok {
			t.Errorf("%s: no variable out", c.name)
			continue
		}
		r, err := object.Repr(&in.main.Thread, out)
		if err != nil {
			t.Errorf("%s: repr: %v", c.name, err)
			continue
		}
		if r.String() != c.want {
			t.Errorf("%s: out = %s, want %s", c.name, r.String(), c.want)
		}
	}
}

// drive is a Python helper that runs a coroutine without an event loop.
const drive = `
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
`

func TestAiterAnext(t *testing.T) {
	runConformCases(t, []conformCase{
		{"anext default", drive + `
class It:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(It())
    return [await anext(it), await anext(it), await anext(it, 'default')]
out = drive(main())
`, "[1, 2, 'default']"},
		{"aiter errors", `
out = []
for f in [lambda: aiter([]), lambda: anext([])]:
    try:
        f()
    except TypeError as e:
        out.append(str(e))
`, `["'list' object is not an async iterable", "'list' object is not an async iterator"]`},
	})
}

func TestFromPackageImportMissing(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "pkg"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pkg", "__init__.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	runConformCases(t, []conformCase{
		{"from pkg import missing", fmt.Sprintf(`
import sys
sys.path.insert(0, %q)
try:
    from pkg import not_there
except ImportError as e:
    out = (type(e).__name__, str(e).split(' (')[0])
`, dir), "('ImportError', \"cannot import name 'not_there' from 'pkg'\")"},
	})
}

func TestModuleRepr(t *testing.T) {
	runConformCases(t, []conformCase{
		{"module reprs", "import sys\nout = (repr(type(sys)('made')), repr(sys))", `("<module 'made'>", "<module 'sys' (built-in)>")`},
	})
}

func TestGeneratorAttributes(t *testing.T) {
	runConformCases(t, []conformCase{
		{"gi_yieldfrom", `
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
out = [g.gi_yieldfrom, g.gi_suspended]
next(g)
out += [type(g.gi_yieldfrom).__name__, g.gi_suspended]
`, "[None, False, 'generator', True]"},
		{"cr_frame", `
async def c(): pass
co = c()
out = [co.cr_frame is not None, co.cr_await, hasattr(co, 'gi_frame')]
co.close()
out.append(co.cr_frame)
`, "[True, None, False, None]"},
	})
}

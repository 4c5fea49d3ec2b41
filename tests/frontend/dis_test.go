package frontend

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	adderOnce sync.Once
	adderBin  string
	adderErr  error
)

// adder returns the adder binary, built once for the package's tests.
func adder(t *testing.T) string {
	adderOnce.Do(func() {
		dir, err := os.MkdirTemp("", "adder-frontend")
		if err != nil {
			adderErr = err
			return
		}
		adderBin = filepath.Join(dir, "adder")
		out, err := exec.Command("go", "build", "-o", adderBin, "../../cmd/adder").CombinedOutput()
		if err != nil {
			adderErr = &buildError{err, string(out)}
		}
	})
	if adderErr != nil {
		t.Fatal(adderErr)
	}
	return adderBin
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + e.out }

// runPy runs adder with args in dir and returns stdout and stderr, failing
// the test when it exits with an error.
func runPy(t *testing.T, dir string, env []string, args ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(adder(t), args...)
	cmd.Dir = dir
	// The test's own environment must not decide whether cache files are
	// written.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONDONTWRITEBYTECODE=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("adder %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// checkLines runs a Python snippet and compares its output with want.
func checkLines(t *testing.T, code, want string) {
	t.Helper()
	got, _ := runPy(t, "", nil, "-c", code)
	if got != want {
		t.Errorf("output of\n%s\ngot:\n%s\nwant:\n%s", code, got, want)
	}
}

func TestCodeAttributes(t *testing.T) {
	checkLines(t, `
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1
    def g():
        return x + a
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_filename)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames == ('a', 'b', 'c', 'd', 'e', 'args', 'kw', 'g'), co.co_cellvars == ('a', 'x'), co.co_freevars == ())
print(co.co_flags & 0xf == 0xf, co.co_stacksize > 0, co.co_consts[0] is None)
g = f(1, d=0)
print(g.__code__.co_freevars == ('a', 'x'), g.__code__.co_qualname, g.__code__.co_flags & 0x10)
pos = list(co.co_positions())
print(all(len(p) == 4 for p in pos), pos[1][0] is not None)
lines = list(co.co_lines())
print(lines[0][0], all(a[1] == b[0] for a, b in zip(lines, lines[1:])), lines[-1][1] == 2 * len(pos))
print(sorted(set(l for _, _, l in lines if l is not None)) == [2, 3, 4, 6])
h = co.replace(co_name='h', co_firstlineno=10)
print(h.co_name, h.co_firstlineno, co.co_name)
try:
    co.replace(co_code=None)
except NotImplementedError:
    print('NotImplementedError')
try:
    co.replace(co_varnames=())
except ValueError:
    print('ValueError')
`, `f f 2 <string>
3 2 2 8
True True True
True True True
True f.<locals>.g 16
True True
0 True True
True
h 10 f
NotImplementedError
ValueError
`)
}

func TestDis(t *testing.T) {
	checkLines(t, `
import dis, _dis, sys
def f(a):
    for i in range(a):
        if i:
            return i
    return -1
listing = _dis.disassemble(f.__code__)
class Out:
    parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
dis.dis(f, file=out)
print(''.join(out.parts) == listing)
ins = list(dis.get_instructions(f))
print([i.offset for i in ins] == list(range(len(ins))))
for i in ins:
    if i.opcode in dis.hasjump:
        assert ins[i.argval].is_jump_target, i
    assert dis.opname[i.opcode] == i.opname
    assert (i.opname in listing)
print(ins[1].starts_line, ins[1].opname in ('LOAD_GLOBAL', 'PUSH_NULL'))
names = [i.argval for i in ins if i.opcode in dis.hasname]
print('range' in names, [i.argval for i in ins if i.opname == 'LOAD_CONST'][-1])
print(dis.opmap['RETURN_VALUE'] == [i.opcode for i in ins if i.opname == 'RETURN_VALUE'][0])
print(list(dis.Bytecode(f)) == ins, dis.Bytecode(f).dis() == listing)
print(dis.Bytecode(f, first_line=100).__iter__().__next__().starts_line)
info = dis.code_info(f).split('\n')
print(info[0], info[2], info[7])
i0 = ins[0]
print(i0 == tuple(i0), i0._replace(offset=5).offset, repr(i0).split('(')[0])
out.parts = []
dis.dis("x = 1", file=out)
print('STORE_NAME' in ''.join(out.parts))
class C:
    def m(self):
        return 2
out.parts = []
dis.dis(C, file=out)
print(''.join(out.parts).split('\n')[0])
`, `True
True
4 True
True -1
True
True True
100
Name:              f Argument count:    1 Flags:             OPTIMIZED, NEWLOCALS, NOFREE
True 5 Instruction
True
Disassembly of m:
`)
}

func TestDumpBytecode(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "helper.py"), []byte("def h():\n    return 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "main.py"), []byte("import helper\nprint(helper.h())\n"), 0o644)
	stdout, stderr := runPy(t, dir, nil, "-X", "dump-bytecode", "main.py")
	if stdout != "1\n" {
		t.Errorf("stdout = %q", stdout)
	}
	for _, want := range []string{"Disassembly of " + filepath.Join(dir, "main.py") + ":", "IMPORT_NAME", "Disassembly of " + filepath.Join(dir, "helper.py") + ":", "Disassembly of <code object h"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-X dump-bytecode output lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Index(stderr, "main.py:") > strings.Index(stderr, "helper.py:") {
		t.Errorf("the script is not listed first:\n%s", stderr)
	}
}

// TestCodeCacheCommandLine checks the command line's control of cache
// files: written by default, not with -B or PYTHONDONTWRITEBYTECODE, and
// never for the main script.
func TestCodeCacheCommandLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		env   []string
		args  []string
		write bool
	}{
		{"default", nil, nil, true},
		{"-B", nil, []string{"-B"}, false},
		{"env", []string{"PYTHONDONTWRITEBYTECODE=1"}, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "mod.py"), []byte("value = 5\n"), 0o644)
			os.WriteFile(filepath.Join(dir, "main.py"), []byte("import mod\nprint(mod.value)\n"), 0o644)
			for range 2 {
				stdout, _ := runPy(t, dir, c.env, append(c.args, "main.py")...)
				if stdout != "5\n" {
					t.Errorf("stdout = %q", stdout)
				}
			}
			entries, _ := os.ReadDir(filepath.Join(dir, "__pycache__"))
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			want := []string(nil)
			if c.write {
				want = []string{"mod.adder-312.pyc"}
			}
			if strings.Join(names, ",") != strings.Join(want, ",") {
				t.Errorf("__pycache__ holds %v, want %v", names, want)
			}
		})
	}
}

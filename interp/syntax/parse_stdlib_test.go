package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// stdlibDir returns the directory of python3's standard library, or skips t.
func stdlibDir(t testing.TB) string {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3 not available:", err)
	}
	return strings.TrimSpace(string(out))
}

// stdlibFiles lists the .py files of the standard library (not
// site-packages), sorted.
func stdlibFiles(t testing.TB, dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if filter := os.Getenv("ADDER_STDLIB_FILTER"); filter != "" {
		var kept []string
		for _, f := range files {
			if strings.Contains(f, filter) {
				kept = append(kept, f)
			}
		}
		files = kept
	}
	return files
}

// runAstDump runs testdata/astdump.py on files.
func runAstDump(t testing.TB, files []string, full bool) []byte {
	args := []string{"testdata/astdump.py"}
	if full {
		args = append(args, "--full")
	}
	cmd := exec.Command("python3", args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("astdump.py: %v", err)
	}
	return out
}

// compareDump is our side of astdump.py: the dump of src's tree, without
// the type_params=[] fields Python 3.11 lacks, or the error class and line.
func compareDump(path string, src []byte) (dump string, errClass string, errLine int) {
	mod, err := Parse(path, src, ModeExec, nil)
	if err != nil {
		e := err.(*Error)
		return "", e.Kind.String(), e.Lineno
	}
	indent := "   "
	text := Dump(mod, DumpOptions{Indent: &indent, IncludeAttributes: true, OmitFStringInnerPositions: true})
	return stripTypeParams(text) + "\n", "", 0
}

// stripTypeParams removes the "type_params=[]," lines of an indented dump
// with attributes (the field is never last there).
func stripTypeParams(s string) string {
	if !strings.Contains(s, "type_params=[],") {
		return s
	}
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.TrimLeft(l, " ") != "type_params=[]," {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// TestStdlibDifferential parses every file of python3's standard library
// and compares the tree with CPython's (ADDER_STDLIB_AST=1 enables it;
// ADDER_STDLIB_FILTER=substring restricts the files).
func TestStdlibDifferential(t *testing.T) {
	if os.Getenv("ADDER_STDLIB_AST") == "" {
		t.Skip("set ADDER_STDLIB_AST=1 to compare with CPython on the standard library")
	}
	files := stdlibFiles(t, stdlibDir(t))
	want := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(runAstDump(t, files, false)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		want[f[0]] = f[1:]
	}
	equal := 0
	var differ []string
	reasons := map[string]string{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		w := want[path]
		dump, errClass, errLine := compareDump(path, src)
		switch {
		case w == nil:
			reasons[path] = "no CPython result"
		case w[0] == "ERR":
			if errClass == w[1] && strconv.Itoa(errLine) == w[2] {
				equal++
				continue
			}
			reasons[path] = fmt.Sprintf("CPython: %s line %s; we: %q line %d", w[1], w[2], errClass, errLine)
		case errClass != "":
			_, perr := Parse(path, src, ModeExec, nil)
			reasons[path] = fmt.Sprintf("we reject valid file: %v", perr)
		default:
			sum := sha256.Sum256([]byte(dump))
			if hex.EncodeToString(sum[:]) == w[1] {
				equal++
				continue
			}
			reasons[path] = "dump differs"
		}
		differ = append(differ, path)
	}
	// Show the first differing line for some differing dumps.
	var dumpDiffer []string
	for _, p := range differ {
		if reasons[p] == "dump differs" && len(dumpDiffer) < 30 {
			dumpDiffer = append(dumpDiffer, p)
		}
	}
	if len(dumpDiffer) > 0 {
		full := runAstDump(t, dumpDiffer, true)
		parts := strings.Split(string(full), "### ")
		for _, part := range parts[1:] {
			path, want, _ := strings.Cut(part, "\n")
			src, _ := os.ReadFile(path)
			got, _, _ := compareDump(path, src)
			reasons[path] = "dump differs: " + firstDiff(got, want)
		}
	}
	for _, p := range differ {
		t.Errorf("%s: %s", p, reasons[p])
	}
	t.Logf("stdlib differential: %d files, %d equal, %d differ", len(files), equal, len(differ))
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			lo := max(i-3, 0)
			return fmt.Sprintf("line %d:\n  context: %s\n  got:  %s\n  want: %s", i+1,
				strings.Join(w[lo:i], "\n           "), g[i], w[i])
		}
	}
	return fmt.Sprintf("lengths %d vs %d lines", len(g), len(w))
}

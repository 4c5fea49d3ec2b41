package syntax

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var longTests = flag.Bool("long", false, "run the differential tokenizer test over the whole CPython standard library")

// tokenizeScript prints, for each file named on its command line, one JSON
// line: the file name and its tokens as Python's tokenize module sees them,
// or an error when tokenize rejects the file.
const tokenizeScript = `
import json, sys, tokenize, token
for path in sys.argv[1:]:
    try:
        with open(path, 'rb') as f:
            toks = [[token.tok_name[t.exact_type], t.string, t.start[0], t.start[1], t.end[0], t.end[1]]
                    for t in tokenize.tokenize(f.readline)
                    if t.type not in (token.COMMENT, token.NL, token.ENCODING)]
        bad = any(t[0] == 'ERRORTOKEN' for t in toks)
        print(json.dumps({'path': path, 'tokens': None if bad else toks}))
    except Exception as e:
        print(json.dumps({'path': path, 'tokens': None}))
`

// kindByName maps the token names of Python's token module to kinds.
var kindByName = func() map[string]Kind {
	m := map[string]Kind{"ENDMARKER": EOF, "NEWLINE": NEWLINE, "INDENT": INDENT, "DEDENT": DEDENT,
		"NAME": NAME, "NUMBER": NUMBER, "STRING": STRING}
	names := []string{"LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
		"STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE",
		"RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX",
		"LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
		"PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL",
		"RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL",
		"RARROW", "ELLIPSIS", "COLONEQUAL", "EXCLAMATION"}
	for i, n := range names {
		m[n] = LPAR + Kind(i)
	}
	return m
}()

// pyToken is one token as the differential test compares it: columns in
// characters, as Python's tokenize reports them.
type pyToken struct {
	Kind       Kind
	Text       string
	Start, End [2]int
}

func (t pyToken) String() string {
	return fmt.Sprintf("%v %q %d,%d-%d,%d", t.Kind, t.Text, t.Start[0], t.Start[1], t.End[0], t.End[1])
}

// scanForDiff tokenizes src and converts the tokens to pyTokens, joining
// each f-string into one STRING token as Python 3.11 sees it.
func scanForDiff(path string, src []byte) ([]pyToken, error) {
	s := NewScanner(path, src, nil)
	var out []pyToken
	charCol := func(p Position) int { return s.CharOffset(p) - 1 }
	var fstart Position
	depth := 0
	for {
		tok := s.Next()
		switch tok.Kind {
		case ILLEGAL:
			return out, s.Err()
		case FSTRING_START:
			if depth == 0 {
				fstart = tok.Start
			}
			depth++
			continue
		case FSTRING_END:
			depth--
			if depth == 0 {
				text := s.Source()[s.Offset(fstart):s.Offset(tok.End)]
				out = append(out, pyToken{STRING, text, [2]int{fstart.Line, charCol(fstart)}, [2]int{tok.End.Line, charCol(tok.End)}})
			}
			continue
		}
		if depth > 0 {
			continue
		}
		text := tok.Text
		if tok.Kind == INDENT {
			text = ""
		}
		out = append(out, pyToken{tok.Kind, text, [2]int{tok.Start.Line, charCol(tok.Start)}, [2]int{tok.End.Line, charCol(tok.End)}})
		if tok.Kind == EOF {
			return out, nil
		}
	}
}

func TestDiffTokenize(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the differential test against Python's tokenize module")
	}
	out, err := exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skipf("python3 does not tell its stdlib path: %v", err)
	}
	stdlib := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(stdlib, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.Contains(path, "site-packages") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no .py files under %s", stdlib)
	}
	if !*longTests && os.Getenv("ADDER_LONG_TESTS") == "" {
		const sample = 50
		step := max(len(files)/sample, 1)
		var picked []string
		for i := 0; i < len(files) && len(picked) < sample; i += step {
			picked = append(picked, files[i])
		}
		files = picked
	}
	cmd := exec.Command(python, append([]string{"-c", tokenizeScript}, files...)...)
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("python3 tokenize: %v", err)
	}
	compared := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var res struct {
			Path   string
			Tokens [][]any
		}
		if err := json.Unmarshal([]byte(line), &res); err != nil {
			t.Fatalf("bad output from python3: %v", err)
		}
		if res.Tokens == nil {
			continue // Python rejects the file (test data with bad syntax)
		}
		src, err := os.ReadFile(res.Path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "\r") {
			continue // tokenize keeps "\r\n" in its positions; the scanner normalizes it
		}
		got, err := scanForDiff(res.Path, src)
		if err != nil && strings.HasPrefix(err.(*Error).Msg, "unknown encoding") {
			continue // an encoding the scanner does not decode
		}
		if err != nil {
			t.Errorf("%s: %v", res.Path, err)
			continue
		}
		compared++
		for i, pt := range res.Tokens {
			want := pyToken{kindByName[pt[0].(string)], pt[1].(string),
				[2]int{int(pt[2].(float64)), int(pt[3].(float64))}, [2]int{int(pt[4].(float64)), int(pt[5].(float64))}}
			if want.Kind == INDENT || want.Kind == EOF {
				want.Text = ""
			}
			want.Text = strings.ReplaceAll(want.Text, "\r\n", "\n")
			if i >= len(got) || got[i] != want {
				g := "nothing"
				if i < len(got) {
					g = got[i].String()
				}
				t.Errorf("%s: token %d: got %s, want %s", res.Path, i, g, want)
				break
			}
		}
		if len(got) > len(res.Tokens) {
			t.Errorf("%s: %d extra tokens, first %s", res.Path, len(got)-len(res.Tokens), got[len(res.Tokens)])
		}
	}
	t.Logf("compared %d files with Python's tokenize", compared)
	if compared == 0 {
		t.Error("no file compared")
	}
}

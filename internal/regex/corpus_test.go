package regex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// corpusCase is one line of testdata/corpus.jsonl (see gen_corpus.py).
type corpusCase struct {
	Op       string `json:"op"`
	Pattern  string `json:"pattern"`
	Flags    Flags  `json:"flags"`
	Bytes    bool   `json:"bytes"`
	Subject  string `json:"subject"`
	Repl     string `json:"repl"`
	Count    int    `json:"count"`
	MaxSplit int    `json:"maxsplit"`
	Result   any    `json:"result"`
	Error    []any  `json:"error"`
}

func subjectOf(c *corpusCase) Subject {
	r := []rune(c.Subject)
	if c.Bytes {
		b := make([]byte, len(r))
		for i, x := range r {
			b[i] = byte(x)
		}
		return BytesSubject(b)
	}
	return RunesSubject(r)
}

func errorKindName(k ErrorKind) string {
	return [...]string{"error", "ValueError", "OverflowError", "IndexError"}[k]
}

// spansOf encodes a match as the generator does.
func spansOf(caps []int, lastIndex int) any {
	out := []any{}
	for i := 0; i < len(caps); i += 2 {
		out = append(out, []any{float64(caps[i]), float64(caps[i+1])})
	}
	if lastIndex == 0 {
		return append(out, nil)
	}
	return append(out, float64(lastIndex))
}

func text(r []rune, caps []int, g int) any {
	if caps[2*g] < 0 {
		return nil
	}
	return string(r[caps[2*g]:caps[2*g+1]])
}

func textOrEmpty(r []rune, caps []int, g int) string {
	if caps[2*g] < 0 {
		return ""
	}
	return string(r[caps[2*g]:caps[2*g+1]])
}

// runCase runs c on the engine and returns its result in the generator's
// encoding.
func runCase(c *corpusCase) (any, error) {
	re, err := Compile([]rune(c.Pattern), c.Flags, c.Bytes)
	if err != nil {
		return nil, err
	}
	s := subjectOf(c)
	r := []rune(c.Subject)
	caps := make([]int, 2*(re.NumGroups+1))
	switch c.Op {
	case "compile":
		return float64(re.NumGroups), nil
	case "search", "match", "fullmatch":
		mode := map[string]Mode{"search": ModeSearch, "match": ModeMatch, "fullmatch": ModeFull}[c.Op]
		last, ok := re.Exec(s, 0, s.Len(), mode, false, caps)
		if !ok {
			return nil, nil
		}
		return spansOf(caps, last), nil
	case "findall", "finditer":
		out := []any{}
		sc := re.NewScanner(s, 0, s.Len())
		for {
			last, ok := sc.Next(ModeSearch, caps)
			if !ok {
				return out, nil
			}
			switch {
			case c.Op == "finditer":
				out = append(out, spansOf(caps, last))
			case re.NumGroups == 0:
				out = append(out, textOrEmpty(r, caps, 0))
			case re.NumGroups == 1:
				out = append(out, textOrEmpty(r, caps, 1))
			default:
				var t []any
				for g := 1; g <= re.NumGroups; g++ {
					t = append(t, textOrEmpty(r, caps, g))
				}
				out = append(out, t)
			}
		}
	case "split":
		out := []any{}
		sc := re.NewScanner(s, 0, s.Len())
		last, n := 0, 0
		for c.MaxSplit == 0 || n < c.MaxSplit {
			if _, ok := sc.Next(ModeSearch, caps); !ok {
				break
			}
			out = append(out, string(r[last:caps[0]]))
			for g := 1; g <= re.NumGroups; g++ {
				out = append(out, text(r, caps, g))
			}
			last = caps[1]
			n++
		}
		return append(out, string(r[last:])), nil
	case "sub", "subn":
		t, err := ParseTemplate([]rune(c.Repl), re)
		if err != nil {
			return nil, err
		}
		var b []rune
		sc := re.NewScanner(s, 0, s.Len())
		last, n := 0, 0
		for c.Count == 0 || n < c.Count {
			if _, ok := sc.Next(ModeSearch, caps); !ok {
				break
			}
			b = append(b, r[last:caps[0]]...)
			for _, p := range t.Parts {
				if p.Group < 0 {
					b = append(b, p.Literal...)
				} else {
					b = append(b, []rune(textOrEmpty(r, caps, p.Group))...)
				}
			}
			last = caps[1]
			n++
		}
		b = append(b, r[last:]...)
		if c.Op == "subn" {
			return []any{string(b), float64(n)}, nil
		}
		return string(b), nil
	}
	return nil, fmt.Errorf("unknown op %q", c.Op)
}

// TestCorpus checks the engine against what CPython 3.11 gave for every
// case in testdata/corpus.jsonl.
func TestCorpus(t *testing.T) {
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, failed := 0, 0
	for sc.Scan() {
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		got, err := runCase(&c)
		desc := fmt.Sprintf("%s(%q, flags=%d, bytes=%v, %q)", c.Op, c.Pattern, c.Flags, c.Bytes, c.Subject)
		if c.Error != nil {
			e, ok := err.(*Error)
			want := fmt.Sprint(c.Error)
			if !ok {
				t.Errorf("%s: got %v, %v; want error %s", desc, got, err, want)
				failed++
			} else if g := fmt.Sprint([]any{errorKindName(e.Kind), e.Msg, e.Pos}); g != want {
				t.Errorf("%s: got error %s; want %s", desc, g, want)
				failed++
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected error %v", desc, err)
			failed++
			continue
		}
		if !reflect.DeepEqual(normalize(got), normalize(c.Result)) {
			t.Errorf("%s: got %v; want %v", desc, got, c.Result)
			failed++
		}
	}
	if n < 400 {
		t.Errorf("corpus has %d cases; want at least 400", n)
	}
	t.Logf("%d cases, %d failed", n, failed)
}

// normalize makes a result comparable: JSON round trip.
func normalize(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// fixture is a fixed result set: two programs under four modes, with a
// failing cell, a wrong cell and a mode that runs only one program.
func fixture() *results {
	res := &results{
		Date:      time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC),
		Machine:   machine{CPU: "Test CPU", Cores: 2, OS: "TestOS (linux/amd64)"},
		Size:      "full",
		Repeat:    3,
		Baseline:  modePython3,
		Reference: modePython3,
		Modes: []modeInfo{
			{Name: modePython3, Command: "/usr/bin/python3", Version: "Python 3.11.7"},
			{Name: modePyPy3, Command: "/usr/bin/pypy3"},
			{Name: modeAdder, Command: "/tmp/adder"},
			{Name: modeNative, Command: "bench/native/<name>"},
		},
		Programs: []string{"nbody", "regex"},
	}
	ok := func(prog, mode string, runs ...float64) cell {
		return cell{Program: prog, Mode: mode, Status: statusOK, Wall: runs, Median: median(runs),
			Min: runs[0], Max: runs[len(runs)-1], CPU: median(runs) * 0.9, MaxRSSKB: 1000}
	}
	res.Cells = []cell{
		ok("nbody", modePython3, 1.0, 1.2, 1.4),
		ok("nbody", modePyPy3, 0.1, 0.125, 0.2),
		{Program: "nbody", Mode: modeAdder, Status: statusFail, Detail: "build failed"},
		ok("nbody", modeNative, 0.01, 0.012, 0.02),
		ok("regex", modePython3, 0.5, 0.5, 0.6),
		ok("regex", modePyPy3, 0.9, 1.0, 1.1),
		{Program: "regex", Mode: modeAdder, Status: statusWrong, Detail: `line 1: got "a", want "b"`},
		{Program: "regex", Mode: modeNative, Status: statusNA},
	}
	res.computeSpeedups()
	return res
}

func TestComputeSpeedups(t *testing.T) {
	res := fixture()
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	if got := res.cell(0, 1).Speedup; !near(got, 1.2/0.125) {
		t.Errorf("pypy3 nbody speedup = %v, want %v", got, 1.2/0.125)
	}
	if got := res.cell(0, 2).Speedup; got != 0 {
		t.Errorf("failed cell has speedup %v", got)
	}
	want := []summary{
		{modePython3, 1, 2},
		{modePyPy3, math.Sqrt(1.2 / 0.125 * 0.5 / 1.0), 2},
		{modeAdder, 0, 0},
		{modeNative, 1.2 / 0.012, 1},
	}
	for j, w := range want {
		s := res.Summary[j]
		if s.Mode != w.Mode || s.Programs != w.Programs || !near(s.GeoMean, w.GeoMean) {
			t.Errorf("summary[%d] = %+v, want %+v", j, s, w)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	if err := writeCSV(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	want := `program,mode,status,median_s,min_s,max_s,cpu_s,max_rss_kb,speedup,runs_s,detail
nbody,python3,ok,1.2000,1.0000,1.4000,1.0800,1000,1.0000,1.0000 1.2000 1.4000,
nbody,pypy3,ok,0.1250,0.1000,0.2000,0.1125,1000,9.6000,0.1000 0.1250 0.2000,
nbody,adder,FAIL,,,,,,,,build failed
nbody,go,ok,0.0120,0.0100,0.0200,0.0108,1000,100.0000,0.0100 0.0120 0.0200,
regex,python3,ok,0.5000,0.5000,0.6000,0.4500,1000,1.0000,0.5000 0.5000 0.6000,
regex,pypy3,ok,1.0000,0.9000,1.1000,0.9000,1000,0.5000,0.9000 1.0000 1.1000,
regex,adder,WRONG,,,,,,,,"line 1: got ""a"", want ""b"""
`
	if got := b.String(); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}
	if _, err := csv.NewReader(&b).ReadAll(); err != nil {
		t.Errorf("CSV does not parse back: %v", err)
	}
}

func TestWriteJSONRoundTrip(t *testing.T) {
	res := fixture()
	var b bytes.Buffer
	if err := writeJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var back results
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, res) {
		t.Errorf("JSON round trip changed the results:\n%s", b.String())
	}
	for _, key := range []string{`"median_s": 1.2`, `"geomean_speedup": 100`, `"status": "WRONG"`, `"cpu": "Test CPU"`} {
		if !strings.Contains(b.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := writeMarkdown(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"Benchmarks: 2026-01-02 03:04 UTC; Test CPU, 2 cores, TestOS (linux/amd64); size full, 1 warm-up + 3 runs",
		"| program | python3 | pypy3 | adder | go |\n|:--|--:|--:|--:|--:|\n",
		"| nbody | 1.200s | 0.125s 9.60x | **FAIL** | 0.012s 100.0x |\n",
		"| regex | 0.500s | 1.000s 0.50x | **WRONG** | - |\n",
		"| *geomean* | *1.00x (2)* | *2.19x (2)* | *-* | *100.0x (1)* |\n",
		"- python3: `/usr/bin/python3` (Python 3.11.7)\n",
		"- adder nbody: FAIL build failed\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, got)
		}
	}
}

func TestPrintTable(t *testing.T) {
	var b bytes.Buffer
	printTable(&b, fixture())
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 7 { // header, column names, 2 programs, geomean, 2 problems
		t.Fatalf("table has %d lines:\n%s", len(lines), b.String())
	}
	if !strings.HasPrefix(strings.TrimSpace(lines[2]), "nbody  ") || !strings.HasSuffix(lines[2], "0.012s 100.0x") {
		t.Errorf("nbody row = %q", lines[2])
	}
}

func TestProblemsFoldsRepeats(t *testing.T) {
	res := fixture()
	res.Programs = append(res.Programs, "chaos")
	for _, m := range res.Modes {
		c := cell{Program: "chaos", Mode: m.Name, Status: statusNA}
		if m.Name == modeAdder {
			c.Status, c.Detail = statusFail, "build failed"
		}
		res.Cells = append(res.Cells, c)
	}
	got := problems(res)
	want := []string{"adder nbody: FAIL build failed (and 1 more programs)", `adder regex: WRONG line 1: got "a", want "b"`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
}

func TestWriteSVG(t *testing.T) {
	var b bytes.Buffer
	if err := writeSVG(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	// Well-formed XML; count the bars (rects with a title) and failure marks.
	bars, marks := 0, 0
	dec := xml.NewDecoder(strings.NewReader(svg))
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "title" && len(stack) > 0 {
				switch stack[len(stack)-1] {
				case "rect":
					bars++
				case "text":
					marks++
				}
			}
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	// Bars: pypy3 x2 + go x1 + geomean for pypy3 and go; adder has no
	// geomean. Marks: adder FAIL and WRONG.
	if bars != 5 || marks != 2 {
		t.Errorf("SVG has %d bars and %d failure marks, want 5 and 2", bars, marks)
	}
	for _, want := range []string{"speedup vs python3 (log scale, higher is faster)", ">pypy3</text>", ">100x</text>", ">geomean</text>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestLogTicks(t *testing.T) {
	if got, want := logTicks(0.1, 10), []float64{0.1, 0.2, 0.5, 1, 2, 5, 10}; !reflect.DeepEqual(got, want) {
		t.Errorf("logTicks(0.1, 10) = %v, want %v", got, want)
	}
	if got, want := logTicks(0.01, 1000), []float64{0.01, 0.1, 1, 10, 100, 1000}; !reflect.DeepEqual(got, want) {
		t.Errorf("logTicks(0.01, 1000) = %v, want %v", got, want)
	}
	lo, hi := speedupRange(fixture(), []int{1, 2, 3})
	if lo != 0.1 || hi != 1000 {
		t.Errorf("speedupRange = %v, %v; want 0.1, 1000", lo, hi)
	}
}

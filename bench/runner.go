// runner.go: the warm-up and repeat schedule, output checks and statistics.

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

type runner struct {
	cfg      *config
	modes    []*mode
	log      io.Writer
	progress bool // draw a progress line on log
	done     int  // runs finished, for the progress line
	total    int  // runs planned
}

// newRunner prepares to run; the progress line is drawn only when log is a
// terminal.
func newRunner(cfg *config, modes []*mode, log io.Writer) *runner {
	r := &runner{cfg: cfg, modes: modes, log: log}
	if f, ok := log.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			r.progress = true
		}
	}
	return r
}

// referenceMode is the mode whose output every other mode must print:
// CPython's when it runs, else the baseline's.
func referenceMode(modes []*mode, baseline string) string {
	for _, m := range modes {
		if m.info.Name == modePython3 {
			return modePython3
		}
	}
	return baseline
}

// runSuite runs every program under every mode and returns the results.
func (r *runner) runSuite(programs []*program) *results {
	res := &results{
		Date:      time.Now().UTC(),
		Size:      "full",
		Repeat:    r.cfg.repeat,
		Baseline:  r.cfg.baseline,
		Reference: referenceMode(r.modes, r.cfg.baseline),
	}
	if r.cfg.quick {
		res.Size = "quick"
	}
	for _, m := range r.modes {
		res.Modes = append(res.Modes, m.info)
	}
	r.total = 0
	for _, p := range programs {
		res.Programs = append(res.Programs, p.Name)
		for _, m := range r.modes {
			if m.applies(p) {
				r.total += 1 + r.cfg.repeat
			}
		}
	}
	res.Cells = make([]cell, len(programs)*len(r.modes))
	for i, p := range programs {
		r.runProgram(p, res, i)
	}
	if r.progress {
		fmt.Fprint(r.log, "\r\033[K")
	}
	res.computeSpeedups()
	return res
}

// cellRun is the state of one cell while its program runs.
type cellRun struct {
	argv   []string
	output []byte // from the warm-up; every later run must match it
	wall   []float64
	cpu    []float64
	rss    int64
}

// runProgram fills row i of res: a warm-up under every mode, the output
// check against the reference, then the timed repeats, modes interleaved.
func (r *runner) runProgram(p *program, res *results, i int) {
	size := p.size(r.cfg.quick)
	runs := make([]*cellRun, len(r.modes))
	ref := -1
	for j, m := range r.modes {
		c := res.cell(i, j)
		c.Program, c.Mode = p.Name, m.info.Name
		if m.info.Name == res.Reference {
			ref = j
		}
		if !m.applies(p) {
			c.Status = statusNA
			continue
		}
		argv, err := m.command(p, size)
		if err != nil {
			c.Status, c.Detail = statusFail, err.Error()
			r.done += 1 + r.cfg.repeat
			continue
		}
		r.showProgress(p, m, 0)
		s := runOnce(argv, r.cfg.timeout)
		if s.status != statusOK {
			c.Status, c.Detail = s.status, s.detail
			r.done += r.cfg.repeat
			continue
		}
		c.Status = statusOK
		runs[j] = &cellRun{argv: argv, output: s.output}
	}
	r.checkOutputs(res, i, runs, ref)
	for rep := 1; rep <= r.cfg.repeat; rep++ {
		for j, m := range r.modes {
			c, cr := res.cell(i, j), runs[j]
			if cr == nil || c.Status != statusOK {
				continue
			}
			r.showProgress(p, m, rep)
			s := runOnce(cr.argv, r.cfg.timeout)
			switch {
			case s.status != statusOK:
				c.Status, c.Detail = s.status, s.detail
			case !bytes.Equal(s.output, cr.output):
				c.Status = statusWrong
				c.Detail = "output changed between runs: " + diffLine(s.output, cr.output)
			default:
				cr.wall = append(cr.wall, s.wall)
				cr.cpu = append(cr.cpu, s.cpu)
				cr.rss = max(cr.rss, s.maxRSSKB)
				continue
			}
			r.done += r.cfg.repeat - rep // the runs this cell skips now
		}
	}
	for j, cr := range runs {
		c := res.cell(i, j)
		if cr == nil || c.Status != statusOK {
			continue
		}
		c.Wall = cr.wall
		c.Median = median(cr.wall)
		c.Min = slices.Min(cr.wall)
		c.Max = slices.Max(cr.wall)
		c.CPU = median(cr.cpu)
		c.MaxRSSKB = cr.rss
	}
}

// checkOutputs compares each warm-up output of row i with the reference's;
// the cells that differ, and all cells when the reference failed, stop.
func (r *runner) checkOutputs(res *results, i int, runs []*cellRun, ref int) {
	var want []byte
	if ref >= 0 && runs[ref] != nil {
		want = runs[ref].output
	}
	for j, cr := range runs {
		if cr == nil || j == ref {
			continue
		}
		c := res.cell(i, j)
		switch {
		case want == nil:
			c.Status = statusNoRef
			c.Detail = "reference mode " + res.Reference + " did not run correctly"
		case !bytes.Equal(cr.output, want):
			c.Status = statusWrong
			c.Detail = diffLine(cr.output, want)
		default:
			continue
		}
		r.done += r.cfg.repeat
	}
}

// diffLine describes the first line where got and want differ.
func diffLine(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for k := 0; k < len(g) || k < len(w); k++ {
		var gl, wl string
		if k < len(g) {
			gl = g[k]
		}
		if k < len(w) {
			wl = w[k]
		}
		if gl != wl {
			return fmt.Sprintf("line %d: got %.60q, want %.60q", k+1, gl, wl)
		}
	}
	return "outputs differ"
}

func (r *runner) showProgress(p *program, m *mode, rep int) {
	r.done++
	if !r.progress {
		return
	}
	what := "warm-up"
	if rep > 0 {
		what = fmt.Sprintf("run %d/%d", rep, r.cfg.repeat)
	}
	fmt.Fprintf(r.log, "\r\033[K[%d/%d] %s %s %s", r.done, r.total, p.Name, m.info.Name, what)
}

// results.go: the result model shared by the runner and the report writers.

package main

import "time"

// status is the outcome of one cell (a program under a mode).
type status string

const (
	statusOK      status = "ok"
	statusWrong   status = "WRONG"   // ran, but printed something else than the reference
	statusFail    status = "FAIL"    // did not build, crashed or exited non-zero
	statusTimeout status = "TIMEOUT" // a run exceeded --timeout
	statusNoRef   status = "NOREF"   // the reference failed, so nothing can be checked
	statusNA      status = "n/a"     // the mode does not run this program
)

// cell is one program under one mode. Times are in seconds; only cells
// with status ok have times.
type cell struct {
	Program  string    `json:"program"`
	Mode     string    `json:"mode"`
	Status   status    `json:"status"`
	Detail   string    `json:"detail,omitempty"` // why it is not ok
	Wall     []float64 `json:"wall_s,omitempty"` // timed runs, in order
	Median   float64   `json:"median_s,omitempty"`
	Min      float64   `json:"min_s,omitempty"`
	Max      float64   `json:"max_s,omitempty"`
	CPU      float64   `json:"cpu_s,omitempty"`      // median user+sys
	MaxRSSKB int64     `json:"max_rss_kb,omitempty"` // largest peak RSS seen
	Speedup  float64   `json:"speedup,omitempty"`    // baseline median / median
}

// modeInfo describes a mode in the reports.
type modeInfo struct {
	Name    string `json:"name"`
	Command string `json:"command"`
	Version string `json:"version,omitempty"`
}

// summary is the geometric-mean speedup of a mode over the Programs that
// ran correctly both in it and in the baseline.
type summary struct {
	Mode     string  `json:"mode"`
	GeoMean  float64 `json:"geomean_speedup,omitempty"`
	Programs int     `json:"programs"`
}

// machine describes where the results were measured.
type machine struct {
	CPU   string `json:"cpu"`
	Cores int    `json:"cores"`
	OS    string `json:"os"`
}

// results is everything one harness run measured.
type results struct {
	Date      time.Time  `json:"date"`
	Machine   machine    `json:"machine"`
	Size      string     `json:"size"` // "quick" or "full"
	Repeat    int        `json:"repeat"`
	Baseline  string     `json:"baseline"`
	Reference string     `json:"reference"` // mode whose output is the truth
	Modes     []modeInfo `json:"modes"`
	Skipped   []string   `json:"skipped,omitempty"` // modes not run, with the reason
	Programs  []string   `json:"programs"`
	Cells     []cell     `json:"cells"` // program-major, modes in Modes order
	Summary   []summary  `json:"summary"`
}

// cell returns the cell of program i under mode j.
func (r *results) cell(i, j int) *cell {
	return &r.Cells[i*len(r.Modes)+j]
}

// computeSpeedups fills Speedup in every ok cell whose baseline cell is ok,
// and Summary with the geometric means.
func (r *results) computeSpeedups() {
	base := -1
	for j, m := range r.Modes {
		if m.Name == r.Baseline {
			base = j
		}
	}
	r.Summary = r.Summary[:0]
	ratios := make([][]float64, len(r.Modes))
	for i := range r.Programs {
		for j := range r.Modes {
			c := r.cell(i, j)
			c.Speedup = 0
			if base < 0 || c.Status != statusOK {
				continue
			}
			b := r.cell(i, base)
			if b.Status != statusOK || c.Median <= 0 {
				continue
			}
			c.Speedup = b.Median / c.Median
			ratios[j] = append(ratios[j], c.Speedup)
		}
	}
	for j, m := range r.Modes {
		r.Summary = append(r.Summary, summary{Mode: m.Name, GeoMean: geoMean(ratios[j]), Programs: len(ratios[j])})
	}
}

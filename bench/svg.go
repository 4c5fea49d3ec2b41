// svg.go: a hand-written SVG bar chart of speedups on a log scale.

package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
)

// Chart geometry, in SVG user units (pixels).
const (
	svgBarWidth   = 9
	svgGroupGap   = 10
	svgPlotHeight = 360
	svgMarginLeft = 78
	svgMarginTop  = 64
	svgMarginBot  = 120
	svgMarginR    = 24
)

// svgColors are the bar colors of the modes, in order (Okabe-Ito, readable
// by color-blind readers).
var svgColors = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

// writeSVG draws, per program and for the geometric mean, one bar per
// non-baseline mode: its speedup over the baseline on a log scale, rising
// from the 1x line when faster and hanging below it when slower. Cells that
// are not ok get a red cross at the 1x line instead of a bar.
func writeSVG(w io.Writer, res *results) error {
	var modes []int // indexes of the modes that get bars
	for j, m := range res.Modes {
		if m.Name != res.Baseline {
			modes = append(modes, j)
		}
	}
	groups := len(res.Programs) + 1 // + geomean
	groupWidth := max(1, len(modes))*svgBarWidth + svgGroupGap
	width := svgMarginLeft + groups*groupWidth + svgMarginR
	height := svgMarginTop + svgPlotHeight + svgMarginBot

	lo, hi := speedupRange(res, modes)
	y := func(s float64) float64 {
		return svgMarginTop + svgPlotHeight*(math.Log10(hi)-math.Log10(s))/(math.Log10(hi)-math.Log10(lo))
	}

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n",
		width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="%d" y="20" font-size="14" font-weight="bold">Speedup over %s per program (size %s, median of %d runs)</text>`+"\n",
		svgMarginLeft, escape(res.Baseline), escape(res.Size), res.Repeat)

	// Legend.
	x := svgMarginLeft
	for k, j := range modes {
		fmt.Fprintf(&b, `<rect x="%d" y="32" width="12" height="12" fill="%s"/>`, x, svgColors[k%len(svgColors)])
		fmt.Fprintf(&b, `<text x="%d" y="42">%s</text>`+"\n", x+16, escape(res.Modes[j].Name))
		x += 24 + 7*len(res.Modes[j].Name)
	}

	// Grid and y axis.
	plotRight := width - svgMarginR
	for _, t := range logTicks(lo, hi) {
		yt := y(t)
		stroke, dash := "#dddddd", ` stroke-dasharray="3,3"`
		if t == 1 {
			stroke, dash = "#333333", ""
		}
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"%s/>`, svgMarginLeft, yt, plotRight, yt, stroke, dash)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", svgMarginLeft-6, yt+4, tickLabel(t))
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333333"/>`+"\n",
		svgMarginLeft, svgMarginTop, svgMarginLeft, svgMarginTop+svgPlotHeight)
	fmt.Fprintf(&b, `<text transform="translate(18,%d) rotate(-90)" text-anchor="middle">speedup vs %s (log scale, higher is faster)</text>`+"\n",
		svgMarginTop+svgPlotHeight/2, escape(res.Baseline))
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">program</text>`+"\n",
		(svgMarginLeft+plotRight)/2, height-8)

	// Bars.
	for g := 0; g < groups; g++ {
		gx := svgMarginLeft + g*groupWidth + svgGroupGap/2
		label := "geomean"
		if g < len(res.Programs) {
			label = res.Programs[g]
		}
		for k, j := range modes {
			bx := gx + k*svgBarWidth
			var speedup float64
			var tip string
			if g < len(res.Programs) {
				c := res.cell(g, j)
				switch c.Status {
				case statusOK:
					speedup = c.Speedup
					tip = fmt.Sprintf("%s, %s: %.3fs", label, c.Mode, c.Median)
				case statusNA:
					continue
				default:
					fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="#cc0000" font-weight="bold">x<title>%s</title></text>`+"\n",
						float64(bx)+svgBarWidth/2.0, y(1)-3, escape(fmt.Sprintf("%s, %s: %s %s", label, c.Mode, c.Status, c.Detail)))
					continue
				}
			} else {
				speedup = res.Summary[j].GeoMean
				tip = fmt.Sprintf("geomean, %s over %d programs", res.Modes[j].Name, res.Summary[j].Programs)
			}
			if speedup <= 0 {
				continue
			}
			top, bottom := y(speedup), y(1)
			if top > bottom {
				top, bottom = bottom, top
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s"><title>%s: %s</title></rect>`+"\n",
				bx, top, svgBarWidth-1, math.Max(bottom-top, 0.5), svgColors[k%len(svgColors)], escape(tip), ratio(speedup))
		}
		lx := float64(gx) + float64(groupWidth-svgGroupGap)/2
		weight := ""
		if g == len(res.Programs) {
			weight = ` font-weight="bold"`
		}
		fmt.Fprintf(&b, `<text transform="translate(%.1f,%d) rotate(-60)" text-anchor="end"%s>%s</text>`+"\n",
			lx+3, svgMarginTop+svgPlotHeight+10, weight, escape(label))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// speedupRange returns decade bounds covering 1 and every speedup drawn.
func speedupRange(res *results, modes []int) (lo, hi float64) {
	lo, hi = 1, 1
	note := func(s float64) {
		if s > 0 {
			lo, hi = math.Min(lo, s), math.Max(hi, s)
		}
	}
	for _, j := range modes {
		for i := range res.Programs {
			note(res.cell(i, j).Speedup)
		}
		note(res.Summary[j].GeoMean)
	}
	lo = math.Pow(10, math.Floor(math.Log10(lo)-0.05))
	hi = math.Pow(10, math.Ceil(math.Log10(hi)+0.05))
	return lo, hi
}

// logTicks returns 1, 2 and 5 times each power of ten in [lo, hi], or only
// the powers of ten when the range spans more than three decades.
func logTicks(lo, hi float64) []float64 {
	steps := []float64{1, 2, 5}
	if hi/lo > 1e3 {
		steps = []float64{1}
	}
	var ticks []float64
	for d := math.Floor(math.Log10(lo)); d <= math.Log10(hi)+1e-9; d++ {
		for _, s := range steps {
			t := s * math.Pow(10, d)
			if t >= lo*(1-1e-9) && t <= hi*(1+1e-9) {
				ticks = append(ticks, roundTick(t))
			}
		}
	}
	return ticks
}

// roundTick removes the float noise of s * 10^d, so 1 compares equal to 1.
func roundTick(t float64) float64 {
	scale := math.Pow(10, math.Floor(math.Log10(t))-3)
	return math.Round(t/scale) * scale
}

func tickLabel(t float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%g", t), ".0") + "x"
}

func escape(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic("BUG: strings.Builder cannot fail: " + err.Error())
	}
	return b.String()
}

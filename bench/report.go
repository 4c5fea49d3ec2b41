// report.go: the terminal table and the JSON, CSV and Markdown reports.

package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
)

// writeReports writes results.json, results.csv, results.md and
// speedup.svg into dir and returns dir.
func writeReports(dir string, res *results) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	writers := []struct {
		name  string
		write func(io.Writer, *results) error
	}{
		{"results.json", writeJSON},
		{"results.csv", writeCSV},
		{"results.md", writeMarkdown},
		{"speedup.svg", writeSVG},
	}
	for _, w := range writers {
		if err := writeFile(filepath.Join(dir, w.name), res, w.write); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func writeFile(path string, res *results, write func(io.Writer, *results) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f, res); err != nil {
		f.Close()
		return fmt.Errorf("%s: %v", path, err)
	}
	return f.Close()
}

func writeJSON(w io.Writer, res *results) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

func writeCSV(w io.Writer, res *results) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"program", "mode", "status", "median_s", "min_s", "max_s",
		"cpu_s", "max_rss_kb", "speedup", "runs_s", "detail"})
	for _, c := range res.Cells {
		if c.Status == statusNA {
			continue
		}
		row := []string{c.Program, c.Mode, string(c.Status), "", "", "", "", "", "", "", c.Detail}
		if c.Status == statusOK {
			runs := make([]string, len(c.Wall))
			for k, t := range c.Wall {
				runs[k] = seconds(t)
			}
			row[3], row[4], row[5], row[6] = seconds(c.Median), seconds(c.Min), seconds(c.Max), seconds(c.CPU)
			row[7] = strconv.FormatInt(c.MaxRSSKB, 10)
			row[9] = strings.Join(runs, " ")
			if c.Speedup > 0 {
				row[8] = strconv.FormatFloat(c.Speedup, 'f', 4, 64)
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

func seconds(t float64) string { return strconv.FormatFloat(t, 'f', 4, 64) }

// cellText is the short form of a cell in the tables: its median time,
// with the speedup when it is not the baseline, or its failure.
func cellText(res *results, c *cell) string {
	switch c.Status {
	case statusOK:
		if c.Mode == res.Baseline || c.Speedup == 0 {
			return fmt.Sprintf("%.3fs", c.Median)
		}
		return fmt.Sprintf("%.3fs %s", c.Median, ratio(c.Speedup))
	case statusNA:
		return "-"
	default:
		return string(c.Status)
	}
}

func ratio(x float64) string {
	if x >= 10 {
		return fmt.Sprintf("%.1fx", x)
	}
	return fmt.Sprintf("%.2fx", x)
}

// summaryText is a mode's geometric-mean speedup and the number of
// programs it covers.
func summaryText(s summary) string {
	if s.Programs == 0 {
		return "-"
	}
	return fmt.Sprintf("%s (%d)", ratio(s.GeoMean), s.Programs)
}

// header is the one-line description of a run shared by the reports.
func header(res *results) string {
	return fmt.Sprintf("%s; %s, %d cores, %s; size %s, 1 warm-up + %d runs, median wall time; speedup vs %s (higher is faster)",
		res.Date.Format("2006-01-02 15:04 MST"), res.Machine.CPU, res.Machine.Cores, res.Machine.OS,
		res.Size, res.Repeat, res.Baseline)
}

// printTable writes the results as an aligned table, then the reasons of
// the cells that are not ok, each distinct reason once per mode.
func printTable(w io.Writer, res *results) {
	fmt.Fprintln(w, header(res))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	width := len("geomean")
	for _, name := range res.Programs {
		width = max(width, len(name))
	}
	fmt.Fprintf(tw, "%-*s\t", width, "program")
	for _, m := range res.Modes {
		fmt.Fprintf(tw, "%s\t", m.Name)
	}
	fmt.Fprintln(tw)
	for i, name := range res.Programs {
		fmt.Fprintf(tw, "%-*s\t", width, name) // names read better flush left
		for j := range res.Modes {
			fmt.Fprintf(tw, "%s\t", cellText(res, res.cell(i, j)))
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprintf(tw, "%-*s\t", width, "geomean")
	for _, s := range res.Summary {
		fmt.Fprintf(tw, "%s\t", summaryText(s))
	}
	fmt.Fprintln(tw)
	tw.Flush()
	for _, line := range problems(res) {
		fmt.Fprintln(w, line)
	}
}

// problems lists "mode program: STATUS detail" for cells that are not ok,
// folding repeats of one reason within a mode into one line.
func problems(res *results) []string {
	var lines []string
	seen := map[string]int{} // mode + detail -> index in lines
	counts := map[int]int{}
	for _, c := range res.Cells {
		if c.Status == statusOK || c.Status == statusNA {
			continue
		}
		key := c.Mode + "\x00" + string(c.Status) + "\x00" + c.Detail
		if k, ok := seen[key]; ok && c.Detail != "" {
			counts[k]++
			continue
		}
		seen[key] = len(lines)
		lines = append(lines, fmt.Sprintf("%s %s: %s %s", c.Mode, c.Program, c.Status, c.Detail))
	}
	for k, n := range counts {
		lines[k] += fmt.Sprintf(" (and %d more programs)", n)
	}
	return lines
}

// writeMarkdown writes a table for pasting into a README.
func writeMarkdown(w io.Writer, res *results) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Benchmarks: %s.\n\n", header(res))
	b.WriteString("| program |")
	for _, m := range res.Modes {
		fmt.Fprintf(&b, " %s |", m.Name)
	}
	b.WriteString("\n|:--|")
	b.WriteString(strings.Repeat("--:|", len(res.Modes)))
	b.WriteString("\n")
	for i, name := range res.Programs {
		fmt.Fprintf(&b, "| %s |", name)
		for j := range res.Modes {
			c := res.cell(i, j)
			text := cellText(res, c)
			if c.Status != statusOK && c.Status != statusNA {
				text = "**" + text + "**"
			}
			fmt.Fprintf(&b, " %s |", text)
		}
		b.WriteString("\n")
	}
	b.WriteString("| *geomean* |")
	for _, s := range res.Summary {
		fmt.Fprintf(&b, " *%s* |", summaryText(s))
	}
	b.WriteString("\n\n")
	for _, m := range res.Modes {
		fmt.Fprintf(&b, "- %s: `%s`", m.Name, m.Command)
		if m.Version != "" {
			fmt.Fprintf(&b, " (%s)", m.Version)
		}
		b.WriteString("\n")
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(&b, "- not run: %s\n", s)
	}
	if lines := problems(res); len(lines) > 0 {
		b.WriteString("\nProblems:\n\n")
		for _, line := range lines {
			fmt.Fprintf(&b, "- %s\n", line)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// This file renders line diffs for failure reports.

package tests

import (
	"fmt"
	"strings"
)

// diffContext is how many unchanged lines are shown around each change.
const diffContext = 3

// maxDiffLines bounds the inputs lineDiff aligns line by line; beyond it the
// quadratic table would be too large and both texts are shown whole.
const maxDiffLines = 4000

// lineDiff returns a readable diff of want and got: changed lines prefixed
// with "-" (only in want) or "+" (only in got), with diffContext unchanged
// lines around them and "..." where unchanged lines were left out.
func lineDiff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	if len(a) > maxDiffLines || len(b) > maxDiffLines {
		return fmt.Sprintf("want:\n%s\ngot:\n%s", want, got)
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}

	type line struct {
		op   byte // ' ', '-' or '+'
		text string
	}
	var lines []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			lines = append(lines, line{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			lines = append(lines, line{'-', a[i]})
			i++
		default:
			lines = append(lines, line{'+', b[j]})
			j++
		}
	}

	// Keep changed lines and the unchanged lines within diffContext of one.
	keep := make([]bool, len(lines))
	for k, l := range lines {
		if l.op != ' ' {
			for c := max(0, k-diffContext); c <= min(len(lines)-1, k+diffContext); c++ {
				keep[c] = true
			}
		}
	}
	var out strings.Builder
	skipped := false
	for k, l := range lines {
		if !keep[k] {
			skipped = true
			continue
		}
		if skipped {
			out.WriteString("...\n")
			skipped = false
		}
		text := strings.TrimSuffix(l.text, "\n")
		if !strings.HasSuffix(l.text, "\n") {
			text += " (no newline)"
		}
		fmt.Fprintf(&out, "%c %s\n", l.op, text)
	}
	if skipped {
		out.WriteString("...\n")
	}
	return out.String()
}

// splitLines splits s after each newline, without the empty string that
// strings.SplitAfter yields after a final newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

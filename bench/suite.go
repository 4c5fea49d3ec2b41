// suite.go: discovering the benchmark programs and parsing their headers.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// program is one benchmark of the suite.
type program struct {
	Name   string // file name without .py
	Path   string // absolute path of the .py file
	Quick  string // argument at the quick size
	Full   string // argument at the full size
	Native string // package directory of the native Go twin; empty if none
}

// size returns the argument for the chosen size.
func (p *program) size(quick bool) string {
	if quick {
		return p.Quick
	}
	return p.Full
}

const headerPrefix = "# bench:"

// parseHeader finds the "# bench: quick=A full=B" line among the leading
// comment lines of a program and returns A and B. A size is an integer or a
// word, without spaces.
func parseHeader(r io.Reader) (quick, full string, err error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "#") {
			break
		}
		if !strings.HasPrefix(line, headerPrefix) {
			continue
		}
		for _, field := range strings.Fields(line[len(headerPrefix):]) {
			key, value, ok := strings.Cut(field, "=")
			if !ok || value == "" {
				return "", "", fmt.Errorf("bad field %q in header", field)
			}
			switch key {
			case "quick":
				quick = value
			case "full":
				full = value
			default:
				return "", "", fmt.Errorf("unknown key %q in header", key)
			}
		}
		if quick == "" || full == "" {
			return "", "", errors.New("header needs both quick= and full=")
		}
		return quick, full, nil
	}
	if err := sc.Err(); err != nil {
		return "", "", err
	}
	return "", "", errors.New(`no "# bench: quick=... full=..." header in the leading comments`)
}

// loadSuite reads bench/programs under the module root, keeping the
// programs whose name matches filter (all when filter is nil), sorted by
// name.
func loadSuite(root string, filter *regexp.Regexp) ([]*program, error) {
	dir := filepath.Join(root, "bench", "programs")
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var programs []*program
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		if filter != nil && !filter.MatchString(name) {
			continue
		}
		p, err := loadProgram(root, name, path)
		if err != nil {
			return nil, err
		}
		programs = append(programs, p)
	}
	if len(programs) == 0 {
		return nil, fmt.Errorf("no programs in %s match the filter", dir)
	}
	return programs, nil
}

func loadProgram(root, name, path string) (*program, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	quick, full, err := parseHeader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	p := &program{Name: name, Path: path, Quick: quick, Full: full}
	native := filepath.Join(root, "bench", "native", name)
	if _, err := os.Stat(filepath.Join(native, "main.go")); err == nil {
		p.Native = native
	}
	return p, nil
}

// moduleRoot finds the directory of go.mod at or above the working
// directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory; run from the repository")
		}
		dir = parent
	}
}

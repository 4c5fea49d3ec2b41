// run.go: preparing the modes and running the programs under them.

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// mode is a way to run a program.
type mode struct {
	info   modeInfo
	argv   []string          // command prefix; the program path and size follow
	native map[string]string // go mode: program name -> built binary
	broken string            // non-empty: every cell fails with this detail
}

// command returns the command line that runs p at the given size under m,
// or an error saying why it cannot run.
func (m *mode) command(p *program, size string) ([]string, error) {
	if m.broken != "" {
		return nil, errors.New(m.broken)
	}
	if m.native != nil {
		bin, ok := m.native[p.Name]
		if !ok {
			panic("BUG: go mode asked to run a program without a native twin")
		}
		if strings.HasPrefix(bin, "!") {
			return nil, errors.New(bin[1:])
		}
		return []string{bin, size}, nil
	}
	return append(append([]string(nil), m.argv...), p.Path, size), nil
}

// applies reports whether m has a cell for p: the go mode only runs
// programs with a native twin.
func (m *mode) applies(p *program) bool {
	return m.native == nil || p.Native != ""
}

// pythonLabel names a --python mode after the interpreter's file name.
func pythonLabel(path string) string {
	return filepath.Base(path)
}

// resolveModes turns the configuration into runnable modes, building adder
// and the native twins into tmp. Modes that cannot be found are skipped
// with a message on log, and listed in skipped; modes that fail to build
// stay, with every cell failing.
func resolveModes(cfg *config, root, tmp string, programs []*program, log io.Writer) (modes []*mode, skipped []string, err error) {
	var adder *mode // built once for both adder modes
	for _, name := range cfg.modes {
		switch name {
		case modeAdder, modeAdderNoJIT:
			if adder == nil {
				adder = adderMode(cfg, root, tmp)
			}
			m := &mode{info: adder.info, argv: adder.argv, broken: adder.broken}
			m.info.Name = name
			if name == modeAdderNoJIT {
				m.argv = append(append([]string(nil), m.argv...), "-X", "jit=off")
			}
			m.info.Command = strings.Join(m.argv, " ")
			modes = append(modes, m)
		case modePython3, modePyPy3:
			path, err := exec.LookPath(name)
			if err != nil {
				reason := fmt.Sprintf("%s (%s not found on PATH)", name, name)
				fmt.Fprintf(log, "bench: skipping mode %s\n", reason)
				skipped = append(skipped, reason)
				continue
			}
			modes = append(modes, interpreterMode(name, path))
		case modeNative:
			modes = append(modes, nativeMode(root, tmp, programs))
		default:
			panic("BUG: unvalidated mode " + name)
		}
	}
	for _, path := range cfg.pythons {
		abs, err := exec.LookPath(path)
		if err != nil {
			return nil, nil, fmt.Errorf("--python %s: %v", path, err)
		}
		label := pythonLabel(path)
		for _, m := range modes {
			if m.info.Name == label {
				label += "-" + fmt.Sprint(len(modes))
			}
		}
		modes = append(modes, interpreterMode(label, abs))
	}
	if len(modes) == 0 {
		return nil, nil, errors.New("no mode can run")
	}
	for _, m := range modes {
		if m.info.Name == cfg.baseline {
			return modes, skipped, nil
		}
	}
	return nil, nil, fmt.Errorf("baseline mode %q is not among the modes that run", cfg.baseline)
}

func interpreterMode(name, path string) *mode {
	m := &mode{info: modeInfo{Name: name, Command: path}, argv: []string{path}}
	out, err := exec.Command(path, "--version").CombinedOutput()
	if err == nil {
		m.info.Version = strings.Join(strings.Fields(string(out)), " ")
	}
	return m
}

// adderMode uses --adder or builds ./cmd/adder. A failed build is not an
// error of the harness: it makes every adder cell FAIL.
func adderMode(cfg *config, root, tmp string) *mode {
	m := &mode{info: modeInfo{Name: modeAdder}}
	bin := cfg.adderPath
	if bin == "" {
		bin = filepath.Join(tmp, "adder")
		if err := goBuild(root, bin, "./cmd/adder"); err != nil {
			m.broken = "build of ./cmd/adder failed: " + err.Error()
		}
	} else if abs, err := filepath.Abs(bin); err == nil {
		bin = abs
	}
	m.argv = []string{bin}
	m.info.Command = bin
	if m.broken == "" {
		if out, err := exec.Command(bin, "-V").CombinedOutput(); err == nil {
			m.info.Version = strings.TrimSpace(string(out))
		}
	}
	return m
}

// nativeMode builds the native twins of programs. A failed build makes
// that program's cell FAIL; it is kept as "!reason" in the table.
func nativeMode(root, tmp string, programs []*program) *mode {
	m := &mode{info: modeInfo{Name: modeNative, Command: "bench/native/<name>", Version: runtime.Version()},
		native: map[string]string{}}
	for _, p := range programs {
		if p.Native == "" {
			continue
		}
		bin := filepath.Join(tmp, "native-"+p.Name)
		if err := goBuild(root, bin, "./"+filepath.ToSlash(mustRel(root, p.Native))); err != nil {
			bin = "!build failed: " + err.Error()
		}
		m.native[p.Name] = bin
	}
	return m
}

func mustRel(base, target string) string {
	rel, err := filepath.Rel(base, target)
	if err != nil {
		panic("BUG: native package outside the module: " + err.Error())
	}
	return rel
}

func goBuild(root, out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	msg, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, firstLine(string(msg)))
	}
	return nil
}

// sample is one run of a program.
type sample struct {
	status   status
	detail   string
	output   []byte
	wall     float64 // seconds
	cpu      float64 // user + sys seconds
	maxRSSKB int64
}

// runOnce runs argv with PYTHONHASHSEED=0 and the given time limit.
func runOnce(argv []string, timeout time.Duration) sample {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.WaitDelay = time.Second
	var stdout bytes.Buffer
	stderr := &tailBuffer{limit: 4096}
	cmd.Stdout = &stdout
	cmd.Stderr = stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{output: stdout.Bytes(), wall: time.Since(start).Seconds(), status: statusOK}
	if ps := cmd.ProcessState; ps != nil {
		s.cpu = (ps.UserTime() + ps.SystemTime()).Seconds()
		s.maxRSSKB = maxRSSKB(ps)
	}
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		s.status, s.detail = statusTimeout, "exceeded "+timeout.String()
	case err != nil:
		s.status = statusFail
		s.detail = err.Error()
		if last := lastLine(stderr.String()); last != "" {
			s.detail += ": " + last
		}
	}
	return s
}

// tailBuffer keeps the last limit bytes written to it: the end of a
// traceback says what went wrong.
type tailBuffer struct {
	buf   []byte
	limit int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - t.limit; over > 0 {
		t.buf = t.buf[over:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.buf) }

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, '\n')+1:]
}

package repl

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/*.expected by running python3")

// sessions are the piped-input cases: testdata/NAME.in is stdin.
var sessions = []struct {
	name string
	args []string
}{
	{"session", []string{"-i"}},
	{"errors", []string{"-q", "-i"}},
	{"script", []string{"-i", "script.py", "arg1"}},
	{"nosite", []string{"-S", "-i"}},
	{"site", []string{"-q", "-i"}},
	{"displayhook", []string{"-q", "-i"}},
	// CPython ends itself with SIGINT when the last statement it ran
	// ended with KeyboardInterrupt.
	{"interrupt_last", []string{"-q", "-i"}},
	{"interrupt_then_more", []string{"-q", "-i"}},
}

// sessionTimeout bounds one run; a hang is a failure.
const sessionTimeout = 20 * time.Second

func TestPipedSessions(t *testing.T) {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	bin := "python3"
	if !*update {
		bin = adderBinary(t)
	}
	for _, s := range sessions {
		t.Run(s.name, func(t *testing.T) {
			input, err := os.ReadFile(filepath.Join(dir, s.name+".in"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := runPiped(dir, bin, s.args, input)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, s.name+".expected")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("adder %s < %s.in:\n--- got ---\n%s--- want ---\n%s", strings.Join(s.args, " "), s.name, got, want)
			}
		})
	}
}

// bannerLine matches the version line of the banner, which names the
// implementation.
var bannerLine = regexp.MustCompile(`(?m)^Python 3\.\d+\.\d+ .* on \w+$`)

// runPiped runs bin with args in dir, input on stdin, and renders stdout,
// stderr and the exit status.
func runPiped(dir, bin string, args []string, input []byte) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	cmd.Stdin = bytes.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	timer := time.AfterFunc(sessionTimeout, func() { cmd.Process.Kill() })
	err := cmd.Run()
	timer.Stop()
	end := "exit status 0"
	if exit, ok := err.(*exec.ExitError); ok {
		end = fmt.Sprintf("exit status %d", exit.ExitCode())
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			end = "killed by signal: " + ws.Signal().String()
		}
	} else if err != nil {
		return "", err
	}
	clean := func(s string) string {
		s = strings.ReplaceAll(s, dir+string(filepath.Separator), "")
		return bannerLine.ReplaceAllString(s, "<banner>")
	}
	return fmt.Sprintf("-- stdout --\n%s\n-- stderr --\n%s\n-- %s --\n",
		clean(stdout.String()), clean(stderr.String()), end), nil
}

// testEnv is the environment of the programs under test: no PYTHON*
// variables but a fixed hash seed.
func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	return append(env, "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1")
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// adderBinary builds ./cmd/adder once for all the tests of this package.
func adderBinary(t *testing.T) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "adder-repl-test")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "adder")
		cmd := exec.Command("go", "build", "-o", builtBin, "./cmd/adder")
		cmd.Dir = "../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building ./cmd/adder: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

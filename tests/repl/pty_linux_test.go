package repl

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// expectTimeout bounds the wait for one piece of output.
const expectTimeout = 10 * time.Second

// terminal is adder running on a pseudo-terminal.
type terminal struct {
	t      *testing.T
	master *os.File
	cmd    *exec.Cmd
	stderr syncBuffer

	mu     sync.Mutex
	screen []byte // everything written to the terminal
	seen   int    // how much of screen expect has consumed
	grew   chan struct{}
}

// openPTY opens a pseudo-terminal pair.
func openPTY() (master, slave *os.File, err error) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 24, Col: 80})
	return m, s, nil
}

// startTerminal runs adder with args, stdin and stdout on a new
// pseudo-terminal that is its controlling terminal (so that Ctrl-C sends
// SIGINT), stderr on a pipe.
func startTerminal(t *testing.T, args ...string) *terminal {
	bin := adderBinary(t)
	master, slave, err := openPTY()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	term := &terminal{t: t, master: master, grew: make(chan struct{}, 1)}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(testEnv(), "TERM=xterm")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, &term.stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	term.cmd = cmd
	go term.readLoop()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		master.Close()
	})
	return term
}

func (term *terminal) readLoop() {
	buf := make([]byte, 4096)
	for {
		n, err := term.master.Read(buf)
		term.mu.Lock()
		term.screen = append(term.screen, buf[:n]...)
		term.mu.Unlock()
		select {
		case term.grew <- struct{}{}:
		default:
		}
		if err != nil {
			return
		}
	}
}

// typeKeys sends keys to the terminal.
func (term *terminal) typeKeys(keys string) {
	term.t.Helper()
	if _, err := term.master.WriteString(keys); err != nil {
		term.t.Fatal(err)
	}
}

// expect waits until the terminal shows want after what earlier calls
// consumed, and consumes up to the end of it.
func (term *terminal) expect(want string) {
	term.t.Helper()
	deadline := time.After(expectTimeout)
	for {
		term.mu.Lock()
		i := bytes.Index(term.screen[term.seen:], []byte(want))
		if i >= 0 {
			term.seen += i + len(want)
			term.mu.Unlock()
			return
		}
		rest := string(term.screen[term.seen:])
		term.mu.Unlock()
		select {
		case <-term.grew:
		case <-deadline:
			term.t.Fatalf("terminal never showed %q; it shows %q after what was expected before\nstderr: %q", want, rest, term.stderr.String())
		}
	}
}

// wait waits for adder to exit and returns its exit status.
func (term *terminal) wait() int {
	term.t.Helper()
	done := make(chan error, 1)
	go func() { done <- term.cmd.Wait() }()
	select {
	case err := <-done:
		if exit, ok := err.(*exec.ExitError); ok {
			if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				return -int(ws.Signal())
			}
			return exit.ExitCode()
		}
		if err != nil {
			term.t.Fatal(err)
		}
		return 0
	case <-time.After(expectTimeout):
		term.t.Fatalf("adder did not exit; stderr: %q", term.stderr.String())
		return 0
	}
}

const (
	keyUp   = "\x1b[A"
	keyLeft = "\x1b[D"
	ctrlA   = "\x01"
	ctrlC   = "\x03"
	ctrlD   = "\x04"
	ctrlE   = "\x05"
	ctrlK   = "\x0b"
	ctrlU   = "\x15"
	ctrlW   = "\x17"
)

// TestTerminalSession types a session at adder on a terminal.
func TestTerminalSession(t *testing.T) {
	term := startTerminal(t)
	term.expect(">>> ")

	// An expression echoes its value; _ holds it.
	term.typeKeys("6*7\r")
	term.expect("6*7\r\n42\r\n>>> ")
	term.typeKeys("_ + 1\r")
	term.expect("43\r\n>>> ")

	// A compound statement goes on until an empty line.
	term.typeKeys("for i in range(2):\r")
	term.expect("... ")
	term.typeKeys("\ti\r")
	term.expect("... ")
	term.typeKeys("\r")
	term.expect("0\r\n1\r\n>>> ")

	// Open brackets continue the statement.
	term.typeKeys("[1,\r")
	term.expect("... ")
	term.typeKeys("2]\r")
	term.expect("[1, 2]\r\n>>> ")

	// An error is reported on stderr and the session goes on.
	term.typeKeys("1/0\r")
	term.expect(">>> ")

	// Line editing.
	term.typeKeys("print('ac')" + keyLeft + keyLeft + keyLeft + "b\r")
	term.expect("abc\r\n>>> ")
	term.typeKeys("rint('x')" + ctrlA + "p" + ctrlE + "\r")
	term.expect("x\r\n>>> ")
	term.typeKeys("junk" + ctrlU + "print('u')\r")
	term.expect("u\r\n>>> ")
	term.typeKeys("print('w') junk" + ctrlW + "\r")
	term.expect("w\r\n>>> ")
	term.typeKeys("print('k')junk" + keyLeft + keyLeft + keyLeft + keyLeft + ctrlK + "\r")
	term.expect("k\r\n>>> ")

	// History: up recalls the line before.
	term.typeKeys(keyUp + "\r")
	term.expect("k\r\n>>> ")

	// Ctrl-C cancels the line being typed, and a statement being
	// continued.
	term.typeKeys("1 + " + ctrlC)
	term.expect(">>> ")
	term.typeKeys("if True:\r")
	term.expect("... ")
	term.typeKeys(ctrlC)
	term.expect(">>> ")

	// Ctrl-C interrupts running code.
	term.typeKeys("print('spinning', flush=True); exec('while True: pass')\r")
	term.expect("spinning\r\n")
	term.typeKeys(ctrlC)
	term.expect(">>> ")

	// input() reads the terminal too.
	term.typeKeys("s = input('? ')\r")
	term.expect("input('? ')\r\n? ") // the echo, then input's prompt
	term.typeKeys("hello\r")
	term.expect(">>> ")
	term.typeKeys("s\r")
	term.expect("'hello'\r\n>>> ")

	// Ctrl-D ends the session.
	term.typeKeys(ctrlD)
	if status := term.wait(); status != 0 {
		t.Errorf("exit status %d after Ctrl-D, want 0", status)
	}

	want := []string{
		"Python 3.12.0 (Adder ", " on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
		"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n",
		"\nKeyboardInterrupt\n\nKeyboardInterrupt\n",
		"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt\n",
	}
	stderr := term.stderr.String()
	rest := stderr
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("stderr lacks %q in order; it is\n%s", w, stderr)
		}
		rest = rest[i+len(w):]
	}
	if rest != "\n" {
		t.Errorf("stderr ends with %q, want the newline after Ctrl-D", rest)
	}
}

// TestTerminalExit checks exit() and SystemExit's status, and python -i
// on a terminal.
func TestTerminalExit(t *testing.T) {
	term := startTerminal(t, "-q")
	term.expect(">>> ")
	term.typeKeys("exit\r")
	term.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\r\n>>> ")
	term.typeKeys("exit(3)\r")
	if status := term.wait(); status != 3 {
		t.Errorf("exit status %d after exit(3), want 3", status)
	}
	if got := term.stderr.String(); got != "" {
		t.Errorf("stderr %q, want none with -q", got)
	}

	term = startTerminal(t, "-i", "-c", "x = 5; y")
	term.expect(">>> ")
	term.typeKeys("x\r")
	term.expect("5\r\n>>> ")
	term.typeKeys("raise SystemExit(4)\r")
	if status := term.wait(); status != 4 {
		t.Errorf("exit status %d after SystemExit(4), want 4", status)
	}
	if got := term.stderr.String(); !strings.Contains(got, "NameError: name 'y' is not defined\n") || strings.Contains(got, "Python 3") {
		t.Errorf("stderr %q, want the NameError and no banner", got)
	}
}

// TestPipedInterrupt sends SIGINT to adder -i waiting for piped input: it
// reports KeyboardInterrupt, prompts again and goes on reading.
func TestPipedInterrupt(t *testing.T) {
	bin := adderBinary(t)
	cmd := exec.Command(bin, "-q", "-i")
	cmd.Env = testEnv()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitFor := func(b *syncBuffer, want string) {
		t.Helper()
		deadline := time.Now().Add(expectTimeout)
		for !strings.Contains(b.String(), want) {
			if time.Now().After(deadline) {
				t.Fatalf("never saw %q; stdout %q, stderr %q", want, stdout.String(), stderr.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitFor(&stderr, ">>> ")
	cmd.Process.Signal(syscall.SIGINT)
	waitFor(&stderr, ">>> \nKeyboardInterrupt\n>>> ")
	stdin.Write([]byte("1 + 1\n"))
	waitFor(&stdout, "2\n")
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Errorf("adder: %v; stderr %q", err, stderr.String())
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

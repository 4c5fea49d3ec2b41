package interp

// This file holds the interactive interpreter: python with no program and
// a terminal on stdin, and python -i. It reads statements a line at a
// time, compiles each in 'single' mode (so that expression statements
// echo through sys.displayhook), runs them in __main__ and reports errors
// without stopping, as CPython's read-eval-print loop does.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// LineReader reads interactive input with line editing, for a terminal.
type LineReader interface {
	// ReadLine shows prompt, reads one line and returns it without its
	// line ending. It returns io.EOF at the end of input and
	// ErrInterrupted when the user cancelled the line (Ctrl-C).
	//
	// The REPL calls it without the GIL, from a goroutine of its own, so
	// that other Python threads run meanwhile. If a signal handler raises
	// while ReadLine waits (kill -INT, rather than Ctrl-C typed at the
	// editor), the REPL reports the exception and takes the line that
	// call eventually returns as the start of a new statement.
	ReadLine(prompt string) (string, error)
}

// ErrInterrupted is the error of a LineReader whose user cancelled the line.
var ErrInterrupted = errors.New("input interrupted")

// Program names what python -i runs before the REPL: at most one of its
// fields is set, and none for the plain REPL.
type Program struct {
	File    string // a script (python -i file)
	Command string // python -i -c command
	Module  string // python -i -m module
}

// replFilename names interactive input in tracebacks.
const replFilename = "<stdin>"

// Interact is python's interactive mode. It runs prog as __main__ (an
// uncaught exception, SystemExit included, is printed and does not stop
// it), then reads and runs statements in __main__'s namespace until the end
// of input or SystemExit, and returns the process exit status.
//
// With r nil, lines are read plainly from sys.__stdin__ (shared with
// input()) and prompts are written to stderr, as CPython does when stdin
// or stdout is not a terminal. Otherwise r reads them and shows prompts.
// The caller prints the banner first.
func (in *Interpreter) Interact(prog Program, r LineReader) int {
	return in.guard(func(th *Thread) error {
		if err := th.runProgram(prog); err != nil {
			exc, ok := err.(*object.Exc)
			if !ok {
				return err
			}
			th.reportInteractive(exc)
			in.uncaughtInterrupt = exc.Type().IsSubtype(object.KeyboardInterrupt)
		}
		return th.repl(r)
	})
}

// runProgram runs what python -i names before the REPL.
func (th *Thread) runProgram(prog Program) error {
	var src []byte
	filename := prog.File
	switch {
	case prog.Module != "":
		return th.runModuleAsMain(prog.Module)
	case prog.Command != "":
		src, filename = []byte(prog.Command+"\n"), "<string>"
	case prog.File != "":
		var err error
		if src, err = os.ReadFile(prog.File); err != nil {
			fmt.Fprintf(os.Stderr, "%s: can't open file %s: %s\n", th.interp.progName(), pyQuote(prog.File), osErrorText(err))
			return nil
		}
	default:
		return nil
	}
	code, err := th.compileSource(src, filename, syntax.ModeExec)
	if err != nil {
		return err
	}
	main := th.mainModule(filename)
	_, err = th.execCode(code, main.dict, main.dict.AsValue())
	return err
}

// multipleStatements is the parser's message for 'single' mode input that
// holds more than one statement.
const multipleStatements = "multiple statements found while compiling a single statement"

// replState is one interactive session.
type replState struct {
	th     *Thread
	editor LineReader    // nil for plain input
	stdin  *bufio.Reader // plain input
	// pending is a read that an exception from a signal handler stopped
	// waiting for; the next read takes its line.
	pending *pendingRead
}

// pendingRead is one line being read by a goroutine without the GIL.
type pendingRead struct {
	done chan struct{}
	line string
	err  error
}

// repl reads and runs statements until the end of input (nil) or
// SystemExit (returned).
func (th *Thread) repl(editor LineReader) error {
	in := th.interp
	var mainModule *Module
	if v, ok := in.modules.GetStr(object.Intern("__main__")); ok {
		mainModule, _ = asModule(v)
	}
	if mainModule == nil {
		mainModule = th.mainModule(replFilename)
	}
	for _, p := range [...]struct{ name, text string }{{"ps1", ">>> "}, {"ps2", "... "}} {
		if _, ok := th.sysAttr(p.name); !ok {
			in.sys.dict.SetStr(object.Intern(p.name), object.StrValue(p.text))
		}
	}
	rs := &replState{th: th, editor: editor}
	if editor == nil {
		rs.stdin = th.stdinReader()
	}
	var lines []string
	for {
		prompt := "ps1"
		if len(lines) > 0 {
			prompt = "ps2"
		}
		line, err := rs.readLine(th.promptText(prompt))
		if err != nil {
			lines = nil
			if err == io.EOF {
				fmt.Fprintln(os.Stderr)
				return nil
			}
			if err == ErrInterrupted {
				err = object.NewException(object.KeyboardInterrupt)
			}
			exc, ok := err.(*object.Exc)
			if !ok {
				return err
			}
			if exc.Type().IsSubtype(object.SystemExit) {
				return exc
			}
			if exc.Type().IsSubtype(object.KeyboardInterrupt) {
				// As CPython at its prompt: no traceback.
				fmt.Fprint(os.Stderr, "\nKeyboardInterrupt\n")
			} else {
				th.reportInteractive(exc)
			}
			continue
		}
		if len(lines) == 0 && isBlankOrComment(line) {
			continue
		}
		lines = append(lines, line)
		src := []byte(strings.Join(lines, "\n"))
		tree, perr := syntax.Parse(replFilename, src, syntax.ModeSingle|syntax.AllowIncomplete, nil)
		if syntax.IsIncomplete(perr) {
			// An empty line ends a statement, unless it is inside brackets
			// or a triple-quoted string: "if x:" and an empty line is an
			// IndentationError, as at CPython's prompt.
			if line != "" || openAtEnd(src) {
				continue
			}
			// Parsed as CPython's prompt sees it, the empty line ends
			// with its newline.
			src = append(src, '\n')
			tree, perr = syntax.Parse(replFilename, src, syntax.ModeSingle, nil)
		}
		if e, ok := perr.(*syntax.Error); ok && e.Msg == multipleStatements {
			// compile() reports a second statement so; the prompt, which
			// reads a statement at a time, finds invalid syntax there.
			e.Msg = "invalid syntax"
		}
		lines = nil
		if err := th.runStatement(tree, perr, src, mainModule); err != nil {
			return err
		}
	}
}

// runStatement compiles and runs one interactive statement (or reports
// its syntax error). It returns only SystemExit, which ends the session.
func (th *Thread) runStatement(tree syntax.ModNode, parseErr error, src []byte, main *Module) error {
	in := th.interp
	var err error
	if parseErr != nil {
		err = th.syntaxErrorFrom(parseErr)
	} else if code, cerr := th.CompileTree(tree, replFilename, src); cerr != nil {
		err = cerr
	} else {
		_, err = th.execCode(code, main.dict, main.dict.AsValue())
		// CPython ends itself with SIGINT at exit when the last statement
		// it ran ended with KeyboardInterrupt, even after more input.
		in.uncaughtInterrupt = false
		if exc, ok := err.(*object.Exc); ok && exc.Type().IsSubtype(object.KeyboardInterrupt) {
			in.uncaughtInterrupt = true
		}
	}
	in.Flush()
	if err == nil {
		return nil
	}
	exc, ok := err.(*object.Exc)
	if !ok || exc.Type().IsSubtype(object.SystemExit) {
		return err
	}
	th.reportInteractive(exc)
	return nil
}

// reportInteractive prints an exception that reached the prompt and keeps
// it in sys.last_exc (and last_type, last_value, last_traceback), as
// CPython's PyErr_Print does.
func (th *Thread) reportInteractive(exc *object.Exc) {
	tb := exc.Traceback
	if tb.IsNull() {
		tb = object.None
	}
	d := th.interp.sys.dict
	d.SetStr(object.Intern("last_exc"), exc.AsValue())
	d.SetStr(object.Intern("last_type"), exc.Type().AsValue())
	d.SetStr(object.Intern("last_value"), exc.AsValue())
	d.SetStr(object.Intern("last_traceback"), tb)
	th.printUncaught(exc)
}

// promptText returns str(sys.<name>), or "" when it is missing or str
// fails, as CPython's prompt does.
func (th *Thread) promptText(name string) string {
	v, ok := th.sysAttr(name)
	if !ok {
		return ""
	}
	s, err := object.StrOf(&th.Thread, v)
	if err != nil {
		return ""
	}
	return s.String()
}

// stdinReader returns the buffer of sys.__stdin__, so that the REPL and
// input() take turns on one stream without losing each other's data.
func (th *Thread) stdinReader() *bufio.Reader {
	if v, ok := th.sysAttr("__stdin__"); ok && v.Type() == streamType {
		if s := (*stream)(v.Pointer()); s.r != nil {
			return s.r
		}
	}
	return bufio.NewReader(os.Stdin)
}

// readLine reads one line of input without the GIL. An exception raised by
// a signal handler meanwhile is returned, and the read goes on.
func (rs *replState) readLine(prompt string) (string, error) {
	rs.th.interp.Flush()
	if rs.editor == nil {
		// CPython writes prompts to stderr when not using readline.
		io.WriteString(os.Stderr, prompt)
	}
	p := rs.pending
	if p == nil {
		p = &pendingRead{done: make(chan struct{})}
		go func() {
			if rs.editor != nil {
				p.line, p.err = rs.editor.ReadLine(prompt)
			} else {
				p.line, p.err = readPlainLine(rs.stdin)
			}
			close(p.done)
		}()
		rs.pending = p
	}
	if _, err := rs.th.Wait(p.done, -1); err != nil {
		return "", err
	}
	rs.pending = nil
	return p.line, p.err
}

// readPlainLine reads a line from r without its line ending; a last line
// without one is a line, and io.EOF follows it.
func readPlainLine(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return "", err
	}
	line = strings.TrimSuffix(line, "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// isBlankOrComment reports whether line holds no statement; CPython's
// prompt skips such a line rather than asking for more.
func isBlankOrComment(line string) bool {
	s := strings.TrimLeft(line, " \t\f")
	return s == "" || s[0] == '#'
}

// openAtEnd reports whether src stops inside brackets or a triple-quoted
// string, where an empty line does not end the statement. The parser
// reports these cases with the messages CPython gives them.
func openAtEnd(src []byte) bool {
	_, err := syntax.Parse(replFilename, src, syntax.ModeExec, nil)
	var e *syntax.Error
	if !errors.As(err, &e) {
		return false
	}
	return strings.HasSuffix(e.Msg, "was never closed") || strings.HasPrefix(e.Msg, "unterminated triple-quoted")
}

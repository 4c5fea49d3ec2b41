// Package repl tests Adder's interactive prompt (adder with no program and
// a terminal on stdin, and adder -i) from the outside, by running the
// adder command.
//
// Piped input (session_test.go): each testdata/NAME.in is fed to adder
// with the options its case names, and what adder writes to stdout and
// stderr, and its exit status, must equal testdata/NAME.expected, which
// python3 (CPython 3.11) produced from the same input. Prompts go to stderr
// there, as CPython writes them when stdin is not a terminal. The version
// line of the banner is replaced by "<banner>" in both, and the path of the
// testdata directory is removed (CPython prints absolute script paths).
// go test ./tests/repl -update rewrites the expected files with python3.
//
// A terminal (pty_linux_test.go): adder runs on a pseudo-terminal that is
// its controlling terminal, with stdin and stdout on it and stderr on a
// pipe, and the test types at it as a person would: line editing, history,
// Ctrl-C at the prompt and in running code, Ctrl-D. What it checks there
// was observed from python3 on a terminal: prompts and echo on stdout, the
// banner, tracebacks and "KeyboardInterrupt" on stderr.
package repl

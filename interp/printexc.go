package interp

import (
	"fmt"
	"io"
	"strings"

	"github.com/adderpy/adder/object"
)

// PrintException writes exc with its traceback and chained exceptions as
// CPython 3.11's default sys.excepthook does.
func (th *Thread) PrintException(w io.Writer, exc *object.Exc) {
	var b strings.Builder
	th.formatExceptionChain(&b, exc, map[*object.Exc]bool{})
	io.WriteString(w, b.String())
}

func (th *Thread) formatExceptionChain(b *strings.Builder, exc *object.Exc, seen map[*object.Exc]bool) {
	seen[exc] = true
	if cause, ok := exc.Cause.AsException(); ok && !exc.Cause.IsNull() {
		if !seen[cause] {
			th.formatExceptionChain(b, cause, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if ctx, ok := exc.Context.AsException(); ok && !exc.Context.IsNull() && !exc.SuppressContext {
		if !seen[ctx] {
			th.formatExceptionChain(b, ctx, seen)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if !exc.Traceback.IsNull() && exc.Traceback.Type() == TracebackType {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(b, (*Traceback)(exc.Traceback.Pointer()))
	}
	th.formatExceptionOnly(b, exc)
}

// recursionCutoff is how many identical traceback entries are printed
// before they are summarized.
const recursionCutoff = 3

func formatTraceback(b *strings.Builder, tb *Traceback) {
	var lastFile, lastName string
	lastLine, count := -1, 0
	flush := func() {
		if count > recursionCutoff {
			n := count - recursionCutoff
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, plural(n))
		}
	}
	for ; tb != nil; tb = tb.next {
		c := tb.frame.code
		line := c.line(tb.lasti)
		if c.Filename == lastFile && line == lastLine && c.Name == lastName {
			count++
			if count > recursionCutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName, count = c.Filename, line, c.Name, 1
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", c.Filename, line, c.Name)
		if src := SourceLine(c.Filename, line); src != "" {
			stripped := strings.TrimLeft(src, " \t\f")
			fmt.Fprintf(b, "    %s\n", strings.TrimRight(stripped, " \t\f"))
			if carets := caretLine(c, tb.lasti, src); carets != "" {
				b.WriteString(carets)
			}
		}
	}
	flush()
}

// caretLine returns the "    ^^^^" line marking the span of instruction i
// within source line src, or "" when the span is the whole line.
func caretLine(c *Code, i int, src string) string {
	if i < 0 || i >= len(c.Positions) {
		return ""
	}
	p := c.Positions[i]
	if p.Line == 0 || p.EndLine == 0 {
		return ""
	}
	start, end := int(p.Col), int(p.EndCol)
	if p.EndLine != p.Line {
		end = len(src)
	}
	if start < 0 || end > len(src) || start >= end {
		return ""
	}
	indent := len(src) - len(strings.TrimLeft(src, " \t\f"))
	stripped := strings.TrimRight(src[indent:], " \t\f")
	if start <= indent && end >= indent+len(stripped) {
		return ""
	}
	// Columns are bytes; carets count characters.
	lead := len([]rune(src[indent:start]))
	width := len([]rune(src[start:end]))
	return "    " + strings.Repeat(" ", lead) + strings.Repeat("^", width) + "\n"
}

// formatExceptionOnly writes the last line(s): "Type: message", and for a
// SyntaxError the offending line with a caret.
func (th *Thread) formatExceptionOnly(b *strings.Builder, exc *object.Exc) {
	t := &th.Thread
	typ := exc.Type()
	name := typeDisplayName(typ)
	if typ.IsSubtype(object.SyntaxError) {
		formatSyntaxError(t, b, exc)
	}
	msg := "<exception str() failed>"
	if s, err := object.StrOf(t, exc.AsValue()); err == nil {
		msg = s.String()
	}
	if typ.IsSubtype(object.SyntaxError) {
		if m, err := object.GetAttr(t, exc.AsValue(), object.Intern("msg")); err == nil {
			if s, err := object.StrOf(t, m); err == nil {
				msg = s.String()
			}
		}
	}
	if msg == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + msg + "\n")
	}
	if notes, err := object.GetAttr(t, exc.AsValue(), object.Intern("__notes__")); err == nil {
		it, err := object.Iter(t, notes)
		if err != nil {
			return
		}
		for {
			n, err := object.Next(t, it)
			if err != nil || n.IsNull() {
				break
			}
			if s, ok := n.AsStr(); ok {
				b.WriteString(s.String() + "\n")
			} else if r, err := object.Repr(t, n); err == nil {
				b.WriteString(r.String() + "\n")
			}
		}
	}
}

// typeDisplayName is the exception class as tracebacks name it: the
// qualified name, prefixed by the module unless it is builtins or __main__.
func typeDisplayName(typ *object.Type) string {
	qual := typ.Name
	mod := typ.Module
	if typ.Dict != nil {
		if q, ok := typ.Dict.GetStr(strQualName); ok {
			if s, ok := q.AsStr(); ok {
				qual = s.String()
			}
		}
		if m, ok := typ.Dict.GetStr(strModule); ok {
			if s, ok := m.AsStr(); ok {
				mod = s.String()
			}
		}
	}
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return qual
	}
	return mod + "." + qual
}

// formatSyntaxError writes the location lines of a SyntaxError.
func formatSyntaxError(t *object.Thread, b *strings.Builder, exc *object.Exc) {
	v := exc.AsValue()
	get := func(name string) object.Value {
		x, err := object.GetAttr(t, v, object.Intern(name))
		if err != nil {
			return object.None
		}
		return x
	}
	filename, lineno := get("filename"), get("lineno")
	fname := "<string>"
	if s, ok := filename.AsStr(); ok {
		fname = s.String()
	}
	if lineno.IsInt() {
		fmt.Fprintf(b, "  File \"%s\", line %d\n", fname, lineno.AsInt())
	}
	text, ok := get("text").AsStr()
	if !ok {
		return
	}
	line := strings.TrimRight(text.String(), "\n")
	// CPython strips leading whitespace and shifts the offsets with it.
	trimmed := strings.TrimLeft(line, " \t\f")
	shift := len([]rune(line)) - len([]rune(trimmed))
	line = strings.TrimRight(trimmed, " \t\f")
	fmt.Fprintf(b, "    %s\n", line)
	offset, endOffset := get("offset"), get("end_offset")
	if !offset.IsInt() {
		return
	}
	start := int(offset.AsInt()) - 1 - shift
	end := start + 1
	if endOffset.IsInt() && get("end_lineno") == lineno && int(endOffset.AsInt())-1-shift > start {
		end = int(endOffset.AsInt()) - 1 - shift
	}
	n := len([]rune(line))
	start = max(0, min(start, n))
	end = max(start+1, min(end, n+1))
	fmt.Fprintf(b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", end-start))
}

package interp

// This file formats exceptions and tracebacks as CPython 3.11 prints them:
// the default sys.excepthook (PyErr_Display) for uncaught exceptions, and
// the traceback module's format_exception for FormatException. The two
// differ only in how a source line's trailing whitespace is shown.

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// The limits on printing exception groups, as traceback.py's defaults.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// recursionCutoff is how many identical consecutive traceback entries are
// printed before the rest are summarized as "[Previous line repeated N
// more times]".
const recursionCutoff = 3

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// PrintException writes exc with its traceback, chained exceptions and
// notes to w exactly as CPython 3.11's default sys.excepthook does.
func (th *Thread) PrintException(w io.Writer, exc *object.Exc) {
	p := newExcPrinter(th, false)
	p.exception(exc)
	io.WriteString(w, strings.Join(p.out, ""))
}

// FormatException returns what traceback.format_exception(exc) returns:
// strings that each end in a newline, some holding several lines (one per
// traceback entry), whose concatenation is the full report.
func FormatException(th *Thread, exc *object.Exc) []string {
	p := newExcPrinter(th, true)
	p.exception(exc)
	return p.out
}

// FormatExceptionOnly returns what traceback.format_exception_only(exc)
// returns: the "Type: message" line (after the location lines of a
// SyntaxError) and the exception's notes.
func FormatExceptionOnly(th *Thread, exc *object.Exc) []string {
	p := newExcPrinter(th, true)
	p.exceptionOnly(exc)
	return p.out
}

// FormatTraceback returns what traceback.format_tb(tb) returns: one string
// per entry of the traceback object tb (None gives none).
func FormatTraceback(th *Thread, tb object.Value) []string {
	p := newExcPrinter(th, true)
	p.traceback(tb, -1)
	return p.out
}

// excPrinter accumulates the formatted text of an exception report.
type excPrinter struct {
	th *Thread
	t  *object.Thread
	// out holds the report as traceback.format_exception chunks it.
	out []string
	// seen holds the exceptions already printed, which breaks cycles in
	// __cause__ and __context__ chains.
	seen map[*object.Exc]bool
	// groupDepth is the nesting of exception groups being printed; inside
	// one every line gets a margin.
	groupDepth int
	// needClose says that the innermost group's closing line is still due.
	needClose bool
	// pythonStyle selects traceback.py's behaviour over the C printer's:
	// source lines lose their trailing whitespace, and sys.tracebacklimit
	// keeps the outermost entries rather than the innermost.
	pythonStyle bool
}

func newExcPrinter(th *Thread, pythonStyle bool) *excPrinter {
	return &excPrinter{th: th, t: &th.Thread, seen: map[*object.Exc]bool{}, pythonStyle: pythonStyle}
}

// emit appends text, prefixing every line with the exception group margin.
func (p *excPrinter) emit(text string, margin byte) {
	if p.groupDepth == 0 {
		p.out = append(p.out, text)
		return
	}
	prefix := strings.Repeat(" ", 2*p.groupDepth) + string(margin) + " "
	var b strings.Builder
	for line := range strings.SplitAfterSeq(text, "\n") {
		if line != "" {
			b.WriteString(prefix)
			b.WriteString(line)
		}
	}
	p.out = append(p.out, b.String())
}

// emitQuirk appends text that CPython's C printer writes without the
// exception group margin (a SyntaxError's source and caret lines, a
// note whose str() fails), which traceback.py does indent.
func (p *excPrinter) emitQuirk(text string) {
	if p.pythonStyle {
		p.emit(text, '|')
		return
	}
	p.out = append(p.out, text)
}

// exception prints exc after the exceptions it was chained to.
func (p *excPrinter) exception(exc *object.Exc) {
	p.seen[exc] = true
	if cause, ok := exc.Cause.AsException(); ok && !exc.Cause.IsNull() {
		if !p.seen[cause] {
			p.exception(cause)
			p.emit(causeMessage, '|')
		}
	} else if ctx, ok := exc.Context.AsException(); ok && !exc.Context.IsNull() && !exc.SuppressContext {
		if !p.seen[ctx] {
			p.exception(ctx)
			p.emit(contextMessage, '|')
		}
	}
	if exc.Type().IsSubtype(object.BaseExceptionGroup) {
		p.group(exc)
		return
	}
	if p.hasTraceback(exc) {
		p.emit("Traceback (most recent call last):\n", '|')
		p.traceback(exc.Traceback, p.tracebackLimit())
	}
	p.exceptionOnly(exc)
}

// group prints an exception group and, boxed below it, its members.
func (p *excPrinter) group(exc *object.Exc) {
	if p.groupDepth > maxGroupDepth {
		p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	topLevel := p.groupDepth == 0
	if topLevel {
		p.groupDepth++
	}
	if p.hasTraceback(exc) {
		margin := byte('|')
		if topLevel {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.traceback(exc.Traceback, p.tracebackLimit())
	}
	p.exceptionOnly(exc)
	var members []object.Value
	if v, err := object.GetAttr(p.t, exc.AsValue(), object.Intern("exceptions")); err == nil {
		if tu, ok := v.AsTuple(); ok {
			members = tu.Items
		}
	}
	n := min(len(members), maxGroupWidth+1)
	p.needClose = false
	for i := range n {
		last := i == n-1
		if last {
			// A nested group's members may print the closing line.
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.out = append(p.out, strings.Repeat(" ", 2*p.groupDepth)+corner+"+---------------- "+title+" ----------------\n")
		p.groupDepth++
		if !truncated {
			if m, ok := members[i].AsException(); ok {
				p.exception(m)
			}
		} else {
			rest := len(members) - maxGroupWidth
			p.emit(fmt.Sprintf("and %d more exception%s\n", rest, plural(rest)), '|')
		}
		if last && p.needClose {
			p.out = append(p.out, strings.Repeat(" ", 2*p.groupDepth)+"+------------------------------------\n")
			p.needClose = false
		}
		p.groupDepth--
	}
	if topLevel {
		p.groupDepth = 0
	}
}

func (p *excPrinter) hasTraceback(exc *object.Exc) bool {
	return !exc.Traceback.IsNull() && exc.Traceback.Type() == TracebackType && p.tracebackLimit() != 0
}

// tracebackLimit returns sys.tracebacklimit clamped at 0, or -1 when it is
// not set.
func (p *excPrinter) tracebackLimit() int {
	v, ok := p.th.sysAttr("tracebacklimit")
	if !ok || !v.IsInt() {
		return -1
	}
	return int(max(0, v.AsInt()))
}

// traceback prints the entries of tb, at most limit of them when limit is
// not negative.
func (p *excPrinter) traceback(tbv object.Value, limit int) {
	var entries []*Traceback
	if !tbv.IsNull() && tbv.Type() == TracebackType {
		for tb := (*Traceback)(tbv.Pointer()); tb != nil; tb = tb.next {
			entries = append(entries, tb)
		}
	}
	if limit >= 0 && limit < len(entries) {
		if p.pythonStyle {
			entries = entries[:limit]
		} else {
			entries = entries[len(entries)-limit:]
		}
	}
	var lastFile, lastName string
	lastLine, count := -1, 0
	flush := func() {
		if count > recursionCutoff {
			n := count - recursionCutoff
			p.emit(fmt.Sprintf("  [Previous line repeated %d more time%s]\n", n, plural(n)), '|')
		}
	}
	for _, tb := range entries {
		c := tb.frame.code
		line := c.line(tb.lasti)
		if c.Filename != lastFile || line != lastLine || c.Name != lastName {
			flush()
			lastFile, lastLine, lastName, count = c.Filename, line, c.Name, 0
		}
		count++
		if count > recursionCutoff {
			continue
		}
		p.emit(p.frameEntry(c, tb.lasti, line), '|')
	}
	flush()
}

// frameEntry formats one traceback entry: the location, the source line
// and the markers under the failing expression.
func (p *excPrinter) frameEntry(c *Code, lasti, line int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", c.Filename, line, c.Name)
	src := SourceLine(c.Filename, line)
	if strings.TrimSpace(src) == "" {
		return b.String()
	}
	shown := strings.TrimLeft(src, " \t\f")
	if p.pythonStyle {
		shown = strings.TrimRightFunc(shown, unicode.IsSpace)
	}
	b.WriteString("    " + shown + "\n")
	if lasti >= 0 && lasti < len(c.Positions) {
		b.WriteString(markerLine(src, c.Positions[lasti]))
	}
	return b.String()
}

// markerLine returns the line of markers under the span pos of source line
// src ("    ~~~^^^~~~\n"), or "" when pos is unknown or the markers would
// cover the whole line. The markers are ^ under the span, except that for
// a binary operation or subscript (found by parsing the span) they are ^
// under the operator or brackets and ~ under the operands. Columns are
// counted in display cells (East Asian wide characters take two).
func markerLine(src string, pos compile.Position) string {
	if pos.Line <= 0 || pos.EndLine <= 0 || pos.Col < 0 || pos.EndCol < 0 {
		return ""
	}
	line := []rune(src)
	start := charOffset(src, int(pos.Col))
	end := charOffset(src, int(pos.EndCol))
	var anchor anchors
	found := false
	if pos.Line == pos.EndLine {
		if start <= end {
			anchor, found = findAnchors(string(line[start:end]))
		}
	} else {
		// A span over several lines is marked to the end of its first line.
		end = len([]rune(strings.TrimRightFunc(src, unicode.IsSpace)))
	}
	stripped := []rune(strings.TrimSpace(src))
	if end-start >= len(stripped) && !found {
		return ""
	}
	if end < start {
		return ""
	}
	indent := len(src) - len(strings.TrimLeft(src, " \t\f"))
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(0, displayWidth(line[:start])-indent)))
	total := displayWidth(line[start:end])
	if found {
		seg := line[start:end]
		left := displayWidth(seg[:anchor.leftEnd])
		right := displayWidth(seg[:anchor.rightStart])
		b.WriteString(strings.Repeat("~", left))
		b.WriteString(strings.Repeat("^", max(0, right-left)))
		b.WriteString(strings.Repeat("~", max(0, total-right)))
	} else {
		b.WriteString(strings.Repeat("^", total))
	}
	b.WriteByte('\n')
	return b.String()
}

// charOffset converts a UTF-8 byte offset into s to a character offset.
func charOffset(s string, off int) int {
	return utf8.RuneCountInString(s[:min(off, len(s))])
}

// displayWidth is the number of terminal cells s takes.
func displayWidth(s []rune) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 {
			if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
				n++
			}
		}
	}
	return n
}

// anchors locate the operator of a binary operation or the brackets of a
// subscript within a span: characters [leftEnd, rightStart) get ^.
type anchors struct {
	leftEnd, rightStart int
}

// findAnchors parses seg, the source text of the failing expression, and
// returns the anchors when it is one binary operation or subscript.
func findAnchors(seg string) (anchors, bool) {
	mod, err := syntax.Parse("<segment>", []byte(seg), syntax.ModeExec, nil)
	if err != nil {
		return anchors{}, false
	}
	body := mod.(*syntax.Module).Body
	if len(body) != 1 {
		return anchors{}, false
	}
	stmt, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return anchors{}, false
	}
	text := []rune(seg)
	isSpace := func(i int) bool { return unicode.IsSpace(text[i]) }
	switch e := stmt.Value.(type) {
	case *syntax.BinOp:
		// The operator is the first non-blank text after the left operand
		// that is not a closing parenthesis.
		leftEnd := charOffset(seg, syntax.PosOf(e.Left).EndColOffset)
		rightStart := charOffset(seg, syntax.PosOf(e.Right).ColOffset)
		var a anchors
		for i := leftEnd; i < rightStart; i++ {
			if isSpace(i) {
				continue
			}
			a = anchors{i, i + 1}
			if i+1 < rightStart && !isSpace(i+1) {
				a.rightStart++
			}
			if i+1 < rightStart && text[i] == ')' {
				continue
			}
			break
		}
		return a, true
	case *syntax.Subscript:
		left := charOffset(seg, syntax.PosOf(e.Value).EndColOffset)
		right := charOffset(seg, syntax.PosOf(e.Slice).EndColOffset) + 1
		for left < len(text) && text[left] != '[' {
			left++
		}
		for right < len(text) && text[right] != ']' {
			right++
		}
		if right < len(text) {
			right++
		}
		return anchors{left, right}, true
	}
	return anchors{}, false
}

// exceptionOnly prints the "Type: message" line (after the location lines
// of a SyntaxError), then the exception's notes.
func (p *excPrinter) exceptionOnly(exc *object.Exc) {
	typ := exc.Type()
	name := typeDisplayName(typ)
	v := exc.AsValue()
	msg, isSyntax := "", false
	if typ.IsSubtype(object.SyntaxError) {
		msg, isSyntax = p.syntaxError(exc)
	}
	if !isSyntax {
		var ok bool
		if msg, ok = p.str(v); !ok {
			msg = "<exception str() failed>"
		}
	}
	if msg != "" {
		msg = ": " + msg
	}
	p.emit(name+msg+p.suggestion(exc)+"\n", '|')
	notes, err := object.GetAttr(p.t, v, object.Intern("__notes__"))
	if err != nil {
		return
	}
	var items []object.Value
	if l, ok := notes.AsList(); ok {
		items = l.Items
	} else if tu, ok := notes.AsTuple(); ok {
		items = tu.Items
	} else {
		r, err := object.Repr(p.t, notes)
		text := "<__notes__ repr() failed>"
		if err == nil {
			text = r.String()
		}
		p.emit(text+"\n", '|')
		return
	}
	for _, n := range append([]object.Value(nil), items...) {
		s, ok := p.str(n)
		if !ok {
			p.emitQuirk("<note str() failed>\n")
			continue
		}
		p.emit(s+"\n", '|')
	}
}

// str returns str(v), reporting whether it succeeded.
func (p *excPrinter) str(v object.Value) (string, bool) {
	s, err := object.StrOf(p.t, v)
	if err != nil {
		return "", false
	}
	return s.String(), true
}

// syntaxError prints the location lines of a SyntaxError as CPython's C
// printer does (which differs from traceback.py in details: tabs count as
// indentation, subclasses ignore the end offset) and returns its message,
// or reports false when the exception has no usable line number and is
// printed as any other.
func (p *excPrinter) syntaxError(exc *object.Exc) (string, bool) {
	v := exc.AsValue()
	get := func(attr string) object.Value {
		x, err := object.GetAttr(p.t, v, object.Intern(attr))
		if err != nil {
			return object.None
		}
		return x
	}
	msg, lineno := get("msg"), get("lineno")
	if !lineno.IsInt() {
		return "", false
	}
	filename := "<string>"
	if f := get("filename"); !f.IsNone() {
		filename, _ = p.str(f)
	}
	p.emit(fmt.Sprintf("  File \"%s\", line %d\n", filename, lineno.AsInt()), '|')
	offset := -1
	if o := get("offset"); o.IsInt() {
		offset = int(o.AsInt())
	}
	endLineno, endOffset := int(lineno.AsInt()), -1
	if exc.Type() == object.SyntaxError {
		if e := get("end_lineno"); e.IsInt() {
			endLineno = int(e.AsInt())
		}
		if e := get("end_offset"); e.IsInt() {
			endOffset = int(e.AsInt())
		}
	}
	if t, ok := get("text").AsStr(); ok {
		text := []rune(t.String())
		if endLineno > int(lineno.AsInt()) {
			// Only the first line is shown, marked to its end.
			endOffset = len(text)
		}
		endOffset = min(endOffset, len(text)+1)
		p.errorText(text, offset, endOffset)
	}
	if msg.IsNone() {
		return "", true
	}
	s, ok := p.str(msg)
	if !ok {
		return "<exception str() failed>", true
	}
	return s, true
}

// errorText prints the source line of a SyntaxError (its indentation
// removed) and carets from column offset to endOffset (both 1-based).
func (p *excPrinter) errorText(text []rune, offset, endOffset int) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	offset = min(offset, n)
	// Show the line the offset is on when the text has several.
	for {
		nl := slices.Index(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	line := "    " + string(text)
	if n >= len(text) || text[n] != '\n' {
		line += "\n"
	}
	p.emitQuirk(line)
	if offset < 0 {
		return
	}
	p.emitQuirk("    " + strings.Repeat(" ", offset) + strings.Repeat("^", carets) + "\n")
}

// typeDisplayName is the exception class as tracebacks name it: the
// qualified name, prefixed by the module unless it is builtins or __main__.
func typeDisplayName(typ *object.Type) string {
	qual := typ.QualName
	if qual == "" {
		qual = typ.Name
	}
	mod := typ.Module
	if typ.Dict != nil {
		if m, ok := typ.Dict.GetStr(strModule); ok {
			mod = "<unknown>"
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

// Package syntax turns Python 3.12 source text into an abstract syntax tree.
//
// The Scanner cuts the source into tokens; Parse, a hand-written
// recursive-descent parser, builds the tree of ast_gen.go from them. The
// tree mirrors CPython's ast module node for node: same fields, same
// expression contexts, same source positions (lines from 1, columns as UTF-8
// byte offsets from 0). Invalid source gives an *Error carrying the
// exception class, message and location CPython reports for it; Parse never
// panics on any input and bounds its recursion depth.
package syntax

// Mode selects the start rule of Parse, as the mode argument of Python's
// compile() does.
type Mode uint8

// The parse modes. AllowIncomplete may be or'ed into ModeSingle; it makes
// Parse report input that stops in the middle of a statement (an open
// bracket, an unfinished block, a triple-quoted string) with an error that
// IsIncomplete recognises, as CPython's PyCF_ALLOW_INCOMPLETE_INPUT does.
const (
	ModeExec     Mode = iota // a module: Module
	ModeEval                 // one expression: Expression
	ModeSingle               // one interactive statement: Interactive
	ModeFuncType             // a signature type comment: FunctionType

	AllowIncomplete Mode = 0x80

	// StringInput says that the source is the text of a str or bytes
	// object given to compile(), exec() or ast.parse(), not a file. As
	// CPython's string tokenizer does, Parse then accepts invalid UTF-8
	// without an encoding declaration in comments, and reports it only
	// where a literal or a name holds it.
	StringInput Mode = 0x40

	// TypeComments makes Parse read type comments, as ast.parse(...,
	// type_comments=True) does: "# type: X" fills the type_comment fields
	// where the grammar allows one (and is a syntax error elsewhere), and
	// "# type: ignore" comments become the Module's type_ignores.
	TypeComments Mode = 0x20
)

// maxDepth bounds the nesting of the recursive descent. CPython's parser
// gives up at a similar depth; the tokenizer stops bracket nesting much
// earlier (200 levels).
const maxDepth = 3000

// incompleteMsg is the message of the error IsIncomplete recognises.
const incompleteMsg = "incomplete input"

// IsIncomplete reports whether err says that the source, parsed with
// ModeSingle|AllowIncomplete, ended before its statement did: a REPL then
// reads another line and parses again.
func IsIncomplete(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Msg == incompleteMsg
}

// Parse parses src as mode says. The error, when not nil, is an *Error.
// Warnings (invalid escape sequences, ...) go to warn, which may be nil.
func Parse(filename string, src []byte, mode Mode, warn WarnFunc) (ModNode, error) {
	p := &parser{
		filename: filename,
		src:      src,
		warn:     warn,
		sc:       newScanner(filename, src, warn, mode&StringInput != 0),
	}
	p.toks = make([]ptoken, 0, len(src)/4+16)
	if mode&TypeComments != 0 {
		p.sc.SetTypeComments()
	}
	mode &^= StringInput | TypeComments
	mod := p.run(mode &^ AllowIncomplete)
	if p.err != nil && !p.errIsTok {
		p.checkRestOfSource()
	}
	if p.err != nil {
		if mode&AllowIncomplete != 0 && mode&^AllowIncomplete == ModeSingle && p.incomplete() {
			return nil, &Error{Kind: SyntaxError, Msg: incompleteMsg, Filename: filename,
				Lineno: p.err.Lineno, Offset: p.err.Offset, EndLineno: p.err.EndLineno,
				EndOffset: p.err.EndOffset, Text: p.err.Text}
		}
		return nil, p.err
	}
	if mode&AllowIncomplete != 0 && mode&^AllowIncomplete == ModeSingle {
		// As at CPython's prompt, a compound statement goes on until an
		// empty line: the source of its last line has no newline yet.
		if body := mod.(*Interactive).Body; len(body) == 1 && isCompound(body[0]) &&
			(len(src) == 0 || src[len(src)-1] != '\n') {
			return nil, &Error{Kind: SyntaxError, Msg: incompleteMsg, Filename: filename}
		}
	}
	return mod, nil
}

func isCompound(s Stmt) bool {
	switch s.(type) {
	case *If, *For, *AsyncFor, *While, *Try, *TryStar, *With, *AsyncWith,
		*FunctionDef, *AsyncFunctionDef, *ClassDef, *Match:
		return true
	}
	return false
}

// ptoken is a token with the bracket depth after it.
type ptoken struct {
	Token
	kw    keyword
	level int32
}

// bailout is the panic value that unwinds the parser after an error.
type bailout struct{}

type parser struct {
	sc       *Scanner
	filename string
	src      []byte
	warn     WarnFunc

	toks []ptoken // every token read so far
	pos  int      // index of the current token in toks
	// open holds the indexes in toks of the brackets still open after the
	// last token read.
	open  []int
	depth int
	// maxSeen is the index of the furthest token looked at, where CPython
	// reports a plain "invalid syntax"; lookahead done only to choose an
	// error message (probing > 0) does not count.
	maxSeen int
	probing int
	// attemptErr is the error that made the last attempt fail.
	attemptErr *Error

	err      *Error
	errIsTok bool // err came from the scanner
	// sawEOF tells that the parser wanted a token past the end of the input
	// when it failed (for IsIncomplete).
	sawEOF bool

	// fstringDepth counts the f-string replacement fields being parsed.
	fstringDepth int

	// typeIgnores are the "# type: ignore" comments read (TypeComments).
	typeIgnores []*TypeIgnore
}

// run parses the whole input and recovers the bailout of an error.
func (p *parser) run(mode Mode) (mod ModNode) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			mod = nil
		}
	}()
	switch mode {
	case ModeExec:
		return p.fileInput()
	case ModeEval:
		return p.evalInput()
	case ModeSingle:
		return p.singleInput()
	case ModeFuncType:
		return p.funcTypeInput()
	}
	panic("BUG: Parse: unknown mode")
}

// --- tokens ---

// fill reads one more token.
func (p *parser) fill() {
	if n := len(p.toks); n > 0 {
		if k := p.toks[n-1].Kind; k == EOF || k == ILLEGAL {
			p.toks = append(p.toks, p.toks[n-1])
			return
		}
	}
	t := ptoken{Token: p.sc.Next()}
	for t.Kind == TYPE_IGNORE {
		p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: t.Start.Line, Tag: t.Text})
		t = ptoken{Token: p.sc.Next()}
	}
	switch t.Kind {
	case NAME:
		t.kw = lookupKeyword(t.Text)
		t.Text = NormalizeIdentifier(t.Text)
	case LPAR, LSQB, LBRACE:
		p.open = append(p.open, len(p.toks))
	case RPAR, RSQB, RBRACE:
		if len(p.open) > 0 {
			p.open = p.open[:len(p.open)-1]
		}
	}
	t.level = int32(len(p.open))
	p.toks = append(p.toks, t)
}

// tok returns the current token. Reaching a scanner error reports it.
func (p *parser) tok() *ptoken {
	for p.pos >= len(p.toks) {
		p.fill()
	}
	t := &p.toks[p.pos]
	if p.pos > p.maxSeen && p.probing == 0 {
		p.maxSeen = p.pos
	}
	if t.Kind == ILLEGAL {
		p.scannerError()
	}
	return t
}

// peekAt returns the token n places after the current one.
func (p *parser) peekAt(n int) *ptoken {
	for p.pos+n >= len(p.toks) {
		p.fill()
	}
	t := &p.toks[p.pos+n]
	if p.pos+n > p.maxSeen && p.probing == 0 {
		p.maxSeen = p.pos + n
	}
	if t.Kind == ILLEGAL {
		p.scannerError()
	}
	return t
}

func (p *parser) next() *ptoken {
	t := p.tok()
	if t.Kind != EOF {
		p.pos++
	}
	return t
}

func (p *parser) at(k Kind) bool { return p.tok().Kind == k }

func (p *parser) atKw(kw keyword) bool {
	t := p.tok()
	return t.kw == kw && t.Kind == NAME
}

func (p *parser) got(k Kind) bool {
	if p.tok().Kind == k {
		p.pos++
		return true
	}
	return false
}

func (p *parser) gotKw(kw keyword) bool {
	if p.atKw(kw) {
		p.pos++
		return true
	}
	return false
}

// expect consumes a token of kind k or reports "invalid syntax".
func (p *parser) expect(k Kind) *ptoken {
	t := p.tok()
	if t.Kind != k {
		p.syntaxError()
	}
	p.pos++
	return t
}

// expectForced consumes a token of kind k or reports "expected 'k'" at the
// current token (CPython's forced tokens, &&'x' in its grammar).
func (p *parser) expectForced(k Kind) *ptoken {
	t := p.tok()
	if t.Kind != k {
		p.errorAtToken(t, "expected '"+k.String()+"'")
	}
	p.pos++
	return t
}

// name consumes a NAME that is not a reserved keyword.
func (p *parser) name() *ptoken {
	t := p.tok()
	if t.Kind != NAME || t.kw.reserved() {
		p.syntaxError()
	}
	p.pos++
	return t
}

func (p *parser) atName() bool {
	t := p.tok()
	return t.Kind == NAME && !t.kw.reserved()
}

// lastEnd returns the end of the last consumed token that is not
// NEWLINE, INDENT or DEDENT: the end of a node just parsed.
func (p *parser) lastEnd() Position {
	for i := p.pos - 1; i >= 0; i-- {
		switch p.toks[i].Kind {
		case NEWLINE, INDENT, DEDENT, EOF:
			continue
		}
		return p.toks[i].End
	}
	return Position{Line: 1}
}

// span returns the position from start to the end of the last token.
func (p *parser) span(start Position) Pos {
	end := p.lastEnd()
	return Pos{start.Line, start.Col, end.Line, end.Col}
}

func spanOf(start, end Position) Pos {
	return Pos{start.Line, start.Col, end.Line, end.Col}
}

// startOf returns the start of node n.
func startOf(n Node) Position {
	pos := PosOf(n)
	return Position{pos.Lineno, pos.ColOffset}
}

// endOf returns the end of node n.
func endOf(n Node) Position {
	pos := PosOf(n)
	return Position{pos.EndLineno, pos.EndColOffset}
}

// enter counts one level of recursion and fails past maxDepth.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.raise(SyntaxError, "Python source too complex to parse", t.Start, t.End)
	}
}

func (p *parser) leave() { p.depth-- }

// --- start rules ---

func (p *parser) fileInput() *Module {
	var body []Stmt
	for !p.at(EOF) {
		body = p.statement(body)
	}
	return &Module{Body: body, TypeIgnores: p.typeIgnores}
}

// typeComment returns the text of a TYPE_COMMENT token at the current
// position, consuming it, or "".
func (p *parser) typeComment() string {
	if p.at(TYPE_COMMENT) {
		return p.next().Text
	}
	return ""
}

func (p *parser) evalInput() *Expression {
	e := p.expressionsOrYield(false)
	for p.got(NEWLINE) {
	}
	p.expect(EOF)
	return &Expression{Body: e}
}

func (p *parser) singleInput() *Interactive {
	if p.at(NEWLINE) {
		p.syntaxError()
	}
	if p.at(EOF) {
		p.sawEOF = true
		p.syntaxError()
	}
	body := p.statement(nil)
	if !p.at(EOF) {
		for p.got(NEWLINE) {
		}
		if !p.at(EOF) {
			t := p.tok()
			p.raise(SyntaxError, "multiple statements found while compiling a single statement", t.Start, t.End)
		}
	}
	return &Interactive{Body: body}
}

// funcTypeInput parses "(argtypes) -> returns".
func (p *parser) funcTypeInput() *FunctionType {
	p.expect(LPAR)
	var args []Expr
	for !p.at(RPAR) {
		switch {
		case p.got(STAR):
			start := p.toks[p.pos-1].Start
			v := p.expression()
			args = append(args, &Starred{Pos: p.span(start), Value: v, Ctx: Load})
		case p.got(DOUBLESTAR):
			start := p.toks[p.pos-1].Start
			v := p.expression()
			args = append(args, &Starred{Pos: p.span(start), Value: v, Ctx: Load})
		default:
			args = append(args, p.expression())
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	p.expect(RARROW)
	ret := p.expression()
	for p.got(NEWLINE) {
	}
	p.expect(EOF)
	return &FunctionType{Argtypes: args, Returns: ret}
}

package syntax

import "fmt"

// Kind is the kind of a token.
type Kind uint8

// Token kinds, named as in CPython's token module (and in the all-caps style
// of Go's own go/token). The operator kinds run from LPAR to EXCLAMATION, in the
// order of tokenText (order must match tokenText).
const (
	ILLEGAL Kind = iota // a tokenizer error; see Scanner.Err
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME   // identifiers and keywords, including soft keywords
	NUMBER // int, float and imaginary literals, source text as written
	STRING // one string or bytes literal (not an f-string), source text with prefix and quotes

	// An f-string is FSTRING_START (prefix and opening quote), then any mix of
	// FSTRING_MIDDLE (literal text, escapes undecoded, "{{" and "}}" kept as
	// written) and replacement fields made of ordinary tokens between
	// LBRACE and RBRACE (with EXCLAMATION and COLON as separators, and the
	// format spec after COLON again as FSTRING_MIDDLE and nested fields),
	// then FSTRING_END (closing quote), as PEP 701 specifies.
	FSTRING_START
	FSTRING_MIDDLE
	FSTRING_END

	// With type comments on (see TypeComments), "# type: X" is
	// TYPE_COMMENT (Text X) and "# type: ignore..." is TYPE_IGNORE (Text
	// the tag after "ignore"), as CPython's PyCF_TYPE_COMMENTS makes them.
	TYPE_COMMENT
	TYPE_IGNORE

	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only inside f-string replacement fields)

	numKinds
)

var tokenText = [numKinds]string{
	ILLEGAL: "<illegal>", EOF: "<EOF>", NEWLINE: "<NEWLINE>", INDENT: "<INDENT>",
	DEDENT: "<DEDENT>", NAME: "<NAME>", NUMBER: "<NUMBER>", STRING: "<STRING>",
	FSTRING_START: "<FSTRING_START>", FSTRING_MIDDLE: "<FSTRING_MIDDLE>", FSTRING_END: "<FSTRING_END>",
	TYPE_COMMENT: "<TYPE_COMMENT>", TYPE_IGNORE: "<TYPE_IGNORE>",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", COLON: ":", COMMA: ",",
	SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", VBAR: "|", AMPER: "&",
	LESS: "<", GREATER: ">", EQUAL: "=", DOT: ".", PERCENT: "%", LBRACE: "{", RBRACE: "}",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQUAL: ">=", TILDE: "~",
	CIRCUMFLEX: "^", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=",
	MINEQUAL: "-=", STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=", AMPEREQUAL: "&=",
	VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=",
	DOUBLESTAREQUAL: "**=", DOUBLESLASH: "//", DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=",
	RARROW: "->", ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!",
}

// String returns the operator text, or a <NAME>-style description.
func (k Kind) String() string {
	if k < numKinds {
		return tokenText[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Position is a place in the source: Line counts from 1, Col is a byte
// offset in the line counting from 0 (as AST col_offset).
type Position struct {
	Line, Col int
}

// Token is one token. Text is the exact source text of the token (empty for
// NEWLINE at end of file, INDENT, DEDENT and EOF).
type Token struct {
	Kind       Kind
	Start, End Position
	Text       string
}

// ErrorKind is the Python exception class of a syntax error.
type ErrorKind uint8

// The syntax error classes.
const (
	SyntaxError ErrorKind = iota
	IndentationError
	TabError
)

func (k ErrorKind) String() string {
	return [...]string{"SyntaxError", "IndentationError", "TabError"}[k]
}

// Error is a SyntaxError, IndentationError or TabError with the fields of
// CPython's exception: Lineno and EndLineno count from 1; Offset and
// EndOffset are 1-based *character* (code point) offsets into Text, as
// CPython reports them, 0 when unknown. Text is the source line, including
// its newline when the source had one.
type Error struct {
	Kind                                 ErrorKind
	Msg                                  string
	Filename                             string
	Lineno, Offset, EndLineno, EndOffset int
	Text                                 string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}

// Warning is a compile-time warning (for example SyntaxWarning for an
// invalid escape sequence), reported through a WarnFunc.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Filename string
	Lineno   int
}

// WarnFunc receives compile-time warnings. It may be nil.
type WarnFunc func(Warning)

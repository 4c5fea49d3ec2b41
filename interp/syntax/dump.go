package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
)

// fieldKind tells Dump how to print a field value.
type fieldKind uint8

const (
	fieldRequired fieldKind = iota // always printed
	fieldOptional                  // "?" in ASDL: left out when absent
	fieldList                      // "*" in ASDL: printed as a list, even when empty
)

// dumpField is one field of a node as Dump sees it.
type dumpField struct {
	name  string
	kind  fieldKind
	value any
}

// nilable turns a nil node pointer into a nil interface, so Dump can tell
// an absent optional node from a present one.
func nilable[T any](p *T) any {
	if p == nil {
		return nil
	}
	return p
}

// DumpOptions are the keyword arguments of CPython's ast.dump.
type DumpOptions struct {
	// Indent is the indentation string; nil prints everything on one line.
	Indent *string
	// IncludeAttributes adds lineno, col_offset, end_lineno and
	// end_col_offset to every node that has them.
	IncludeAttributes bool
	// ConstRepr formats a constant as Python's repr() would. Nil uses
	// ConstRepr.
	ConstRepr func(Const) string
	// OmitFStringInnerPositions leaves out the attributes of the nodes
	// inside a JoinedStr (not of the JoinedStr itself). CPython 3.11 gives
	// those nodes the JoinedStr's span or approximate spans, where 3.12 (and
	// this parser) give each its own; comparisons with 3.11 use this.
	OmitFStringInnerPositions bool
}

// Dump formats n exactly as CPython's ast.dump(n, indent=..., include_attributes=...)
// does (annotate_fields=True).
func Dump(n Node, opts DumpOptions) string {
	if opts.ConstRepr == nil {
		opts.ConstRepr = ConstRepr
	}
	d := dumper{opts: opts}
	s, _ := d.format(n, 0)
	return s
}

type dumper struct {
	opts DumpOptions
	// inFString counts the JoinedStr nodes around the node being formatted.
	inFString int
}

// format returns the text of v and whether it is "simple" (ast.dump keeps a
// node on one line when all its fields are simple and there are at most 3).
func (d *dumper) format(v any, level int) (string, bool) {
	prefix, sep := "", ", "
	if d.opts.Indent != nil {
		level++
		indent := strings.Repeat(*d.opts.Indent, level)
		prefix, sep = "\n"+indent, ",\n"+indent
	}
	switch v := v.(type) {
	case Node:
		name, fields := nodeFields(v)
		var args []string
		allSimple := true
		_, joined := v.(*JoinedStr)
		if joined {
			d.inFString++
		}
		for _, f := range fields {
			if f.kind == fieldOptional && isAbsent(f.value) {
				continue
			}
			s, simple := d.format(f.value, level)
			allSimple = allSimple && simple
			args = append(args, f.name+"="+s)
		}
		if joined {
			d.inFString--
		}
		omit := d.opts.OmitFStringInnerPositions && d.inFString > 0
		if pos := PosOf(v); d.opts.IncludeAttributes && pos != nil && !omit {
			args = append(args,
				fmt.Sprintf("lineno=%d", pos.Lineno),
				fmt.Sprintf("col_offset=%d", pos.ColOffset),
				fmt.Sprintf("end_lineno=%d", pos.EndLineno),
				fmt.Sprintf("end_col_offset=%d", pos.EndColOffset))
		}
		if allSimple && len(args) <= 3 {
			return name + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return name + "(" + prefix + strings.Join(args, sep) + ")", false
	case *big.Int: // a Stringer, but a constant
		return d.opts.ConstRepr(v), true
	case fmt.Stringer: // enums: Load(), Add(), ...
		return v.String() + "()", true
	case string:
		return pyrepr.Str(v), true
	case int:
		return fmt.Sprint(v), true
	}
	if items, ok := listItems(v); ok {
		if len(items) == 0 {
			return "[]", true
		}
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i], _ = d.format(it, level)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	}
	return d.opts.ConstRepr(v), true
}

// isAbsent reports whether an optional field holds nothing (Python's None).
func isAbsent(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	}
	return false
}

// listItems returns the elements of a "*" field.
func listItems(v any) ([]any, bool) {
	switch v := v.(type) {
	case []string:
		return toAny(v), true
	case []Expr:
		return toAny(v), true
	case []Stmt:
		return toAny(v), true
	case []Pattern:
		return toAny(v), true
	case []TypeParam:
		return toAny(v), true
	case []*Arg:
		return toAny(v), true
	case []*Keyword:
		return toAny(v), true
	case []*Alias:
		return toAny(v), true
	case []*WithItem:
		return toAny(v), true
	case []*MatchCase:
		return toAny(v), true
	case []*Comprehension:
		return toAny(v), true
	case []*ExceptHandler:
		return toAny(v), true
	case []*TypeIgnore:
		return toAny(v), true
	case []CmpOp:
		return toAny(v), true
	}
	return nil, false
}

func toAny[T any](s []T) []any {
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}

// ConstRepr formats a constant as Python's repr() does.
func ConstRepr(c Const) string {
	switch c := c.(type) {
	case NoneConst:
		return "None"
	case EllipsisConst:
		return "Ellipsis"
	case bool:
		if c {
			return "True"
		}
		return "False"
	case int64:
		return fmt.Sprint(c)
	case *big.Int:
		return c.String()
	case string:
		return pyrepr.Str(c)
	case Bytes:
		return pyrepr.Bytes(string(c))
	case float64:
		return floatRepr(c, true)
	case complex128:
		return complexRepr(c)
	case nil: // an absent element of a list field, such as a Dict key
		return "None"
	}
	panic(fmt.Sprintf("BUG: ConstRepr: %T not yet supported", c))
}

// floatRepr formats f as Python's repr(float) does; without dot0, an
// integral value loses its ".0" (as the parts of a complex repr do).
func floatRepr(f float64, dot0 bool) string {
	r := floatfmt.Repr(f)
	if !dot0 {
		r = strings.TrimSuffix(r, ".0")
	}
	return r
}

// complexRepr formats c as Python's repr(complex) does: "1j" when the real
// part is +0, "(1+2j)" otherwise.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := floatRepr(im, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + floatRepr(re, false) + ims + "j)"
}

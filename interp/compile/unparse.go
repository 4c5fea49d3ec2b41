// unparse.go turns expressions back into source text, as CPython's
// ast.unparse, for annotations under "from __future__ import annotations";
// and formats constants as repr() does.

package compile

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/interp/syntax"
)

// Precedence levels of ast.unparse, lowest first.
const (
	precNamedExpr = iota
	precTuple
	precYield
	precTest
	precOr
	precAnd
	precNot
	precCmp
	precExpr
	precBor
	precBxor
	precBand
	precShift
	precArith
	precTerm
	precFactor
	precPower
	precAwait
	precAtom
)

var binOpInfo = [...]struct {
	text string
	prec int
}{
	syntax.Add: {"+", precArith}, syntax.Sub: {"-", precArith}, syntax.Mult: {"*", precTerm},
	syntax.MatMult: {"@", precTerm}, syntax.Div: {"/", precTerm}, syntax.Mod: {"%", precTerm},
	syntax.Pow: {"**", precPower}, syntax.LShift: {"<<", precShift}, syntax.RShift: {">>", precShift},
	syntax.BitOr: {"|", precBor}, syntax.BitXor: {"^", precBxor}, syntax.BitAnd: {"&", precBand},
	syntax.FloorDiv: {"//", precTerm},
}

var cmpText = [...]string{
	syntax.Eq: "==", syntax.NotEq: "!=", syntax.Lt: "<", syntax.LtE: "<=", syntax.Gt: ">",
	syntax.GtE: ">=", syntax.Is: "is", syntax.IsNot: "is not", syntax.In: "in", syntax.NotIn: "not in",
}

// Unparse returns the source text of e as ast.unparse would print it.
func Unparse(e syntax.Expr) string {
	var u unparser
	u.expr(e, precTest)
	return u.String()
}

type unparser struct{ strings.Builder }

func (u *unparser) paren(cond bool, f func()) {
	if cond {
		u.WriteByte('(')
	}
	f()
	if cond {
		u.WriteByte(')')
	}
}

func (u *unparser) list(es []syntax.Expr, prec int) {
	for i, e := range es {
		if i > 0 {
			u.WriteString(", ")
		}
		u.expr(e, prec)
	}
}

func (u *unparser) expr(e syntax.Expr, prec int) {
	switch e := e.(type) {
	case *syntax.Name:
		u.WriteString(e.Id)
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case syntax.EllipsisConst:
			u.WriteString("...")
		case float64:
			if math.IsInf(v, 0) {
				u.paren(v < 0, func() { u.WriteString(map[bool]string{true: "-1e309", false: "1e309"}[v < 0]) })
				return
			}
			u.WriteString(ConstRepr(v))
		default:
			u.WriteString(ConstRepr(v))
		}
	case *syntax.Attribute:
		u.expr(e.Value, precAtom)
		if c, ok := e.Value.(*syntax.Constant); ok {
			if _, isInt := c.Value.(int64); isInt {
				u.WriteByte(' ')
			}
		}
		u.WriteByte('.')
		u.WriteString(e.Attr)
	case *syntax.Subscript:
		u.expr(e.Value, precAtom)
		u.WriteByte('[')
		if t, ok := e.Slice.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts, precTest)
			if len(t.Elts) == 1 {
				u.WriteByte(',')
			}
		} else {
			u.expr(e.Slice, precTuple)
		}
		u.WriteByte(']')
	case *syntax.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, precTest)
		}
		u.WriteByte(':')
		if e.Upper != nil {
			u.expr(e.Upper, precTest)
		}
		if e.Step != nil {
			u.WriteByte(':')
			u.expr(e.Step, precTest)
		}
	case *syntax.Call:
		u.expr(e.Func, precAtom)
		u.WriteByte('(')
		first := true
		for _, a := range e.Args {
			if !first {
				u.WriteString(", ")
			}
			first = false
			u.expr(a, precTest)
		}
		for _, k := range e.Keywords {
			if !first {
				u.WriteString(", ")
			}
			first = false
			if k.Arg == "" {
				u.WriteString("**")
			} else {
				u.WriteString(k.Arg + "=")
			}
			u.expr(k.Value, precTest)
		}
		u.WriteByte(')')
	case *syntax.BinOp:
		info := binOpInfo[e.Op]
		u.paren(prec > info.prec, func() {
			left, right := info.prec, info.prec+1
			if e.Op == syntax.Pow {
				left, right = right, left
			}
			u.expr(e.Left, left)
			u.WriteString(" " + info.text + " ")
			u.expr(e.Right, right)
		})
	case *syntax.UnaryOp:
		p := precFactor
		text := map[syntax.UnaryOpKind]string{syntax.Invert: "~", syntax.UAdd: "+", syntax.USub: "-", syntax.Not: "not "}[e.Op]
		if e.Op == syntax.Not {
			p = precNot
		}
		u.paren(prec > p, func() {
			u.WriteString(text)
			u.expr(e.Operand, p)
		})
	case *syntax.BoolOp:
		p, text := precAnd, " and "
		if e.Op == syntax.Or {
			p, text = precOr, " or "
		}
		u.paren(prec > p, func() {
			for i, v := range e.Values {
				if i > 0 {
					u.WriteString(text)
				}
				u.expr(v, p+1)
			}
		})
	case *syntax.Compare:
		u.paren(prec > precCmp, func() {
			u.expr(e.Left, precCmp+1)
			for i, op := range e.Ops {
				u.WriteString(" " + cmpText[op] + " ")
				u.expr(e.Comparators[i], precCmp+1)
			}
		})
	case *syntax.Tuple:
		u.paren(len(e.Elts) == 0 || prec > precTuple, func() {
			u.list(e.Elts, precTest)
			if len(e.Elts) == 1 {
				u.WriteByte(',')
			}
		})
	case *syntax.List:
		u.WriteByte('[')
		u.list(e.Elts, precTest)
		u.WriteByte(']')
	case *syntax.Set:
		if len(e.Elts) == 0 {
			u.WriteString("{*()}")
			return
		}
		u.WriteByte('{')
		u.list(e.Elts, precTest)
		u.WriteByte('}')
	case *syntax.Dict:
		u.WriteByte('{')
		for i, k := range e.Keys {
			if i > 0 {
				u.WriteString(", ")
			}
			if k == nil {
				u.WriteString("**")
				u.expr(e.Values[i], precExpr)
				continue
			}
			u.expr(k, precTest)
			u.WriteString(": ")
			u.expr(e.Values[i], precTest)
		}
		u.WriteByte('}')
	case *syntax.Starred:
		u.WriteByte('*')
		u.expr(e.Value, precExpr)
	case *syntax.IfExp:
		u.paren(prec > precTest, func() {
			u.expr(e.Body, precTest+1)
			u.WriteString(" if ")
			u.expr(e.Test, precTest+1)
			u.WriteString(" else ")
			u.expr(e.Orelse, precTest)
		})
	case *syntax.NamedExpr:
		u.paren(prec > precNamedExpr, func() {
			u.expr(e.Target, precAtom)
			u.WriteString(" := ")
			u.expr(e.Value, precAtom)
		})
	case *syntax.Await:
		u.paren(prec > precAwait, func() {
			u.WriteString("await ")
			u.expr(e.Value, precAtom)
		})
	case *syntax.Yield:
		u.paren(prec > precYield, func() {
			u.WriteString("yield")
			if e.Value != nil {
				u.WriteByte(' ')
				u.expr(e.Value, precAtom)
			}
		})
	case *syntax.YieldFrom:
		u.paren(prec > precYield, func() {
			u.WriteString("yield from ")
			u.expr(e.Value, precAtom)
		})
	case *syntax.Lambda:
		u.paren(prec > precTest, func() {
			u.WriteString("lambda")
			var a unparser
			a.arguments(e.Args)
			if a.Len() > 0 {
				u.WriteByte(' ')
				u.WriteString(a.String())
			}
			u.WriteString(": ")
			u.expr(e.Body, precTest)
		})
	case *syntax.ListComp:
		u.WriteByte('[')
		u.expr(e.Elt, precTest)
		u.generators(e.Generators)
		u.WriteByte(']')
	case *syntax.SetComp:
		u.WriteByte('{')
		u.expr(e.Elt, precTest)
		u.generators(e.Generators)
		u.WriteByte('}')
	case *syntax.DictComp:
		u.WriteByte('{')
		u.expr(e.Key, precTest)
		u.WriteString(": ")
		u.expr(e.Value, precTest)
		u.generators(e.Generators)
		u.WriteByte('}')
	case *syntax.GeneratorExp:
		u.WriteByte('(')
		u.expr(e.Elt, precTest)
		u.generators(e.Generators)
		u.WriteByte(')')
	case *syntax.JoinedStr:
		u.WriteString("f" + ConstRepr(fstringBody(e)))
	case *syntax.FormattedValue:
		u.WriteString("f" + ConstRepr(fstringBody(&syntax.JoinedStr{Values: []syntax.Expr{e}})))
	default:
		panic(fmt.Sprintf("BUG: Unparse: %T", e))
	}
}

// fstringBody renders the inside of an f-string (its literal text with
// braces doubled and its replacement fields).
func fstringBody(e *syntax.JoinedStr) string {
	var b strings.Builder
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			s, _ := v.Value.(string)
			b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
		case *syntax.FormattedValue:
			var u unparser
			u.expr(v.Value, precTest+1)
			inner := u.String()
			b.WriteByte('{')
			if strings.HasPrefix(inner, "{") {
				b.WriteByte(' ')
			}
			b.WriteString(inner)
			if v.Conversion > 0 {
				b.WriteByte('!')
				b.WriteByte(byte(v.Conversion))
			}
			if spec, ok := v.FormatSpec.(*syntax.JoinedStr); ok {
				b.WriteByte(':')
				b.WriteString(fstringBody(spec))
			}
			b.WriteByte('}')
		}
	}
	return b.String()
}

func (u *unparser) generators(gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.WriteString(" async for ")
		} else {
			u.WriteString(" for ")
		}
		u.expr(g.Target, precTuple)
		u.WriteString(" in ")
		u.expr(g.Iter, precTest+1)
		for _, cond := range g.Ifs {
			u.WriteString(" if ")
			u.expr(cond, precTest+1)
		}
	}
}

func (u *unparser) arguments(a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.WriteString(", ")
		}
		first = false
	}
	all := append(append([]*syntax.Arg(nil), a.Posonlyargs...), a.Args...)
	nodef := len(all) - len(a.Defaults)
	for i, arg := range all {
		sep()
		u.WriteString(arg.Arg)
		if i >= nodef {
			u.WriteByte('=')
			u.expr(a.Defaults[i-nodef], precTest)
		}
		if i == len(a.Posonlyargs)-1 {
			u.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.WriteByte('*')
		if a.Vararg != nil {
			u.WriteString(a.Vararg.Arg)
		}
	}
	for i, arg := range a.Kwonlyargs {
		sep()
		u.WriteString(arg.Arg)
		if d := a.KwDefaults[i]; d != nil {
			u.WriteByte('=')
			u.expr(d, precTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.WriteString("**" + a.Kwarg.Arg)
	}
}

// ConstRepr formats a constant as Python's repr() does; a code object is
// shown as <code object NAME, file "FILE", line N>.
func ConstRepr(v Const) string {
	switch v := v.(type) {
	case float64:
		return floatfmt.Repr(v)
	case complex128:
		re, im := real(v), imag(v)
		if re == 0 && !math.Signbit(re) {
			return shortFloat(im) + "j"
		}
		sign := "+"
		if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
			sign = "-"
			im = -im
		}
		return "(" + shortFloat(re) + sign + shortFloat(im) + "j)"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case ConstFrozenset:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Code:
		return fmt.Sprintf("<code object %s, file %q, line %d>", v.Name, v.Filename, v.FirstLineno)
	case *big.Int:
		return v.String()
	}
	return syntax.ConstRepr(v)
}

// shortFloat is repr(x) without a trailing ".0", as complex repr prints parts.
func shortFloat(x float64) string {
	s := floatfmt.Repr(x)
	return strings.TrimSuffix(s, ".0")
}

// fold.go folds constant expressions as CPython's AST optimizer does,
// restricted to operations whose results Go computes exactly as the
// runtime will: integer arithmetic (int64 with overflow checks, then
// math/big), the exactly rounded IEEE operations + - * / on floats, string,
// bytes and tuple concatenation and repetition, with CPython's size limits.

package compile

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/adderpy/adder/interp/syntax"
)

// CPython's limits on folded results (Python/ast_opt.c).
const (
	maxIntSize        = 128  // bits
	maxCollectionSize = 256  // items
	maxStrSize        = 4096 // characters or bytes
	maxTotalItems     = 1024 // items including nested tuples
)

type foldResult struct {
	v  Const
	ok bool
}

// constValue returns the constant value of e if it folds to one.
func (c *compiler) constValue(e syntax.Expr) (Const, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return e.Value, true
	case *syntax.Name:
		if e.Id == "__debug__" && e.Ctx == syntax.Load {
			return c.opts.Optimize == 0, true
		}
		return nil, false
	case *syntax.UnaryOp, *syntax.BinOp, *syntax.Tuple:
	default:
		return nil, false
	}
	if r, ok := c.foldCache[e]; ok {
		return r.v, r.ok
	}
	var r foldResult
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if x, ok := c.constValue(e.Operand); ok {
			r.v, r.ok = foldUnary(e.Op, x)
		}
	case *syntax.BinOp:
		if x, ok := c.constValue(e.Left); ok {
			if y, ok := c.constValue(e.Right); ok {
				r.v, r.ok = foldBinary(e.Op, x, y)
			}
		}
	case *syntax.Tuple:
		if e.Ctx == syntax.Load {
			if vals, ok := c.constValues(e.Elts); ok {
				r.v, r.ok = ConstTuple(vals), true
			}
		}
	}
	if c.foldCache == nil {
		c.foldCache = map[syntax.Expr]foldResult{}
	}
	c.foldCache[e] = r
	return r.v, r.ok
}

// constValues returns the constant values of es if all fold.
func (c *compiler) constValues(es []syntax.Expr) ([]Const, bool) {
	vals := make([]Const, len(es))
	for i, e := range es {
		v, ok := c.constValue(e)
		if !ok {
			return nil, false
		}
		vals[i] = v
	}
	return vals, true
}

// truth is Python's bool() of a constant.
func truth(v Const) bool {
	switch v := v.(type) {
	case syntax.NoneConst:
		return false
	case syntax.EllipsisConst:
		return true
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case syntax.Bytes:
		return v != ""
	case ConstTuple:
		return len(v) > 0
	case ConstFrozenset:
		return len(v) > 0
	}
	return true
}

// makeFrozenset builds a frozenset constant from hashable, distinct-by-key
// values; it declines when equality between elements of different types
// (1 == 1.0 == True) would make deduplication depend on runtime rules.
func makeFrozenset(vals []Const) (ConstFrozenset, bool) {
	seen := map[string]bool{}
	var out ConstFrozenset
	for _, v := range vals {
		switch v.(type) {
		case string, syntax.Bytes, syntax.NoneConst, syntax.EllipsisConst:
		case int64, *big.Int:
		default:
			return nil, false
		}
		k := constKey(v)
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out, true
}

// intOf returns the value of an int or bool constant.
func intOf(v Const) (*big.Int, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case int64:
		return big.NewInt(v), true
	case *big.Int:
		return v, true
	}
	return nil, false
}

// intConst returns the canonical constant for an integer: int64 if it fits.
func intConst(x *big.Int) Const {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

func foldUnary(op syntax.UnaryOpKind, x Const) (Const, bool) {
	if op == syntax.Not {
		return !truth(x), true
	}
	if i, ok := intOf(x); ok {
		switch op {
		case syntax.UAdd:
			return intConst(i), true
		case syntax.USub:
			return intConst(new(big.Int).Neg(i)), true
		case syntax.Invert:
			return intConst(new(big.Int).Not(i)), true
		}
	}
	switch x := x.(type) {
	case float64:
		switch op {
		case syntax.UAdd:
			return x, true
		case syntax.USub:
			return -x, true
		}
	case complex128:
		switch op {
		case syntax.UAdd:
			return x, true
		case syntax.USub:
			return complex(-real(x), -imag(x)), true
		}
	}
	return nil, false
}

func foldBinary(op syntax.Operator, x, y Const) (Const, bool) {
	if a, ok := intOf(x); ok {
		if b, ok := intOf(y); ok {
			_, xb := x.(bool)
			_, yb := y.(bool)
			if xb && yb && (op == syntax.BitAnd || op == syntax.BitOr || op == syntax.BitXor) {
				xv, yv := x.(bool), y.(bool)
				switch op {
				case syntax.BitAnd:
					return xv && yv, true
				case syntax.BitOr:
					return xv || yv, true
				default:
					return xv != yv, true
				}
			}
			return foldInt(op, a, b)
		}
	}
	if fx, ok := floatOf(x); ok {
		if fy, ok := floatOf(y); ok {
			_, xf := x.(float64)
			_, yf := y.(float64)
			if xf || yf {
				return foldFloat(op, fx, fy)
			}
		}
	}
	if cx, ok := complexOf(x); ok {
		if cy, ok := complexOf(y); ok {
			switch op {
			case syntax.Add:
				return complex(float64(real(cx)+real(cy)), float64(imag(cx)+imag(cy))), true
			case syntax.Sub:
				return complex(float64(real(cx)-real(cy)), float64(imag(cx)-imag(cy))), true
			}
			return nil, false
		}
	}
	switch x := x.(type) {
	case string:
		if y, ok := y.(string); ok && op == syntax.Add && len([]rune(x))+len([]rune(y)) <= maxStrSize {
			return x + y, true
		}
		if n, ok := repeatCount(op, y); ok && int64(len([]rune(x)))*n <= maxStrSize {
			return strings.Repeat(x, int(n)), true
		}
	case syntax.Bytes:
		if y, ok := y.(syntax.Bytes); ok && op == syntax.Add && len(x)+len(y) <= maxStrSize {
			return x + y, true
		}
		if n, ok := repeatCount(op, y); ok && int64(len(x))*n <= maxStrSize {
			return syntax.Bytes(strings.Repeat(string(x), int(n))), true
		}
	case ConstTuple:
		if y, ok := y.(ConstTuple); ok && op == syntax.Add && len(x)+len(y) <= maxCollectionSize {
			return append(append(ConstTuple{}, x...), y...), true
		}
		if n, ok := repeatCount(op, y); ok && int64(len(x))*n <= maxCollectionSize && totalItems(x)*n <= maxTotalItems {
			out := ConstTuple{}
			for i := int64(0); i < n; i++ {
				out = append(out, x...)
			}
			return out, true
		}
	}
	if op == syntax.Mult {
		// int * sequence
		if _, ok := intOf(x); ok {
			switch y.(type) {
			case string, syntax.Bytes, ConstTuple:
				return foldBinary(op, y, x)
			}
		}
	}
	return nil, false
}

func totalItems(t ConstTuple) int64 {
	n := int64(len(t))
	for _, v := range t {
		if u, ok := v.(ConstTuple); ok {
			n += totalItems(u)
		}
	}
	return n
}

// repeatCount returns n for a sequence repetition "seq * n" (n clamped at 0).
func repeatCount(op syntax.Operator, y Const) (int64, bool) {
	if op != syntax.Mult {
		return 0, false
	}
	switch y := y.(type) {
	case int64:
		if y > maxStrSize {
			return 0, false
		}
		return max(y, 0), true
	case bool:
		if y {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func foldInt(op syntax.Operator, a, b *big.Int) (Const, bool) {
	r := new(big.Int)
	switch op {
	case syntax.Add:
		r.Add(a, b)
	case syntax.Sub:
		r.Sub(a, b)
	case syntax.Mult:
		if a.BitLen()+b.BitLen() > maxIntSize {
			return nil, false
		}
		r.Mul(a, b)
	case syntax.FloorDiv, syntax.Mod:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// big's DivMod is Euclidean (m >= 0); Python floors toward -inf.
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == syntax.FloorDiv {
			r = q
		} else {
			r = m
		}
	case syntax.Pow:
		if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())*b.Int64() > maxIntSize {
			return nil, false
		}
		r.Exp(a, b, nil)
	case syntax.LShift:
		if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())+b.Int64() > maxIntSize {
			return nil, false
		}
		r.Lsh(a, uint(b.Int64()))
	case syntax.RShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if !b.IsInt64() || b.Int64() > int64(a.BitLen()) {
			if a.Sign() < 0 {
				return int64(-1), true
			}
			return int64(0), true
		}
		r.Rsh(a, uint(b.Int64()))
	case syntax.BitAnd:
		r.And(a, b)
	case syntax.BitOr:
		r.Or(a, b)
	case syntax.BitXor:
		r.Xor(a, b)
	case syntax.Div:
		// exact only when both convert to float64 exactly
		if b.Sign() == 0 || !exactFloat(a) || !exactFloat(b) {
			return nil, false
		}
		fa, _ := a.Float64()
		fb, _ := b.Float64()
		return float64(fa / fb), true
	default:
		return nil, false
	}
	return intConst(r), true
}

// exactFloat reports whether x converts to float64 without rounding.
func exactFloat(x *big.Int) bool {
	if x.BitLen() <= 53 {
		return true
	}
	return x.BitLen() <= 1024 && x.TrailingZeroBits() >= uint(x.BitLen()-53)
}

func floatOf(v Const) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case bool, int64, *big.Int:
		i, _ := intOf(v)
		if !exactFloat(i) {
			return 0, false
		}
		f, _ := i.Float64()
		return f, true
	}
	return 0, false
}

func complexOf(v Const) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	if f, ok := floatOf(v); ok {
		return complex(f, 0), true
	}
	return 0, false
}

func foldFloat(op syntax.Operator, x, y float64) (Const, bool) {
	// The float64() conversions keep Go from fusing operations.
	switch op {
	case syntax.Add:
		return float64(x + y), true
	case syntax.Sub:
		return float64(x - y), true
	case syntax.Mult:
		return float64(x * y), true
	case syntax.Div:
		if y == 0 {
			return nil, false
		}
		return float64(x / y), true
	}
	return nil, false
}

// percentFormat rewrites 'literal %s %r %a' % (x, y, z) as an f-string, as
// CPython's optimizer does, when every conversion is s, r or a with at
// most a width and a precision of two digits each; it returns nil when the
// expression does not qualify.
func percentFormat(e *syntax.BinOp) *syntax.JoinedStr {
	if e.Op != syntax.Mod {
		return nil
	}
	lit, ok := e.Left.(*syntax.Constant)
	if !ok {
		return nil
	}
	format, ok := lit.Value.(string)
	if !ok {
		return nil
	}
	args, ok := e.Right.(*syntax.Tuple)
	if !ok {
		return nil
	}
	for _, a := range args.Elts {
		if _, ok := a.(*syntax.Starred); ok {
			return nil
		}
	}
	fmt := []rune(format)
	pos := 0
	var values []syntax.Expr
	literal := func() {
		var b strings.Builder
		for pos < len(fmt) {
			if fmt[pos] != '%' {
				b.WriteRune(fmt[pos])
				pos++
			} else if pos+1 < len(fmt) && fmt[pos+1] == '%' {
				b.WriteRune('%')
				pos += 2
			} else {
				break
			}
		}
		if b.Len() > 0 {
			values = append(values, &syntax.Constant{Pos: e.Pos, Value: b.String()})
		}
	}
	for _, arg := range args.Elts {
		literal()
		fv := parsePercentSpec(fmt, &pos, arg)
		if fv == nil {
			return nil
		}
		values = append(values, fv)
	}
	literal()
	if pos < len(fmt) {
		return nil
	}
	return &syntax.JoinedStr{Pos: e.Pos, Values: values}
}

// parsePercentSpec parses one "%[flags][width][.prec](s|r|a)" at fmt[*pos]
// (which is '%') into a FormattedValue of arg, or returns nil.
func parsePercentSpec(fmt []rune, pos *int, arg syntax.Expr) *syntax.FormattedValue {
	p := *pos + 1
	next := func() (rune, bool) {
		if p >= len(fmt) {
			return 0, false
		}
		p++
		return fmt[p-1], true
	}
	if *pos >= len(fmt) {
		return nil
	}
	ljust := false
	ch, ok := next()
	for ok && strings.ContainsRune("-+ #0", ch) {
		if ch == '-' {
			ljust = true
		}
		ch, ok = next()
	}
	if !ok {
		return nil
	}
	number := func() (int, bool) {
		n, digits := 0, 0
		for '0' <= ch && ch <= '9' {
			n = n*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return 0, false
			}
			if digits++; digits >= 2 {
				return 0, false
			}
		}
		return n, true
	}
	width, prec := -1, -1
	if '0' <= ch && ch <= '9' {
		if width, ok = number(); !ok {
			return nil
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil
		}
		if prec, ok = number(); !ok {
			return nil
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil
	}
	*pos = p
	var spec strings.Builder
	if !ljust && width > 0 {
		spec.WriteByte('>')
	}
	if width >= 0 {
		spec.WriteString(strconv.Itoa(width))
	}
	if prec >= 0 {
		spec.WriteString("." + strconv.Itoa(prec))
	}
	apos := *syntax.PosOf(arg)
	fv := &syntax.FormattedValue{Pos: apos, Value: arg, Conversion: int(ch)}
	if spec.Len() > 0 {
		fv.FormatSpec = &syntax.Constant{Pos: apos, Value: spec.String()}
	}
	return fv
}

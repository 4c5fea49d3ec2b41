// fold.go: constant folding and algebraic simplification, applied to every
// instruction as it is emitted (then CSE, in Builder.emitRaw).
//
// Contract of the rules:
//   - A rule preserves the type of the instruction it replaces: it returns
//     a value of the op's result type, or emits an instruction whose op has
//     that type.
//   - A rule terminates: it returns an existing value or a constant, or
//     emits exactly one instruction (possibly after rewriting the op or
//     swapping operands once); rules never call fold recursively.
//   - A rule never removes a guard that could fail: guards fold away only
//     when their condition is a constant that holds.
//   - Folded arithmetic is bit-exact with what the machine code computes
//     (int64 wrap-around where the op wraps, IEEE float64).

package ir

import (
	"math"
	"math/bits"
)

// fold emits op(a, c) after simplification.
func (b *Builder) fold(op Op, a, c Ref) Ref {
	var x, y int64
	aConst, yConst := false, false
	if a != None {
		x, aConst = b.Const(a)
	}
	if c != None {
		y, yConst = b.Const(c)
	}
	// Constants go right in commutative ops, so backends see x op $k.
	if op.IsCommutative() && aConst && !yConst {
		a, c = c, a
		x, y = y, x
		aConst, yConst = false, true
	}
	// Commutative operands in ref order, so CSE finds x*y and y*x alike.
	if op.IsCommutative() && !aConst && !yConst && a > c {
		a, c = c, a
	}
	if aConst && (yConst || op.NArgs() == 1) {
		if r, ok := b.foldConst(op, x, y); ok {
			return r
		}
	}
	if yConst {
		switch op {
		case OpAdd, OpSub, OpAddOv, OpSubOv, OpOr, OpXor, OpShl, OpShr:
			if y == 0 {
				return a
			}
		case OpMulOv:
			switch y {
			case 0:
				return b.KInt(0)
			case 1:
				return a
			}
		case OpAnd:
			if y == 0 {
				return b.KInt(0)
			}
		case OpFloorDiv:
			if y == 1 {
				return a
			}
		}
	}
	if a != None && a == c {
		switch op {
		case OpSub, OpSubOv, OpXor:
			return b.KInt(0)
		case OpAnd, OpOr:
			return a
		case OpLe, OpGe, OpEq:
			return b.KBool(true)
		case OpLt, OpGt, OpNe:
			return b.KBool(false)
		}
	}
	switch op {
	case OpNot:
		if in := b.inst(a); in.Op == OpNot {
			return in.A
		}
	case OpGuardT, OpGuardF:
		if in := b.inst(a); in.Op == OpNot {
			a = in.A
			if op == OpGuardT {
				op = OpGuardF
			} else {
				op = OpGuardT
			}
		}
	}
	return b.emitRaw(op, a, c)
}

// foldConst computes op on constants; ok is false when the operation
// would fail its guard (overflow, division by zero), which is left to the
// machine code and the interpreter.
func (b *Builder) foldConst(op Op, x, y int64) (Ref, bool) {
	fx, fy := math.Float64frombits(uint64(x)), math.Float64frombits(uint64(y))
	switch op {
	case OpAdd:
		return b.KInt(x + y), true
	case OpSub:
		return b.KInt(x - y), true
	case OpAddOv:
		if s := x + y; (s > x) == (y > 0) {
			return b.KInt(s), true
		}
	case OpSubOv:
		if d := x - y; (d < x) == (y > 0) {
			return b.KInt(d), true
		}
	case OpMulOv:
		hi, lo := bits.Mul64(uint64(abs(x)), uint64(abs(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			return b.KInt(x * y), true
		}
	case OpNegOv:
		if x != math.MinInt64 {
			return b.KInt(-x), true
		}
	case OpFloorDiv, OpMod:
		if y == 0 || x == math.MinInt64 && y == -1 {
			return None, false
		}
		q, r := x/y, x%y
		if r != 0 && (r < 0) != (y < 0) {
			q, r = q-1, r+y
		}
		if op == OpMod {
			return b.KInt(r), true
		}
		return b.KInt(q), true
	case OpAnd:
		return b.KInt(x & y), true
	case OpOr:
		return b.KInt(x | y), true
	case OpXor:
		return b.KInt(x ^ y), true
	case OpShl:
		if y >= 0 && y < 64 && (x<<y)>>y == x {
			return b.KInt(x << y), true
		}
	case OpShr:
		if y >= 0 {
			return b.KInt(x >> min(y, 63)), true
		}
	case OpLt:
		return b.KBool(x < y), true
	case OpLe:
		return b.KBool(x <= y), true
	case OpGt:
		return b.KBool(x > y), true
	case OpGe:
		return b.KBool(x >= y), true
	case OpEq:
		return b.KBool(x == y), true
	case OpNe:
		return b.KBool(x != y), true
	case OpFAdd:
		return b.KFloat(fx + fy), true
	case OpFSub:
		return b.KFloat(fx - fy), true
	case OpFMul:
		return b.KFloat(fx * fy), true
	case OpFDiv:
		if fy != 0 {
			return b.KFloat(fx / fy), true
		}
	case OpFNeg:
		return b.KFloat(-fx), true
	case OpFLt:
		return b.KBool(fx < fy), true
	case OpFLe:
		return b.KBool(fx <= fy), true
	case OpFGt:
		return b.KBool(fx > fy), true
	case OpFGe:
		return b.KBool(fx >= fy), true
	case OpFEq:
		return b.KBool(fx == fy), true
	case OpFNe:
		return b.KBool(fx != fy), true
	case OpIToF:
		return b.KFloat(float64(x)), true
	case OpNot:
		return b.KBool(x == 0), true
	case OpGuardT:
		if x != 0 {
			return None, true
		}
	case OpGuardF:
		if x == 0 {
			return None, true
		}
	}
	return None, false
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

package syntax

import "math/big"

//go:generate go run gen_ast.go

// Node is any AST node. The node types themselves are generated from
// python.asdl into ast_gen.go; they mirror CPython's ast module node for
// node and field for field (the statement Expr is named ExprStmt here,
// because Expr is the interface of all expressions).
type Node interface {
	node() *Pos
}

// PosOf returns the source span of n, or nil for node kinds without
// position attributes (Module, arguments, comprehension, withitem, ...).
func PosOf(n Node) *Pos { return n.node() }

// Pos is the source span of a node, as CPython's lineno, col_offset,
// end_lineno and end_col_offset: lines count from 1, columns are UTF-8
// byte offsets counted from 0.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Const is the value of a Constant or MatchSingleton node. Its dynamic type
// is one of:
//
//	NoneConst      None
//	EllipsisConst  ...
//	bool           True, False
//	int64          an int that fits in 64 bits
//	*big.Int       any other int
//	float64        float
//	complex128     complex (imaginary literals)
//	string         str, UTF-8; lone surrogates (from "\ud800" escapes) are
//	               kept in the generalized UTF-8 form (WTF-8)
//	Bytes          bytes
type Const any

// NoneConst is the type of the None constant.
type NoneConst struct{}

// EllipsisConst is the type of the Ellipsis constant.
type EllipsisConst struct{}

// Bytes is a bytes constant; the string holds raw bytes, not UTF-8.
type Bytes string

var _ = (*big.Int)(nil)

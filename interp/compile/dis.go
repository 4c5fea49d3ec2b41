// dis.go prints code objects as CPython 3.11's dis module does, with
// instruction indices in place of byte offsets.

package compile

import (
	"fmt"
	"io"
	"strings"

	"github.com/adderpy/adder/interp/syntax"
)

// Disassemble writes a dis-style listing of code and, after it, of every
// code object in its constants, recursively.
func Disassemble(w io.Writer, code *Code) {
	var b strings.Builder
	disassemble(&b, code)
	io.WriteString(w, b.String())
}

func disassemble(b *strings.Builder, code *Code) {
	targets := map[int]bool{}
	for _, in := range code.Code {
		if in.Op() < numOpcodes && in.Op().IsJump() {
			targets[in.Arg()] = true
		}
	}
	for _, h := range code.ExceptionTable {
		targets[h.Target] = true
	}
	lastLine := int32(-1)
	for i, in := range code.Code {
		var pos Position
		if i < len(code.Positions) {
			pos = code.Positions[i]
		}
		lineField := "   "
		if pos.Line != 0 && pos.Line != lastLine {
			if lastLine != -1 {
				b.WriteByte('\n')
			}
			lastLine = pos.Line
			lineField = fmt.Sprintf("%3d", pos.Line)
		} else if lastLine == -1 {
			lastLine = 0
		}
		mark := "  "
		if targets[i] {
			mark = ">>"
		}
		line := fmt.Sprintf("%s    %s %4d %-20s", lineField, mark, i, in.Op())
		if in.Op() < numOpcodes && in.Op().ArgKind() != ArgNone || in.Arg() != 0 {
			line += fmt.Sprintf(" %5d", in.Arg())
			if r := ArgRepr(code, in); r != "" {
				line += " (" + r + ")"
			}
		}
		b.WriteString(strings.TrimRight(line, " "))
		b.WriteByte('\n')
	}
	if len(code.ExceptionTable) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, h := range code.ExceptionTable {
			lasti := ""
			if h.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(b, "  %d to %d -> %d [%d]%s\n", h.Start, h.End-1, h.Target, h.Depth, lasti)
		}
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintf(b, "\nDisassembly of %s:\n", ConstRepr(sub))
			disassemble(b, sub)
		}
	}
}

var cmpOpText = [...]string{syntax.Eq: "==", syntax.NotEq: "!=", syntax.Lt: "<", syntax.LtE: "<=", syntax.Gt: ">", syntax.GtE: ">="}

// ArgRepr is the readable form of the argument of instruction in of code, as
// Disassemble prints it in parentheses (and dis.get_instructions returns it),
// or "".
func ArgRepr(code *Code, in Instr) string {
	op, arg := in.Op(), in.Arg()
	if op >= numOpcodes {
		return ""
	}
	index := func(list []string) string {
		if arg < len(list) {
			return list[arg]
		}
		return "<invalid>"
	}
	switch op.ArgKind() {
	case ArgConst:
		if arg < len(code.Consts) {
			return ConstRepr(code.Consts[arg])
		}
		return "<invalid>"
	case ArgName:
		return index(code.Names)
	case ArgLocal:
		return index(code.VarNames)
	case ArgCell:
		return index(append(append([]string(nil), code.CellVars...), code.FreeVars...))
	case ArgJump:
		return fmt.Sprintf("to %d", arg)
	case ArgCmpOp:
		if arg < len(cmpOpText) {
			return cmpOpText[arg]
		}
	case ArgBinOp:
		suffix := ""
		if arg > InplaceOp {
			arg -= InplaceOp
			suffix = "="
		}
		if arg > 0 && arg < len(binOpInfo) {
			return binOpInfo[arg].text + suffix
		}
	case ArgIntrinsic1:
		return Intrinsic1(arg).String()
	case ArgIntrinsic2:
		return Intrinsic2(arg).String()
	case ArgFlags:
		switch op {
		case MAKE_FUNCTION:
			var parts []string
			for i, name := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
				if arg&(1<<i) != 0 {
					parts = append(parts, name)
				}
			}
			return strings.Join(parts, ", ")
		case FORMAT_VALUE:
			parts := []string{"", "str", "repr", "ascii"}[arg&FormatConvMask : arg&FormatConvMask+1]
			if parts[0] == "" {
				parts = nil
			}
			if arg&FormatWithSpec != 0 {
				parts = append(parts, "with format")
			}
			return strings.Join(parts, ", ")
		}
	}
	return ""
}

// trampoline_amd64.s: the one way into and out of native code (DESIGN §4.1).

#include "textflag.h"

// func enter(code uintptr, ctx *native.Context) native.Exit
//
// No frame and NOSPLIT: native code runs on the goroutine stack just below
// this function's return address and pushes nothing but CALL's own return
// address. RBP is not touched here and must not be touched by native code.
// R14 and X15 may come back clobbered: Go's compiler restores them after
// every call into an ABI0 function.
TEXT ·enter(SB), NOSPLIT, $0-24
	MOVQ code+0(FP), AX
	MOVQ ctx+8(FP), R15
	// R14 is g: callers are ABIInternal Go code, where R14 always holds g.
	MOVQ R14, 24(R15) // ctx.G (native.OffG)
	CALL AX
	// Native code may not have kept R15, so reload ctx from the frame.
	MOVQ ctx+8(FP), AX
	MOVQ 0(AX), AX // ctx.Exit (native.OffExit)
	MOVQ AX, ret+16(FP)
	RET

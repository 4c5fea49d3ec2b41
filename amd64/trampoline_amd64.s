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
	// Exits store ctx.Exit (native.OffExit) as two 32-bit halves, code
	// then ID: two 32-bit loads are forwarded from those stores, where
	// one 64-bit load would stall until they reach the cache (measured:
	// about 6 ns of each helper call's round trip).
	MOVQ ctx+8(FP), AX
	MOVLQZX 0(AX), CX
	MOVLQZX 4(AX), DX
	SHLQ $32, DX
	ORQ CX, DX
	MOVQ DX, ret+16(FP)
	RET

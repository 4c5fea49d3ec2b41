// Package amd64 is Adder's x86-64 backend: it lowers traces to machine code
// with golang-asm, installs them in executable memory from package alloc,
// and runs them through an assembly trampoline, following DESIGN §4.
//
// What goes in: a native.Trace (the backend-neutral description), or
// instructions built directly with Asm for hand-written code. What comes
// out: a native.Compiled trace that Backend.Enter runs until it exits.
//
// The package compiles on every host, so encodings are tested anywhere;
// only the trampoline (trampoline_amd64.s, enter_amd64.go) needs an amd64
// host, and Enter panics elsewhere.
//
// # Register conventions (DESIGN §4.6)
//
//   - R15 (CtxReg) holds the *native.Context for the whole run; native code
//     must not change it.
//   - The trace's virtual registers R0..R7 live in AX, CX, DX, BX, SI, DI,
//     R8, R9 (VirtualRegs); R10 and R11 are scratch for the code generator.
//   - IR traces (LowerIR) keep values in BX, SI, DI, R8, R9, R12-R14 (and
//     DX unless they divide, copy lists or probe sets or dicts) and X0-X13
//     (ir.Allocate); R10, R11, X14, X15 are scratch, AX and CX serve
//     division and shifts or else hold the poll's addresses, and
//     registers no value needs hold constants, the frame's address and,
//     in a loop trace, the iteration count (stored to
//     Context.Scratch[IterCount] before every exit and helper call).
//     Nothing stays in a register across an exit: entry code and the code
//     after each helper call load what the trace keeps in registers.
//   - Float arithmetic uses the AVX three-operand forms when
//     Features.AVX is set, else SSE2 (ADDER_AMD64_BASELINE=1 forces the
//     latter, for tests).
//   - RSP: the trampoline CALLs the code, so the only goroutine stack word
//     native code may rely on is the return address. Native code must
//     return with RSP as it found it and keeps nothing on the stack across
//     an exit (DESIGN §4.1); scratch memory is Context.Scratch. The
//     trampoline is NOSPLIT with no frame, so native code must push nothing.
//   - RBP is Go's frame pointer: native code leaves it alone.
//   - R14 (Go's g) and X15 (Go's zero) may be clobbered: the trampoline is
//     an ABI0 function, and Go's compiler reloads R14 from TLS and zeroes
//     X15 after every call from ABIInternal code into ABI0 code. Calls of
//     enter through a func value go through the compiler's ABI wrapper,
//     which does the same. Tested by TestRegisterRules.
//   - Every other general and vector register is caller-saved under ABI0,
//     so native code may use them freely.
package amd64

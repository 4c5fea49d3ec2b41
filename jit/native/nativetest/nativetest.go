// Package nativetest holds reference traces that every backend's tests run,
// so the backends are checked against the same expectations.
package nativetest

import "github.com/adderpy/adder/jit/native"

// Slots of SumLoop.
const (
	SlotI   = 0 // the counter i
	SlotSum = 1 // the running sum
	SlotN   = 2 // the bound n
	SlotOne = 3 // the constant 1, reloaded on resume
)

// Exit IDs of SumLoop.
const (
	ExitDone     = 0 // i > n: the loop finished (ExitGuard)
	ExitOverflow = 1 // sum + i overflowed int64 (ExitGuard); i and sum saved
	ExitPoll     = 2 // the interrupt word was set (ExitInterrupt); resumable
)

// SumLoop is the loop
//
//	for i <= n { sum += i; i++ }
//
// over int64 slots, with overflow guards on both additions and an
// interrupt poll at the back-edge. It starts from the values in slots
// SlotI, SlotSum and SlotN.
func SumLoop() *native.Trace {
	all := []native.Live{{Slot: SlotI, Reg: 0}, {Slot: SlotSum, Reg: 1}, {Slot: SlotN, Reg: 2}, {Slot: SlotOne, Reg: 3}}
	return &native.Trace{
		Insts: []native.Inst{
			{Op: native.OpLoadSlot, Dst: 0, Imm: SlotI},
			{Op: native.OpLoadSlot, Dst: 1, Imm: SlotSum},
			{Op: native.OpLoadSlot, Dst: 2, Imm: SlotN},
			{Op: native.OpConst, Dst: 3, Imm: 1},
			{Op: native.OpLoop},
			{Op: native.OpGuardLE, A: 0, B: 2, Exit: ExitDone},
			{Op: native.OpAdd, Dst: 1, A: 1, B: 0, Exit: ExitOverflow},
			{Op: native.OpAdd, Dst: 0, A: 0, B: 3, Exit: ExitOverflow},
			{Op: native.OpBackEdge, Exit: ExitPoll},
		},
		Exits: []native.TraceExit{
			ExitDone:     {Code: native.ExitGuard, Live: all[:2]},
			ExitOverflow: {Code: native.ExitGuard, Live: all[:2]},
			ExitPoll:     {Code: native.ExitInterrupt, Live: all},
		},
	}
}

// Sum returns 1+...+n as SumLoop computes it from i = 1, sum = 0, for n
// small enough not to overflow.
func Sum(n int64) int64 { return n * (n + 1) / 2 }

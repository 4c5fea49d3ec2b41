// cpu.go: the optional instruction-set extensions the backend may use.

package amd64

import (
	"os"

	"golang.org/x/sys/cpu"
)

// Features lists the extensions beyond baseline x86-64 that the code
// generator may use. The zero value (baseline only) is always safe.
type Features struct {
	SSE41  bool // ROUNDSD (floor, ceil, trunc without a call)
	POPCNT bool // POPCNTQ (int.bit_count)
	LZCNT  bool // LZCNTQ (int.bit_length)
	BMI2   bool // SHLXQ, SARXQ, SHRXQ (shifts by a register other than CX)
	AVX    bool // VADDSD and the other three-operand scalar float forms
}

// HostFeatures reports the extensions of the CPU the program runs on; on
// a host that is not amd64 it reports none. With the environment variable
// ADDER_AMD64_BASELINE set to 1 it reports none either, so that the
// baseline code paths can be tested on any machine.
func HostFeatures() Features {
	if os.Getenv("ADDER_AMD64_BASELINE") == "1" {
		return Features{}
	}
	// x/sys/cpu asks the CPU a handful of questions when the program
	// starts (each CPUID traps to the hypervisor in a virtual machine, so
	// fewer is faster) and reports AVX only when the OS saves the YMM
	// registers.
	x := &cpu.X86
	return Features{
		SSE41:  x.HasSSE41,
		POPCNT: x.HasPOPCNT,
		LZCNT:  x.HasLZCNT,
		BMI2:   x.HasBMI2,
		AVX:    x.HasAVX,
	}
}

// cpu.go: the optional instruction-set extensions the backend may use.

package amd64

import (
	"os"

	"github.com/klauspost/cpuid/v2"
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
	c := &cpuid.CPU
	return Features{
		SSE41:  c.Supports(cpuid.SSE4),
		POPCNT: c.Supports(cpuid.POPCNT),
		LZCNT:  c.Supports(cpuid.LZCNT),
		BMI2:   c.Supports(cpuid.BMI2),
		AVX:    c.Supports(cpuid.AVX),
	}
}

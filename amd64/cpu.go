// cpu.go: the optional instruction-set extensions the backend may use.

package amd64

import "github.com/klauspost/cpuid/v2"

// Features lists the extensions beyond baseline x86-64 that the code
// generator may use. The zero value (baseline only) is always safe.
type Features struct {
	SSE41  bool // ROUNDSD (floor, ceil, trunc without a call)
	POPCNT bool // POPCNTQ (int.bit_count)
	LZCNT  bool // LZCNTQ (int.bit_length)
	BMI2   bool // SHLXQ, SARXQ, SHRXQ (shifts by a register other than CX)
}

// HostFeatures reports the extensions of the CPU the program runs on; on
// a host that is not amd64 it reports none.
func HostFeatures() Features {
	c := &cpuid.CPU
	return Features{
		SSE41:  c.Supports(cpuid.SSE4),
		POPCNT: c.Supports(cpuid.POPCNT),
		LZCNT:  c.Supports(cpuid.LZCNT),
		BMI2:   c.Supports(cpuid.BMI2),
	}
}

package jit

// ForceBarrierExits has the traces j runs find the write barrier on, as
// while the collector marks: every native pointer store exits instead.
func ForceBarrierExits(j *JIT) {
	on := uint32(1)
	j.barrier = &on
}

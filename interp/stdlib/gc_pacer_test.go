package stdlib

import "testing"

// TestPacedPercent checks that the paced GOGC puts Go's heap goal, live +
// roots*GOGC/100, at the floor for a small heap (stacks and globals
// counted), and leaves GOGC alone for a heap that grows past the floor.
func TestPacedPercent(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		live, roots uint64
		want        int
	}{
		{2 * mb, 2 * mb, 3100},    // 2 + 2*31 = 64
		{2 * mb, 4 * mb, 1550},    // stacks and globals count: 2 + 4*15.5 = 64
		{16 * mb, 16 * mb, 400},   // 16 + 64 = 80, past the floor
		{12 * mb, 13 * mb, 400},   // 12 + 52 = 64
		{1, 1, 1 << 30},           // an empty heap: capped
		{100 * mb, 100 * mb, 400}, // a large heap
		{63 * mb, 64 * mb, 400},   // grows past the floor at 400
		{60 * mb, 60 * mb, 400},   // 60 + 240
		{2 * mb, 3 * mb, 2066},    // rounded down
	}
	for _, tt := range tests {
		got := pacedPercent(400, 64*mb, tt.live, tt.roots)
		if got != tt.want {
			t.Errorf("pacedPercent(400, 64 MB, live %d, roots %d) = %d, want %d", tt.live, tt.roots, got, tt.want)
		}
		if goal := tt.live + tt.roots*uint64(got)/100; got < 1<<30 && goal < 63*mb {
			t.Errorf("live %d, roots %d: goal %d below the floor", tt.live, tt.roots, goal)
		}
	}
}

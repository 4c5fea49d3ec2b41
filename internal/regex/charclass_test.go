package regex

import (
	"slices"
	"testing"
)

// TestFoldClassesVisitEnough checks that visiting only the characters of
// unicode.CaseRanges finds the case classes that visiting every character
// below U+20000 finds.
func TestFoldClassesVisitEnough(t *testing.T) {
	all := foldClassesOf(func(visit func(c rune)) {
		for c := rune(0); c <= 0x1FFFF; c++ {
			visit(c)
		}
	})
	fast := foldClassesOf(caseMappedRunes)
	if len(all) != len(fast) {
		t.Fatalf("%d characters in classes, want %d", len(fast), len(all))
	}
	for c, want := range all {
		if got := fast[c]; !slices.Equal(got, want) {
			t.Errorf("class of %U is %U, want %U", c, got, want)
		}
	}
	if got := fast['k']; !slices.Equal(got, []rune{'K', 'k', 0x212A}) {
		t.Errorf("class of k is %U", got)
	}
}

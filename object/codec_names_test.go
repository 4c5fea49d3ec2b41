package object

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestUnicodeNameSamples checks a few names of each kind without python3.
func TestUnicodeNameSamples(t *testing.T) {
	for _, c := range []struct {
		r    rune
		name string
	}{
		{'A', "LATIN CAPITAL LETTER A"}, {0xE9, "LATIN SMALL LETTER E WITH ACUTE"},
		{0x4E16, "CJK UNIFIED IDEOGRAPH-4E16"}, {0xAC00, "HANGUL SYLLABLE GA"}, {0xD7A3, "HANGUL SYLLABLE HIH"},
		{0x1F600, "GRINNING FACE"}, {0xF900, "CJK COMPATIBILITY IDEOGRAPH-F900"},
	} {
		if got, ok := UnicodeName(c.r); !ok || got != c.name {
			t.Errorf("UnicodeName(%U) = %q, %v; want %q", c.r, got, ok, c.name)
		}
		if got, ok := LookupUnicodeName(c.name); !ok || got != c.r {
			t.Errorf("LookupUnicodeName(%q) = %U, %v", c.name, got, ok)
		}
	}
	for name, want := range map[string]bool{"latin small letter e with acute": true, "grinning face": true,
		"cjk compatibility ideograph-f900": true, "hangul syllable ga": false, "cjk unified ideograph-4e16": false,
		"CJK UNIFIED IDEOGRAPH-4e16": false, "CJK UNIFIED IDEOGRAPH-04E16": true} {
		if _, ok := LookupUnicodeName(name); ok != want {
			t.Errorf("LookupUnicodeName(%q) found %v, want %v", name, ok, want)
		}
	}
	if _, ok := UnicodeName(0x0378); ok {
		t.Error("unassigned U+0378 has a name")
	}
	if r, ok := LookupUnicodeName("LATIN CAPITAL LETTER GHA"); !ok || r != 0x1A2 {
		t.Errorf("alias lookup = %U, %v", r, ok)
	}
	if seq, ok := LookupNamedSequence("LATIN SMALL LETTER R WITH TILDE"); !ok || string(seq) != "r\u0303" {
		t.Errorf("named sequence = %q, %v", string(seq), ok)
	}
}

// TestUnicodeNamesMatchCPython compares every name with python3's.
func TestUnicodeNamesMatchCPython(t *testing.T) {
	out, err := exec.Command("python3", "-c", `
import sys, unicodedata
if sys.version_info[:2] != (3, 11): sys.exit(3)
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n: print('%X %s' % (c, n))
`).Output()
	if err != nil {
		t.Skip("needs python3.11 (the oracle):", err)
	}
	want := map[rune]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		cp, name, _ := strings.Cut(sc.Text(), " ")
		v, _ := strconv.ParseUint(cp, 16, 32)
		want[rune(v)] = name
	}
	bad := 0
	for r := rune(0); r < 0x110000 && bad < 10; r++ {
		got, ok := UnicodeName(r)
		if got != want[r] || ok != (want[r] != "") {
			t.Errorf("UnicodeName(%U) = %q; want %q", r, got, want[r])
			bad++
			continue
		}
		if ok {
			if back, ok := LookupUnicodeName(got); !ok || back != r {
				t.Errorf("LookupUnicodeName(%q) = %U", got, back)
				bad++
			}
		}
	}
}

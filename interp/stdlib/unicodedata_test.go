package stdlib

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/adderpy/adder/object"
)

// TestNormalizeMatchesCPython compares the four normal forms of every code
// point in the planes Unicode 14 uses, alone and between a base letter and
// a combining mark, with python3's (norm's tables are of a later Unicode
// version than CPython 3.11's).
func TestNormalizeMatchesCPython(t *testing.T) {
	out, err := exec.Command("python3", "-c", `
import sys, unicodedata as u
if sys.version_info[:2] != (3, 11): sys.exit(3)
forms = ('NFC', 'NFD', 'NFKC', 'NFKD')
for c in [*range(0x80, 0xD800), *range(0xE000, 0x32000), *range(0xE0000, 0xE1000)]:
    for s in (chr(c), 'a' + chr(c) + '\u0301'):
        r = [u.normalize(f, s) for f in forms]
        if r != [s] * 4:
            print(' '.join('.'.join('%x' % ord(x) for x in v) for v in [s] + r))
`).Output()
	if err != nil {
		t.Skip("needs python3.11 (the oracle):", err)
	}
	forms := []norm.Form{norm.NFC, norm.NFD, norm.NFKC, norm.NFKD}
	want := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		var strs []string
		for _, hex := range f {
			var sb strings.Builder
			for _, h := range strings.Split(hex, ".") {
				v, _ := strconv.ParseUint(h, 16, 32)
				sb.WriteRune(rune(v))
			}
			strs = append(strs, sb.String())
		}
		want[strs[0]] = strs[1:]
	}
	bad := 0
	for c := rune(0x80); c < 0xE1000 && bad < 10; c++ {
		if c >= 0xD800 && c < 0xE000 || c >= 0x32000 && c < 0xE0000 {
			continue
		}
		for _, s := range []string{string(c), "a" + string(c) + "\u0301"} {
			w, changed := want[s]
			for i, f := range forms {
				exp := s
				if changed {
					exp = w[i]
				}
				if got := normalizeStr(f, object.NewStr(s)).String(); got != exp {
					t.Errorf("normalize(%d, %+q) = %+q; want %+q", i, s, got, exp)
					bad++
				}
				if got := isNormalized(f, object.NewStr(s)); got != (exp == s) {
					t.Errorf("is_normalized(%d, %+q) = %v", i, s, got)
					bad++
				}
			}
		}
	}
}

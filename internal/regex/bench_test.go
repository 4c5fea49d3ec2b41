package regex

import (
	"strings"
	"testing"
)

// The patterns of bench/programs/regex.py and a few classic ones, on a
// line of the kind that program makes. Compare with
//
//	python3 -m timeit -s "import re; p = re.compile(PATTERN); s = SUBJECT" "p.search(s)"
var benchCases = []struct{ name, pattern, subject string }{
	{"email", `\b([\w.]+)@([a-z]+)\.(com|org|net)\b`, benchLine},
	{"date", `(\d{4})-(\d{2})-(\d{2})`, benchLine},
	{"repeated", `\b(\w+) \1\b`, benchLine},
	{"password", `(?=\w*\d)(?=\w*[A-Z])\w{8,}`, benchLine},
	{"literal-miss", `timeoutx`, benchLine},
	{"alternation", `(?i)^(error|warning)\b`, benchLine},
	{"dotstar", `.*=(.*)`, benchLine},
	{"lazy", `<.*?>`, strings.Repeat("x", 200) + "<tag>"},
}

const benchLine = "the quick brown fox jumps over the lazy dog Server request timeout user=fox size=1234 2024-05-17 bob.12@mail.com"

func BenchmarkSearch(b *testing.B) {
	for _, c := range benchCases {
		re, err := Compile([]rune(c.pattern), 0, false)
		if err != nil {
			b.Fatal(err)
		}
		s := BytesSubject([]byte(c.subject))
		caps := make([]int, 2*(re.NumGroups+1))
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				re.Exec(s, 0, s.Len(), ModeSearch, false, caps)
			}
		})
	}
}

//go:build ignore

// codec_names_gen.go writes codec_names.bin, the Unicode character names
// of CPython 3.11's unicodedata (Unicode 14.0), read from a python3 (the
// oracle). Candidate aliases and named sequences come from perl's copy of
// the Unicode data (unicore/Name.pl); each is kept only if python3's
// unicodedata.lookup accepts it. Run with go generate in package object.
//
// The file is a sequence of unsigned varints and strings (a varint length,
// then the bytes), in sections (order must match codec_names.go):
//
//	words:     count, then each word (a name is words joined by ' ')
//	names:     count, then for each name in code point order: the code
//	           point's distance from the previous one, the word count and
//	           the word indices (most frequent words have the lowest)
//	ranges:    count, then prefix, first, last: names prefix+%04X
//	aliases:   count, then code point and alias
//	sequences: count, then name, length and code points
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// dumpScript reads candidate names on stdin and prints "N cp name" for
// each named code point whose name is not derived from its code point,
// "R prefix first last" for derived ranges, "A cp alias" and "S name cps".
const dumpScript = `
import sys, re, unicodedata
assert sys.version_info[:2] == (3, 11), sys.version
run = None
def flush():
    if run:
        print('R\t%s\t%X\t%X' % tuple(run))
for c in range(0x110000):
    name = unicodedata.name(chr(c), None)
    if name is None:
        continue
    if name.startswith('HANGUL SYLLABLE '):
        continue
    m = re.fullmatch(r'(.*-)([0-9A-F]{4,6})', name)
    if m and int(m.group(2), 16) == c:
        if run and run[0] == m.group(1) and run[2] == c - 1:
            run[2] = c
        else:
            flush()
            run = [m.group(1), c, c]
        continue
    print('N', '%X' % c, name)
flush()
seen = set()
for cand in sys.stdin.read().split('\n'):
    if not cand or cand in seen:
        continue
    seen.add(cand)
    try:
        s = unicodedata.lookup(cand)
    except KeyError:
        continue
    if len(s) > 1:
        print('S', cand.replace(' ', '_'), ' '.join('%X' % ord(c) for c in s))
    elif unicodedata.name(s, None) != cand:
        print('A', '%X' % ord(s), cand)
`

func main() {
	perl, err := filepath.Glob("/usr/share/perl/*/unicore/Name.pl")
	if err != nil || len(perl) == 0 {
		log.Fatal("perl's unicore/Name.pl not found: install perl-modules")
	}
	src, err := os.ReadFile(perl[0])
	if err != nil {
		log.Fatal(err)
	}
	var cands []string
	for _, line := range strings.Split(string(src), "\n") {
		if line != "" && line[0] >= 'A' && line[0] <= 'Z' && line != "END" {
			cands = append(cands, line)
		}
	}
	cmd := exec.Command("python3", "-c", dumpScript)
	cmd.Stdin = strings.NewReader(strings.Join(cands, "\n"))
	out, err := cmd.Output()
	if err != nil {
		log.Fatal(err)
	}
	type named struct {
		cp    uint64
		words []string
	}
	var names []named
	var ranges, aliases, seqs [][]string
	freq := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), " ", 3)
		switch sc.Text()[0] {
		case 'N':
			cp, _ := strconv.ParseUint(f[1], 16, 32)
			words := strings.Split(f[2], " ")
			for _, w := range words {
				freq[w]++
			}
			names = append(names, named{cp, words})
		case 'R':
			ranges = append(ranges, strings.Split(sc.Text(), "\t")[1:])
		case 'A':
			aliases = append(aliases, f[1:])
		case 'S':
			seqs = append(seqs, strings.Fields(sc.Text())[1:])
		}
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	index := map[string]int{}
	var b []byte
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	num := func(v uint64) { b = binary.AppendUvarint(b, v) }
	hex := func(s string) uint64 {
		v, err := strconv.ParseUint(s, 16, 32)
		if err != nil {
			log.Fatal(err)
		}
		return v
	}
	num(uint64(len(words)))
	for i, w := range words {
		index[w] = i
		str(w)
	}
	num(uint64(len(names)))
	prev := uint64(0)
	for _, n := range names {
		num(n.cp - prev)
		prev = n.cp
		num(uint64(len(n.words)))
		for _, w := range n.words {
			num(uint64(index[w]))
		}
	}
	num(uint64(len(ranges)))
	for _, r := range ranges {
		str(r[0])
		num(hex(r[1]))
		num(hex(r[2]))
	}
	num(uint64(len(aliases)))
	for _, a := range aliases {
		num(hex(a[0]))
		str(a[1])
	}
	num(uint64(len(seqs)))
	for _, s := range seqs {
		str(strings.ReplaceAll(s[0], "_", " "))
		num(uint64(len(s) - 1))
		for _, c := range s[1:] {
			num(hex(c))
		}
	}
	if err := os.WriteFile("codec_names.bin", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

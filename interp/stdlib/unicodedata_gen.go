//go:build ignore

// unicodedata_gen.go writes unicodedata.bin, the character properties of
// CPython 3.11's unicodedata module (Unicode 14.0), read from a python3
// (the oracle). Run with go generate in package stdlib.
//
// The file is a sequence of unsigned varints and strings (a varint length,
// then the bytes), in sections (order must match unicodedata.go):
//
//	records:        count, then category, bidirectional, combining,
//	                east_asian_width, mirrored, decimal+1 (0: none),
//	                digit+1 (0: none), numeric (repr of the float, "": none)
//	runs:           count, then length and record index of each run of
//	                code points with the same record, from U+0000
//	decompositions: count, then the distance from the previous code point
//	                and the decomposition string
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"log"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// dumpScript prints "P" records as tab-separated fields in order of first
// use, "R length index" runs and "D cp decomposition" lines.
const dumpScript = `
import sys, unicodedata as u
assert sys.version_info[:2] == (3, 11), sys.version
recs = {}
prev, length = None, 0
def flush():
    if prev is not None:
        print('R', length, recs[prev])
for c in range(0x110000):
    ch = chr(c)
    dec, dig, num = u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None)
    r = (u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
         0 if dec is None else dec + 1, 0 if dig is None else dig + 1, '' if num is None else repr(num))
    if r not in recs:
        recs[r] = len(recs)
        print('P\t' + '\t'.join(map(str, r)))
    if r != prev:
        flush()
        prev, length = r, 0
    length += 1
flush()
for c in range(0x110000):
    d = u.decomposition(chr(c))
    if d:
        print('D', c, d)
`

func main() {
	out, err := exec.Command("python3", "-c", dumpScript).Output()
	if err != nil {
		log.Fatal(err)
	}
	var recs, runs, decomps []byte
	nrecs, nruns, ndecomps := 0, 0, 0
	str := func(b []byte, s string) []byte { return append(binary.AppendUvarint(b, uint64(len(s))), s...) }
	num := func(b []byte, s string) []byte {
		v, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			log.Fatal(err)
		}
		return binary.AppendUvarint(b, v)
	}
	prev := uint64(0)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		switch line[0] {
		case 'P':
			f := strings.Split(line, "\t")[1:]
			recs = str(recs, f[0])
			recs = str(recs, f[1])
			recs = num(recs, f[2])
			recs = str(recs, f[3])
			recs = num(recs, f[4])
			recs = num(recs, f[5])
			recs = num(recs, f[6])
			recs = str(recs, f[7])
			nrecs++
		case 'R':
			f := strings.Fields(line)
			runs = num(num(runs, f[1]), f[2])
			nruns++
		case 'D':
			f := strings.SplitN(line, " ", 3)
			cp, _ := strconv.ParseUint(f[1], 10, 32)
			decomps = str(binary.AppendUvarint(decomps, cp-prev), f[2])
			prev = cp
			ndecomps++
		}
	}
	var b []byte
	b = append(binary.AppendUvarint(b, uint64(nrecs)), recs...)
	b = append(binary.AppendUvarint(b, uint64(nruns)), runs...)
	b = append(binary.AppendUvarint(b, uint64(ndecomps)), decomps...)
	if err := os.WriteFile("unicodedata.bin", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

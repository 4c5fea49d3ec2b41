package object

import (
	"bytes"
	"testing"
)

// TestThreadNewBytesBuf checks that bytes objects of every size made in
// turn from a thread's blocks keep their contents.
func TestThreadNewBytesBuf(t *testing.T) {
	var th Thread
	var made []Value
	var want [][]byte
	for i := range 400 {
		n := i % 70
		v, buf := th.NewBytesBuf(n)
		if len(buf) != n || cap(buf) != n {
			t.Fatalf("size %d: buffer len %d cap %d", n, len(buf), cap(buf))
		}
		for j := range buf {
			buf[j] = byte(i + j)
		}
		made = append(made, v)
		want = append(want, bytes.Clone(buf))
	}
	for i, v := range made {
		b, ok := v.AsBytes()
		if !ok {
			t.Fatalf("object %d is a %s", i, v.Type().Name)
		}
		if !bytes.Equal(b.Data(), want[i]) {
			t.Fatalf("object %d holds %v, want %v", i, b.Data(), want[i])
		}
	}
}

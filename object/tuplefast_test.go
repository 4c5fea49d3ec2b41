package object

import (
	"testing"
	"unsafe"
)

func TestThreadNewTuple(t *testing.T) {
	var th Thread
	for _, n := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 63, 64, 65} {
		var made []*Tuple
		for i := range 100 {
			tu := th.NewTuple(n)
			if len(tu.Items) != n || cap(tu.Items) != n || tu.typ != TupleType {
				t.Fatalf("n=%d: tuple %d has len %d cap %d", n, i, len(tu.Items), cap(tu.Items))
			}
			for j := range tu.Items {
				if !tu.Items[j].IsNull() {
					t.Fatalf("n=%d: tuple %d item %d not Null", n, i, j)
				}
				tu.Items[j] = Int(int64(i*10 + j))
			}
			made = append(made, tu)
		}
		for i, tu := range made {
			for j, v := range tu.Items {
				if v != Int(int64(i*10+j)) {
					t.Fatalf("n=%d: tuple %d item %d overwritten: %v", n, i, j, v)
				}
			}
		}
	}
}

// TestThreadNewTupleInterleaved checks that tuples of different lengths
// made in turn keep their items.
func TestThreadNewTupleInterleaved(t *testing.T) {
	var th Thread
	lens := []int{3, 7, 2, 3, 9, 1}
	var made []*Tuple
	for i := range 500 {
		tu := th.NewTuple(lens[i%len(lens)])
		for j := range tu.Items {
			tu.Items[j] = Int(int64(i*100 + j))
		}
		made = append(made, tu)
	}
	for i, tu := range made {
		if len(tu.Items) != lens[i%len(lens)] {
			t.Fatalf("tuple %d has %d items", i, len(tu.Items))
		}
		for j, v := range tu.Items {
			if v != Int(int64(i*100+j)) {
				t.Fatalf("tuple %d item %d overwritten: %v", i, j, v)
			}
		}
	}
}

// TestTupleStride checks the layout NewTuple relies on: a tupleN is its
// Tuple then n items, with no padding.
func TestTupleStride(t *testing.T) {
	sizes := []uintptr{unsafe.Sizeof(tuple1{}), unsafe.Sizeof(tuple2{}), unsafe.Sizeof(tuple3{}),
		unsafe.Sizeof(tuple4{}), unsafe.Sizeof(tuple5{}), unsafe.Sizeof(tuple6{})}
	for i, size := range sizes {
		n := uintptr(i + 1)
		if want := tupleItemsOffset + n*unsafe.Sizeof(Value{}); size != want {
			t.Errorf("tuple%d is %d bytes, NewTuple steps %d", n, size, want)
		}
	}
}

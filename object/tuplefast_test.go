package object

import "testing"

func TestTupleSlab(t *testing.T) {
	for n := 0; n <= 8; n++ {
		var s TupleSlab
		var made []*Tuple
		for i := range 100 {
			tu := s.New(n)
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

package object

import "testing"

// Lists made with their items in one block hold copies, keep their length,
// and grow past their room like any list.
func TestListBlocks(t *testing.T) {
	src := []Value{Int(0), Int(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7), Int(8), Int(9)}
	for n := 0; n <= len(src); n++ {
		l := NewListCopy(src[:n])
		if len(l.Items) != n {
			t.Fatalf("NewListCopy of %d items has %d", n, len(l.Items))
		}
		for i, v := range l.Items {
			if v != src[i] {
				t.Errorf("NewListCopy(%d)[%d] = %v", n, i, v)
			}
		}
		l.Items = append(l.Items, Int(-1), Int(-2), Int(-3), Int(-4), Int(-5), Int(-6), Int(-7), Int(-8), Int(-9))
		if src[min(n, len(src)-1)] != Int(int64(min(n, len(src)-1))) {
			t.Fatalf("appending to a copy of %d items changed the source", n)
		}
		if got := l.Items[len(l.Items)-1]; got != Int(-9) {
			t.Errorf("after appends, last item is %v", got)
		}
	}
	for _, c := range []struct{ start, step, n int }{{9, -1, 10}, {1, 3, 3}, {2, 1, 5}, {0, 2, 0}} {
		l := newListSlice(src, c.start, c.step, c.n)
		if len(l.Items) != c.n {
			t.Errorf("newListSlice(%d, %d, %d) has %d items", c.start, c.step, c.n, len(l.Items))
		}
		for i, v := range l.Items {
			if want := src[c.start+i*c.step]; v != want {
				t.Errorf("newListSlice(%d, %d, %d)[%d] = %v, want %v", c.start, c.step, c.n, i, v, want)
			}
		}
	}
}

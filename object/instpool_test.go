package object

import (
	"strconv"
	"testing"
)

// TestLayoutTransition checks that Transition returns exactly the layout
// Attrs.Set moves an instance to, and nothing before an instance made the
// move, for a name already present, or past maxLayoutAttrs.
func TestLayoutTransition(t *testing.T) {
	th := newThread()
	c := mkClass(t, th, nil, "C", nil)
	x, y := Intern("x"), Intern("y")
	root := c.RootLayout()
	if root.Transition(x) != nil || root.Len() != 0 {
		t.Fatal("transition before any instance made it")
	}
	a := c.attrsOf(c.AllocInstance())
	a.Set(x, Int(1))
	lx := root.Transition(x)
	if lx == nil || lx != a.Layout() || lx.Len() != 1 {
		t.Fatalf("Transition(x) = %p, instance layout %p", lx, a.Layout())
	}
	if lx.Transition(x) != nil {
		t.Fatal("transition for a name the layout has")
	}
	b := c.attrsOf(c.AllocInstance())
	b.Set(y, Int(2))
	b.Set(x, Int(3))
	if ly := root.Transition(y); ly == nil || ly == lx || ly.Transition(x) != b.Layout() {
		t.Fatal("forked layouts are not the ones instances got")
	}
	l := root
	for i := range maxLayoutAttrs {
		d := c.attrsOf(c.AllocInstance())
		for k := 0; k <= i; k++ {
			d.Set(Intern("a"+strconv.Itoa(k)), Int(int64(k)))
		}
		l = d.Layout()
	}
	if l.Len() != maxLayoutAttrs || l.Transition(Intern("more")) != nil {
		t.Fatalf("layout of %d names offers a transition", l.Len())
	}
}

// TestInstancePool checks that pooled instances look as AllocInstance
// makes them, are handed out once each (the pool keeps no reference to
// them), are refilled when the pool runs empty, and that a pool is
// dropped when the class's instances get more room.
func TestInstancePool(t *testing.T) {
	th := newThread()
	c := mkClass(t, th, nil, "P", nil)
	x := Intern("x")
	seen := map[*Instance]bool{}
	for i := range 3 * InstancePoolSize {
		inst := (*Instance)(c.PooledInstance())
		if seen[inst] {
			t.Fatalf("instance %d handed out twice", i)
		}
		seen[inst] = true
		if inst.base.typ != c || inst.attrs.layout != c.RootLayout() || inst.attrs.dict != nil || len(inst.attrs.slots) != 0 {
			t.Fatalf("instance %d is not as AllocInstance makes it", i)
		}
		p := c.InstancePool()
		if p.next != i%InstancePoolSize+1 || p.limit != InstancePoolSize || p.items[p.next-1] != nil {
			t.Fatalf("after %d takes: next %d, limit %d, entry of the last kept", i+1, p.next, p.limit)
		}
	}
	// The class's instances now have one attribute: the pool made before
	// holds instances without room for it, and is dropped when the hint
	// grows; the refill makes roomy ones.
	c2 := mkClass(t, th, nil, "Q", nil)
	c2.PooledInstance()
	if p := c2.InstancePool(); p.limit != InstancePoolSize {
		t.Fatalf("limit %d after the first take", p.limit)
	}
	a := c2.attrsOf(c2.AllocInstance())
	a.Set(x, Int(1))
	if p := c2.InstancePool(); p.limit != 0 {
		t.Fatal("pool not dropped when the slots hint grew")
	}
	inst := (*Instance)(c2.PooledInstance())
	if cap(inst.attrs.slots) < 1 || cap(inst.attrs.slots) != cap(c2.attrsOf(c2.AllocInstance()).slots) {
		t.Fatalf("refilled instance has room for %d slots", cap(inst.attrs.slots))
	}
}

//go:build amd64 && linux

package jit_test

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/adderpy/adder/jit"
)

// allocLoops builds a linked list of n nodes in a traced loop (each
// instance from its class's pool, its attributes added by native stores
// of pointers and of the layout word), keeps every node reachable only
// through the list, and then checks every node. Then it moves objects
// between the attributes of others many times (each payload reachable
// only from the one holder it is in, the pattern a missing write barrier
// loses) while allocating objects of the same size, and checks that
// every payload is still there, intact.
const allocLoops = `
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next
        self.half = value * 0.5
        self.tag = 'even' if value % 2 == 0 else 'odd'

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def check(head):
    count, total, bad = 0, 0, 0
    node = head
    while node is not None:
        count += 1
        total += node.value
        nxt = node.next
        if node.half != node.value * 0.5 or node.tag != ('even' if node.value % 2 == 0 else 'odd'):
            bad += 1
        if nxt is not None and nxt.value != node.value - 1:
            bad += 1
        node = nxt
    return count, total, bad

for n in (N1, N2):
    print(*check(build(n)))

class Payload:
    def __init__(self, id):
        self.id = id
        self.twice = id * 2

class Holder:
    def __init__(self, v):
        self.v = v

def shuffle(holders, rounds):
    n = len(holders)
    junk = None
    for i in range(rounds):
        a = holders[i % n]
        b = holders[(i * 7 + 3) % n]
        t = a.v
        a.v = b.v
        b.v = t
        junk = Payload(-1)
    return junk

holders = [Holder(Payload(i)) for i in range(1000)]
shuffle(holders, N2)
ids = sorted(h.v.id for h in holders)
print(ids == list(range(1000)), all(h.v.twice == 2 * h.v.id for h in holders))
`

// TestAllocUnderGC (DESIGN §4.3, §4.4 for pooled allocation and native
// attribute adds): allocation-heavy traced loops run while the collector
// marks most of the time (GOGC=1) and another goroutine allocates and
// forces collections. A pooled instance or a stored pointer that the
// collector missed would be freed while reachable, and its memory
// reused: the checks of every node would see it.
func TestAllocUnderGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var junk [][]byte
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			junk = append(junk, make([]byte, 512))
			if len(junk) == 2000 {
				junk = junk[:0]
				runtime.GC()
			}
		}
	}()
	var log bytes.Buffer
	opts := &jit.Options{Threshold: 50, Log: &log, LogIR: true}
	n1, n2 := 30000, 60000
	src := strings.NewReplacer("N1", fmt.Sprint(n1), "N2", fmt.Sprint(n2)).Replace(allocLoops)
	got, _ := runPy(t, src, opts)
	close(stop)
	wg.Wait()
	want := fmt.Sprintf("%d %d 0\n%d %d 0\nTrue True\n", n1, n1*(n1-1)/2, n2, n2*(n2-1)/2)
	if got != want {
		t.Fatalf("output %q, want %q", got, want)
	}
	for _, op := range []string{"pool[", "storeptr", "storevalue"} {
		if !strings.Contains(log.String(), op) {
			t.Errorf("no trace has %s:\n%s", op, log.String())
		}
	}
}

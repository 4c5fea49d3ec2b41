package object

import (
	"os"
	"os/exec"
	"testing"
)

// TestHashSecretFromEnvironment runs this test binary again with
// PYTHONHASHSEED=0: names interned and hashed while packages initialize
// must hash like equal strings made later (seed 0 hashes "name" to
// CPython's value).
func TestHashSecretFromEnvironment(t *testing.T) {
	if os.Getenv("ADDER_HASHSEED_CHILD") == "1" {
		fresh := NewStr(string([]byte("name")))
		if got, want := Intern("name").Hash(), fresh.Hash(); got != want {
			t.Fatalf("interned 'name' hashes to %d, a new 'name' to %d", got, want)
		}
		if got := fresh.Hash(); got != -6269146191053140058 { // CPython 3.11, PYTHONHASHSEED=0
			t.Fatalf("hash('name') = %d under PYTHONHASHSEED=0", got)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHashSecretFromEnvironment$")
	cmd.Env = append(os.Environ(), "ADDER_HASHSEED_CHILD=1", "PYTHONHASHSEED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

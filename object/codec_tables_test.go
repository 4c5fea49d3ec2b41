package object

import "testing"

// TestNoAliasNamesAGoCodec guards ResolveEncoding's fast path, which
// returns the name of a Go codec's module without consulting the aliases.
func TestNoAliasNamesAGoCodec(t *testing.T) {
	for alias, module := range aliasTable() {
		if _, ok := builtinCodecs[alias]; ok && module != alias {
			t.Errorf("alias %q of %q is also the module of a Go codec", alias, module)
		}
	}
}

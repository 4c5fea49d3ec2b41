package object

// dict_build.go: building a whole dict at once from str-keyed pairs, as
// decoders (json) do with the keys and values of one object.

// NewDictStrPairs returns a dict of the pairs kv[0]: kv[1], kv[2]: kv[3],
// ... whose keys are all strs (exact or subclass instances compared by
// their text). As with assignments in order, a later pair with a key
// equal to an earlier one replaces its value and keeps its position.
// It cannot fail and runs no Python code.
func NewDictStrPairs(kv []Value) *Dict {
	if len(kv)%2 != 0 {
		panic("BUG: NewDictStrPairs: odd number of values")
	}
	n := len(kv) / 2
	d := NewDictSized(n)
	if n == 0 {
		return d
	}
	mask := uint64(len(d.indices) - 1)
	entries := d.entries[:n]
	used := 0
	for k := 0; k < len(kv); k += 2 {
		key, ok := kv[k].exactStr()
		if !ok {
			panic("BUG: NewDictStrPairs: key is not a str")
		}
		hash := key.Hash()
		perturb := uint64(hash)
		i := uint64(hash) & mask
		for {
			ix := d.indices[i]
			if ix == dictEmpty {
				d.indices[i] = int32(used)
				e := &entries[used]
				e.hash, e.key, e.value = hash, kv[k], kv[k+1]
				used++
				break
			}
			if e := &entries[ix]; e.hash == hash && (e.key.p == kv[k].p || (*Str)(e.key.p).s == key.s) {
				e.value = kv[k+1]
				break
			}
			perturb >>= perturbBits
			i = (i*5 + perturb + 1) & mask
		}
	}
	d.entries, d.used = entries[:used], used
	d.mutated(true)
	return d
}

package interp

// This file finds the "Did you mean: 'x'?" suggestion CPython 3.11 adds
// to an uncaught NameError or AttributeError: the candidate name closest
// to the missing one by an edit distance in which changing case is cheaper
// than other edits.

import "github.com/adderpy/adder/object"

// Tuning of the suggestion search, as CPython's.
const (
	editCost           = 2   // inserting, deleting or replacing a byte
	caseCost           = 1   // replacing a letter by the same letter in the other case
	maxSuggestionLen   = 40  // longer names (after trimming common affixes) are never suggested
	maxSuggestionNames = 750 // namespaces with this many names are not searched
)

// suggestion returns ". Did you mean: 'name'?" for a NameError or
// AttributeError with a close candidate, or "".
func (p *excPrinter) suggestion(exc *object.Exc) string {
	typ := exc.Type()
	var found string
	switch {
	case typ.IsSubtype(object.NameError):
		found = p.nameSuggestion(exc)
	case typ.IsSubtype(object.AttributeError):
		found = p.attrSuggestion(exc)
	}
	if found == "" {
		return ""
	}
	return ". Did you mean: '" + found + "'?"
}

// excName returns the exception's name attribute when it is a str.
func (p *excPrinter) excName(exc *object.Exc) (string, bool) {
	v, err := object.GetAttr(p.t, exc.AsValue(), object.Intern("name"))
	if err != nil || v.Type() != object.StrType {
		return "", false
	}
	s, _ := v.AsStr()
	return s.String(), true
}

// nameSuggestion searches the local variables, then the globals, then
// the builtins of the frame that raised.
func (p *excPrinter) nameSuggestion(exc *object.Exc) string {
	name, ok := p.excName(exc)
	if !ok || exc.Traceback.IsNull() || exc.Traceback.Type() != TracebackType {
		return ""
	}
	tb := (*Traceback)(exc.Traceback.Pointer())
	for tb.next != nil {
		tb = tb.next
	}
	f := tb.frame
	if s := closestName(name, f.code.VarNames); s != "" {
		return s
	}
	for _, d := range []*object.Dict{f.globals, f.builtins} {
		if d == nil {
			continue
		}
		if s := closestName(name, dictStrKeys(d)); s != "" {
			return s
		}
	}
	return ""
}

// attrSuggestion searches dir(obj).
func (p *excPrinter) attrSuggestion(exc *object.Exc) string {
	name, ok := p.excName(exc)
	if !ok {
		return ""
	}
	obj, err := object.GetAttr(p.t, exc.AsValue(), object.Intern("obj"))
	if err != nil || obj.IsNone() {
		return ""
	}
	dir, err := builtinDir(p.t, []object.Value{obj}, nil)
	if err != nil {
		return ""
	}
	l, ok := dir.AsList()
	if !ok {
		return ""
	}
	var names []string
	for _, v := range l.Items {
		if s, ok := v.AsStr(); ok {
			names = append(names, s.String())
		}
	}
	return closestName(name, names)
}

func dictStrKeys(d *object.Dict) []string {
	var names []string
	for _, k := range d.Keys() {
		if s, ok := k.AsStr(); ok {
			names = append(names, s.String())
		}
	}
	return names
}

// closestName returns the candidate nearest to name within a third of
// their combined length, the first one on ties, or "".
func closestName(name string, candidates []string) string {
	if len(candidates) >= maxSuggestionNames {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		limit := min((len(name)+len(c)+3)*editCost/6, bestDist-1)
		d := editDistance(name, c, limit)
		if d > limit {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance returns the weighted Levenshtein distance between the
// bytes of a and b, or any value above limit once it must exceed it.
func editDistance(a, b string, limit int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * editCost
	}
	if len(a) > maxSuggestionLen || len(b) > maxSuggestionLen {
		return limit + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*editCost > limit {
		return limit + 1
	}
	// row[i] is the distance from the prefix of b seen so far to a[:i+1].
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * editCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		diag := bi * editCost // distance from b[:bi] to a[:i]
		result = diag
		rowMin := int(^uint(0) >> 1)
		for i := range a {
			substitute := diag + substitutionCost(b[bi], a[i])
			diag = row[i]
			result = min(min(result, diag)+editCost, substitute)
			row[i] = result
			rowMin = min(rowMin, result)
		}
		if rowMin > limit {
			return limit + 1
		}
	}
	return result
}

// substitutionCost is the cost of replacing byte x by y.
func substitutionCost(x, y byte) int {
	switch {
	case x == y:
		return 0
	case x&31 != y&31:
		return editCost
	case lowerASCII(x) == lowerASCII(y):
		return caseCost
	}
	return editCost
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

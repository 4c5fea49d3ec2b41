// args_pydef.go: argument binding for native functions that stand in for
// functions CPython defines in Python (random.Random.randrange, ...), with
// the messages of a Python def rather than Argument Clinic's.

package object

import (
	"fmt"
	"strings"
)

// PyDef describes the parameters of a Python def that a native function
// implements: Names lists the positional-or-keyword parameters (a method's
// self first) and then the keyword-only ones; NumPos counts the former and
// NumRequired the required ones among them. Keyword-only parameters are
// optional.
type PyDef struct {
	QualName    string // as in messages: "Random.randrange"
	Names       []string
	NumPos      int
	NumRequired int
}

// Bind binds args and kwnames to d's parameters as a call of the def
// would, storing each in out[i] (Null when not given; len(out) must be
// len(d.Names)). Errors, and which one wins when several apply, are those
// of CPython 3.11's frame setup: an unknown keyword or one given twice,
// then too many positional arguments, then missing ones.
func (d *PyDef) Bind(args []Value, kwnames *Tuple, out []Value) error {
	npos := Positional(args, kwnames)
	if kwnames == nil && npos >= d.NumRequired && npos <= d.NumPos {
		n := copy(out, args)
		for i := n; i < len(out); i++ {
			out[i] = Null
		}
		return nil
	}
	for i := range out {
		out[i] = Null
	}
	copy(out, args[:min(npos, d.NumPos)])
	if kwnames != nil {
		for k, kv := range kwnames.Items {
			name := (*Str)(kv.p).s
			i := -1
			for j, n := range d.Names {
				if n == name {
					i = j
					break
				}
			}
			if i < 0 {
				return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", d.QualName, name)
			}
			if !out[i].IsNull() {
				return Errorf(TypeError, "%s() got multiple values for argument '%s'", d.QualName, name)
			}
			out[i] = args[npos+k]
		}
	}
	if npos > d.NumPos {
		return d.tooManyPositional(npos, kwnames)
	}
	var missing []string
	for i := npos; i < d.NumRequired; i++ {
		if out[i].IsNull() {
			missing = append(missing, "'"+d.Names[i]+"'")
		}
	}
	if missing == nil {
		return nil
	}
	var list string
	switch n := len(missing); n {
	case 1:
		list = missing[0]
	case 2:
		list = missing[0] + " and " + missing[1]
	default:
		list = strings.Join(missing[:n-1], ", ") + ", and " + missing[n-1]
	}
	return Errorf(TypeError, "%s() missing %d required positional argument%s: %s", d.QualName, len(missing), plural(len(missing)), list)
}

func (d *PyDef) tooManyPositional(npos int, kwnames *Tuple) error {
	takes := fmt.Sprintf("%d positional argument%s", d.NumPos, plural(d.NumPos))
	if d.NumRequired < d.NumPos {
		takes = fmt.Sprintf("from %d to %d positional arguments", d.NumRequired, d.NumPos)
	}
	kwOnly := 0
	if kwnames != nil {
		for _, kv := range kwnames.Items {
			for _, n := range d.Names[d.NumPos:] {
				if n == (*Str)(kv.p).s {
					kwOnly++
				}
			}
		}
	}
	if kwOnly > 0 {
		return Errorf(TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			d.QualName, takes, npos, plural(npos), kwOnly, plural(kwOnly))
	}
	was := "were"
	if npos == 1 {
		was = "was"
	}
	return Errorf(TypeError, "%s() takes %s but %d %s given", d.QualName, takes, npos, was)
}

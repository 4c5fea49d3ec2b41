// re.go: the _re module, everything of re but RegexFlag (which
// lib/re/__init__.py defines): compile and the module-level functions with
// CPython's cache of 512 compiled patterns, the Pattern and Match types,
// and the error exception. Matching is internal/regex; this file converts
// between Python values and the engine's code-point positions.

package stdlib

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/internal/regex"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// patternObject is a re.Pattern.
type patternObject struct {
	object.Header
	re      *regex.Regexp
	source  object.Value // the pattern str or bytes
	flags   int
	indexes *object.Dict // groupindex
}

// matchObject is a re.Match.
type matchObject struct {
	object.Header
	pat         *patternObject
	subj        *subject
	caps        []int
	pos, endpos int
	lastIndex   int
}

var (
	patternType  = object.NewNativeType("Pattern", "re", nil)
	matchType    = object.NewNativeType("Match", "re", nil)
	scanIterType = object.NewNativeType("callable_iterator", "re", nil)
)

// reError is the re.error class, made when the module is first imported.
var reError *object.Type

func (p *patternObject) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(p)) }
func (m *matchObject) AsValue() object.Value   { return object.FromPointer(unsafe.Pointer(m)) }

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "_re",
		Doc:         "The regular-expression engine behind the re module.",
		MakeMethods: reFunctions,
		Setup:       setupReTypes,
		Init:        reModuleInit,
	})
}

// setupReTypes readies Pattern, Match and the scanner iterator.
func setupReTypes() {
	patternType.Repr = patternRepr
	patternType.Compare = patternCompare
	patternType.Hash = patternHash
	patternType.AddMethods(patternMethods)
	patternType.AddGetSets(patternGetSets)
	patternType.Ready()
	matchType.Repr = matchRepr
	matchType.GetItem = func(t *object.Thread, v, key object.Value) (object.Value, error) {
		return asMatch(v).group(t, key)
	}
	matchType.AddMethods(matchMethods)
	matchType.AddGetSets(matchGetSets)
	matchType.Ready()
	scanIterType.Iter = iterSelf
	scanIterType.Next = scanIterNext
	scanIterType.Ready()
}

func reModuleInit(th *interp.Thread, m *interp.Module) error {
	t := &th.Thread
	ns := object.NewDict()
	ns.SetStr(object.Intern("__module__"), object.StrValue("re"))
	ns.SetStr(object.Intern("__doc__"), object.StrValue("Exception raised for invalid regular expressions."))
	cls, err := object.NewClass(t, object.TypeType, "error", []*object.Type{object.Exception}, ns)
	if err != nil {
		return err
	}
	reError = cls
	d := m.Dict()
	d.SetStr(object.Intern("error"), cls.AsValue())
	d.SetStr(object.Intern("Pattern"), patternType.AsValue())
	d.SetStr(object.Intern("Match"), matchType.AsValue())
	d.SetStr(object.Intern("MAXREPEAT"), object.Int(regex.MaxRepeat))
	d.SetStr(object.Intern("MAXGROUPS"), object.Int(1<<30-1))
	return nil
}

// ---- errors

// raise converts an engine error into the Python exception.
func raise(t *object.Thread, err error, pattern object.Value) error {
	e, ok := err.(*regex.Error)
	if !ok {
		return err
	}
	switch e.Kind {
	case regex.ValueError:
		return object.NewError(object.ValueError, e.Msg)
	case regex.OverflowError:
		return object.NewError(object.OverflowError, e.Msg)
	case regex.IndexError:
		return object.NewError(object.IndexError, e.Msg)
	}
	msg := e.Msg
	pos, lineno, colno := object.None, object.None, object.None
	if e.Pos >= 0 && !pattern.IsNull() {
		text := patternText(pattern)
		line, col := 1, e.Pos+1
		for i := 0; i < e.Pos && i < len(text); i++ {
			if text[i] == '\n' {
				line++
				col = e.Pos - i
			}
		}
		if strings.ContainsRune(string(text), '\n') {
			msg += " at position " + itoa(e.Pos) + " (line " + itoa(line) + ", column " + itoa(col) + ")"
		} else {
			msg += " at position " + itoa(e.Pos)
		}
		pos, lineno, colno = object.Int(int64(e.Pos)), object.Int(int64(line)), object.Int(int64(col))
	} else if e.Pos >= 0 {
		msg += " at position " + itoa(e.Pos)
		pos = object.Int(int64(e.Pos))
	}
	exc := object.NewException(reError, object.StrValue(msg))
	if pattern.IsNull() {
		pattern = object.None
	}
	for _, kv := range []struct {
		k string
		v object.Value
	}{{"msg", object.StrValue(e.Msg)}, {"pattern", pattern}, {"pos", pos}, {"lineno", lineno}, {"colno", colno}} {
		if err := object.SetAttr(t, exc.AsValue(), object.Intern(kv.k), kv.v); err != nil {
			return err
		}
	}
	return exc
}

// ---- text conversion

// patternText returns the code points of a str, or the bytes of a
// bytes-like object as runes; nil otherwise.
func patternText(v object.Value) []rune {
	if s, ok := v.AsStr(); ok {
		return decodeStr(s.String(), s.Len())
	}
	if b, ok := object.BytesData(v); ok {
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return r
	}
	return nil
}

// decodeStr decodes WTF-8 text of n code points.
func decodeStr(s string, n int) []rune {
	r := make([]rune, 0, n)
	for i := 0; i < len(s); {
		c, size := pyrepr.DecodeRune(s[i:])
		r = append(r, c)
		i += size
	}
	return r
}

// subject is a string being matched: a str (text, and offs mapping code
// points to byte offsets unless it is ASCII) or bytes (data).
type subject struct {
	val     object.Value
	isBytes bool
	text    string
	offs    []int32
	data    []byte
	sub     regex.Subject
}

func newSubject(t *object.Thread, v object.Value, pat *patternObject) (*subject, error) {
	if s, ok := v.AsStr(); ok {
		if pat.re.IsBytes {
			return nil, object.NewError(object.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		text := s.String()
		subj := &subject{val: v, text: text}
		if s.IsASCII() {
			subj.sub = regex.BytesSubject(unsafe.Slice(unsafe.StringData(text), len(text)))
			return subj, nil
		}
		runes := make([]rune, 0, s.Len())
		offs := make([]int32, 0, s.Len()+1)
		for i := 0; i < len(text); {
			c, size := pyrepr.DecodeRune(text[i:])
			runes = append(runes, c)
			offs = append(offs, int32(i))
			i += size
		}
		subj.offs = append(offs, int32(len(text)))
		subj.sub = regex.RunesSubject(runes)
		return subj, nil
	}
	if b, ok := object.BytesData(v); ok {
		if !pat.re.IsBytes {
			return nil, object.NewError(object.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		return &subject{val: v, isBytes: true, data: b, sub: regex.BytesSubject(b)}, nil
	}
	return nil, object.Errorf(object.TypeError, "expected string or bytes-like object, got '%s'", v.Type().Name)
}

func (s *subject) len() int { return s.sub.Len() }

func (s *subject) off(i int) int {
	if s.offs == nil {
		return i
	}
	return int(s.offs[i])
}

// slice returns s[i:j] as a str or bytes.
func (s *subject) slice(i, j int) object.Value {
	if s.isBytes {
		return object.NewBytes(append([]byte(nil), s.data[i:j]...))
	}
	return object.StrValue(s.text[s.off(i):s.off(j)])
}

// appendSlice appends the UTF-8 (or bytes) of s[i:j] to buf.
func (s *subject) appendSlice(buf []byte, i, j int) []byte {
	if s.isBytes {
		return append(buf, s.data[i:j]...)
	}
	return append(buf, s.text[s.off(i):s.off(j)]...)
}

func (s *subject) empty() object.Value {
	if s.isBytes {
		return object.NewBytes(nil)
	}
	return object.StrValue("")
}

// ---- compile and the cache

type cacheKey struct {
	isBytes bool
	typ     *object.Type
	text    string
	flags   int
}

// The compiled-pattern cache: CPython's size, oldest evicted first.
const reCacheSize = 512

var reCache struct {
	sync.Mutex
	m     map[cacheKey]*patternObject
	order []cacheKey
}

func flagsArg(t *object.Thread, v object.Value) (int, error) {
	if v.IsNull() {
		return 0, nil
	}
	return object.IndexInt(t, v)
}

// compilePattern is re._compile: a Pattern for pattern and flags.
func compilePattern(t *object.Thread, pattern object.Value, flags int) (*patternObject, error) {
	if pattern.Type() == patternType {
		if flags != 0 {
			return nil, object.NewError(object.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return asPattern(pattern), nil
	}
	var key cacheKey
	if s, ok := pattern.AsStr(); ok {
		key = cacheKey{typ: pattern.Type(), text: s.String(), flags: flags}
	} else if b, ok := object.BytesData(pattern); ok {
		key = cacheKey{isBytes: true, typ: pattern.Type(), text: string(b), flags: flags}
	} else {
		return nil, object.NewError(object.TypeError, "first argument must be string or compiled pattern")
	}
	reCache.Lock()
	p, ok := reCache.m[key]
	reCache.Unlock()
	if ok {
		return p, nil
	}
	re, err := regex.Compile(patternText(pattern), regex.Flags(flags), key.isBytes)
	if err != nil {
		return nil, raise(t, err, pattern)
	}
	p = &patternObject{Header: object.NewHeader(patternType), re: re, source: pattern, flags: int(re.Flags)}
	p.indexes = object.NewDict()
	for _, g := range re.GroupNames {
		p.indexes.SetStr(object.NewStr(g.Name), object.Int(int64(g.Index)))
	}
	if flags&int(regex.FlagDebug) == 0 {
		reCache.Lock()
		if reCache.m == nil {
			reCache.m = map[cacheKey]*patternObject{}
		}
		if _, ok := reCache.m[key]; !ok {
			if len(reCache.order) >= reCacheSize {
				delete(reCache.m, reCache.order[0])
				reCache.order = reCache.order[1:]
			}
			reCache.m[key] = p
			reCache.order = append(reCache.order, key)
		}
		reCache.Unlock()
	}
	return p, nil
}

func asPattern(v object.Value) *patternObject { return (*patternObject)(v.Pointer()) }
func asMatch(v object.Value) *matchObject     { return (*matchObject)(v.Pointer()) }

// ---- module functions

func reFunctions() []object.MethodDef {
	return []object.MethodDef{
		{Name: "compile", Fn: reCompile, Doc: "Compile a regular expression pattern, returning a Pattern object."},
		{Name: "match", Fn: reModeFunc("match", regex.ModeMatch), Doc: "Try to apply the pattern at the start of the string, returning\na Match object, or None if no match was found."},
		{Name: "search", Fn: reModeFunc("search", regex.ModeSearch), Doc: "Scan through string looking for a match to the pattern, returning\na Match object, or None if no match was found."},
		{Name: "fullmatch", Fn: reModeFunc("fullmatch", regex.ModeFull), Doc: "Try to apply the pattern to all of the string, returning\na Match object, or None if no match was found."},
		{Name: "findall", Fn: reModuleScan("findall", patternFindall)},
		{Name: "finditer", Fn: reModuleScan("finditer", patternFinditer)},
		{Name: "split", Fn: reSplit},
		{Name: "sub", Fn: reSubFunc("sub", false)},
		{Name: "subn", Fn: reSubFunc("subn", true)},
		{Name: "escape", Fn: reEscape, Doc: "Escape special characters in a string."},
		{Name: "purge", Fn: rePurge, Doc: "Clear the regular expression caches"},
	}
}

func reCompile(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("compile", args, kwnames, []string{"pattern", "flags"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	flags, err := flagsArg(t, a[1])
	if err != nil {
		return object.Null, err
	}
	p, err := compilePattern(t, a[0], flags)
	if err != nil {
		return object.Null, err
	}
	return p.AsValue(), nil
}

func reModeFunc(name string, mode regex.Mode) object.NativeFunc {
	return reModuleScan(name, func(t *object.Thread, p *patternObject, s object.Value, pos, endpos int) (object.Value, error) {
		return p.exec(t, s, pos, endpos, mode)
	})
}

func reModuleScan(name string, fn func(t *object.Thread, p *patternObject, s object.Value, pos, endpos int) (object.Value, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"pattern", "string", "flags"}, 2, 3, a[:]); err != nil {
			return object.Null, err
		}
		flags, err := flagsArg(t, a[2])
		if err != nil {
			return object.Null, err
		}
		p, err := compilePattern(t, a[0], flags)
		if err != nil {
			return object.Null, err
		}
		return fn(t, p, a[1], 0, -1)
	}
}

func reSplit(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [4]object.Value
	if err := object.ParseArgs("split", args, kwnames, []string{"pattern", "string", "maxsplit", "flags"}, 2, 4, a[:]); err != nil {
		return object.Null, err
	}
	flags, err := flagsArg(t, a[3])
	if err != nil {
		return object.Null, err
	}
	p, err := compilePattern(t, a[0], flags)
	if err != nil {
		return object.Null, err
	}
	return p.split(t, a[1], a[2])
}

func reSubFunc(name string, withCount bool) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [5]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"pattern", "repl", "string", "count", "flags"}, 3, 5, a[:]); err != nil {
			return object.Null, err
		}
		flags, err := flagsArg(t, a[4])
		if err != nil {
			return object.Null, err
		}
		p, err := compilePattern(t, a[0], flags)
		if err != nil {
			return object.Null, err
		}
		return p.sub(t, a[1], a[2], a[3], withCount)
	}
}

func rePurge(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("purge", args, kwnames, 0, 0); err != nil {
		return object.Null, err
	}
	reCache.Lock()
	reCache.m, reCache.order = nil, nil
	reCache.Unlock()
	return object.None, nil
}

// escapeSpecial holds the ASCII characters re.escape backslashes.
var escapeSpecial = func() (t [128]bool) {
	for _, c := range "()[]{}?*+-|^$\\.&~# \t\n\r\v\f" {
		t[c] = true
	}
	return
}()

func reEscape(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs("escape", args, kwnames, []string{"pattern"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	if s, ok := a[0].AsStr(); ok {
		var b strings.Builder
		for _, c := range []byte(s.String()) {
			if c < 128 && escapeSpecial[c] {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
		return object.StrValue(b.String()), nil
	}
	if data, ok := object.BytesData(a[0]); ok {
		var b []byte
		for _, c := range data {
			if c < 128 && escapeSpecial[c] {
				b = append(b, '\\')
			}
			b = append(b, c)
		}
		return object.NewBytes(b), nil
	}
	return object.Null, object.Errorf(object.TypeError, "expected string or bytes-like object, got '%s'", a[0].Type().Name)
}

// ---- Pattern

var patternMethods = []object.MethodDef{
	{Name: "match", Fn: patternModeMethod("match", regex.ModeMatch)},
	{Name: "search", Fn: patternModeMethod("search", regex.ModeSearch)},
	{Name: "fullmatch", Fn: patternModeMethod("fullmatch", regex.ModeFull)},
	{Name: "findall", Fn: patternScanMethod("findall", patternFindall)},
	{Name: "finditer", Fn: patternScanMethod("finditer", patternFinditer)},
	{Name: "split", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("split", args, kwnames, []string{"self", "string", "maxsplit"}, 2, 3, a[:]); err != nil {
			return object.Null, err
		}
		return asPattern(a[0]).split(t, a[1], a[2])
	}},
	{Name: "sub", Fn: patternSubMethod("sub", false)},
	{Name: "subn", Fn: patternSubMethod("subn", true)},
	{Name: "__copy__", Fn: patternSelf},
	{Name: "__deepcopy__", Fn: patternSelf},
}

func patternSelf(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return args[0], nil
}

var patternGetSets = []object.GetSetDef{
	{Name: "pattern", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asPattern(v).source, nil }},
	{Name: "flags", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64(asPattern(v).flags)), nil
	}},
	{Name: "groups", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64(asPattern(v).re.NumGroups)), nil
	}},
	{Name: "groupindex", Get: func(t *object.Thread, v object.Value) (object.Value, error) {
		d := object.NewDict()
		for _, g := range asPattern(v).re.GroupNames {
			d.SetStr(object.NewStr(g.Name), object.Int(int64(g.Index)))
		}
		return d.AsValue(), nil
	}},
}

// posArgs clamps pos and endpos (Null for the defaults) to [0, n].
func posArgs(t *object.Thread, posV, endV object.Value, n int) (int, int, error) {
	pos, end := 0, n
	var err error
	if !posV.IsNull() {
		if pos, err = object.IndexInt(t, posV); err != nil {
			return 0, 0, err
		}
	}
	if !endV.IsNull() {
		if end, err = object.IndexInt(t, endV); err != nil {
			return 0, 0, err
		}
	}
	pos = clamp(pos, n)
	end = clamp(end, n)
	return pos, end, nil
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

func patternModeMethod(name string, mode regex.Mode) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [4]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"self", "string", "pos", "endpos"}, 2, 4, a[:]); err != nil {
			return object.Null, err
		}
		p := asPattern(a[0])
		subj, err := newSubject(t, a[1], p)
		if err != nil {
			return object.Null, err
		}
		pos, end, err := posArgs(t, a[2], a[3], subj.len())
		if err != nil {
			return object.Null, err
		}
		return p.execSubject(subj, pos, end, mode), nil
	}
}

// exec matches string from pos to endpos (-1: the end).
func (p *patternObject) exec(t *object.Thread, s object.Value, pos, endpos int, mode regex.Mode) (object.Value, error) {
	subj, err := newSubject(t, s, p)
	if err != nil {
		return object.Null, err
	}
	if endpos < 0 {
		endpos = subj.len()
	}
	return p.execSubject(subj, pos, endpos, mode), nil
}

func (p *patternObject) execSubject(subj *subject, pos, endpos int, mode regex.Mode) object.Value {
	if pos > endpos {
		return object.None
	}
	caps := make([]int, 2*(p.re.NumGroups+1))
	last, ok := p.re.Exec(subj.sub, pos, endpos, mode, false, caps)
	if !ok {
		return object.None
	}
	return p.newMatch(subj, caps, last, pos, endpos).AsValue()
}

func (p *patternObject) newMatch(subj *subject, caps []int, last, pos, endpos int) *matchObject {
	return &matchObject{Header: object.NewHeader(matchType), pat: p, subj: subj, caps: caps,
		lastIndex: last, pos: pos, endpos: endpos}
}

func patternScanMethod(name string, fn func(t *object.Thread, p *patternObject, s object.Value, pos, endpos int) (object.Value, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [4]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"self", "string", "pos", "endpos"}, 2, 4, a[:]); err != nil {
			return object.Null, err
		}
		pos, end := 0, -1
		var err error
		if !a[2].IsNull() {
			if pos, err = object.IndexInt(t, a[2]); err != nil {
				return object.Null, err
			}
		}
		if !a[3].IsNull() {
			if end, err = object.IndexInt(t, a[3]); err != nil {
				return object.Null, err
			}
			if end < 0 {
				end = 0
			}
		}
		return fn(t, asPattern(a[0]), a[1], pos, end)
	}
}

// scanner returns a scanner over s[pos:endpos] (endpos -1: the end).
func (p *patternObject) scanner(t *object.Thread, s object.Value, pos, endpos int) (*subject, *regex.Scanner, error) {
	subj, err := newSubject(t, s, p)
	if err != nil {
		return nil, nil, err
	}
	n := subj.len()
	if endpos < 0 {
		endpos = n
	}
	pos, endpos = clamp(pos, n), clamp(endpos, n)
	return subj, p.re.NewScanner(subj.sub, pos, endpos), nil
}

func patternFindall(t *object.Thread, p *patternObject, s object.Value, pos, endpos int) (object.Value, error) {
	subj, sc, err := p.scanner(t, s, pos, endpos)
	if err != nil {
		return object.Null, err
	}
	ng := p.re.NumGroups
	caps := make([]int, 2*(ng+1))
	var out []object.Value
	group := func(g int) object.Value {
		if caps[2*g] < 0 {
			return subj.empty()
		}
		return subj.slice(caps[2*g], caps[2*g+1])
	}
	for {
		if _, ok := sc.Next(regex.ModeSearch, caps); !ok {
			break
		}
		switch ng {
		case 0:
			out = append(out, group(0))
		case 1:
			out = append(out, group(1))
		default:
			items := make([]object.Value, ng)
			for g := 1; g <= ng; g++ {
				items[g-1] = group(g)
			}
			out = append(out, object.NewTuple(items...).AsValue())
		}
	}
	return object.NewList(out).AsValue(), nil
}

// scanIter is the iterator finditer returns.
type scanIter struct {
	object.Header
	pat  *patternObject
	subj *subject
	sc   *regex.Scanner
}

func patternFinditer(t *object.Thread, p *patternObject, s object.Value, pos, endpos int) (object.Value, error) {
	subj, sc, err := p.scanner(t, s, pos, endpos)
	if err != nil {
		return object.Null, err
	}
	it := &scanIter{Header: object.NewHeader(scanIterType), pat: p, subj: subj, sc: sc}
	return object.FromPointer(unsafe.Pointer(it)), nil
}

func scanIterNext(t *object.Thread, v object.Value) (object.Value, error) {
	it := (*scanIter)(v.Pointer())
	caps := make([]int, 2*(it.pat.re.NumGroups+1))
	last, ok := it.sc.Next(regex.ModeSearch, caps)
	if !ok {
		return object.Null, nil
	}
	return it.pat.newMatch(it.subj, caps, last, 0, it.subj.len()).AsValue(), nil
}

func (p *patternObject) split(t *object.Thread, s, maxsplitV object.Value) (object.Value, error) {
	maxsplit := 0
	if !maxsplitV.IsNull() {
		var err error
		if maxsplit, err = object.IndexInt(t, maxsplitV); err != nil {
			return object.Null, err
		}
	}
	subj, sc, err := p.scanner(t, s, 0, -1)
	if err != nil {
		return object.Null, err
	}
	ng := p.re.NumGroups
	caps := make([]int, 2*(ng+1))
	var out []object.Value
	last, n := 0, 0
	for maxsplit <= 0 || n < maxsplit {
		if maxsplit < 0 {
			break
		}
		if _, ok := sc.Next(regex.ModeSearch, caps); !ok {
			break
		}
		out = append(out, subj.slice(last, caps[0]))
		for g := 1; g <= ng; g++ {
			if caps[2*g] < 0 {
				out = append(out, object.None)
			} else {
				out = append(out, subj.slice(caps[2*g], caps[2*g+1]))
			}
		}
		last = caps[1]
		n++
	}
	out = append(out, subj.slice(last, subj.len()))
	return object.NewList(out).AsValue(), nil
}

func patternSubMethod(name string, withCount bool) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [4]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"self", "repl", "string", "count"}, 3, 4, a[:]); err != nil {
			return object.Null, err
		}
		return asPattern(a[0]).sub(t, a[1], a[2], a[3], withCount)
	}
}

// compiledTemplate is a replacement template with its literal parts
// encoded as the subject's bytes (UTF-8 or raw bytes).
type compiledTemplate struct {
	parts []templatePart
}

type templatePart struct {
	lit   []byte
	group int
}

func (p *patternObject) parseTemplate(t *object.Thread, repl object.Value) (*compiledTemplate, error) {
	tmpl, err := regex.ParseTemplate(patternText(repl), p.re)
	if err != nil {
		return nil, raise(t, err, repl)
	}
	ct := &compiledTemplate{}
	for _, part := range tmpl.Parts {
		if part.Group >= 0 {
			ct.parts = append(ct.parts, templatePart{group: part.Group})
			continue
		}
		var b []byte
		for _, r := range part.Literal {
			if p.re.IsBytes {
				b = append(b, byte(r))
			} else {
				b = append(b, pyrepr.EncodeRune(r)...)
			}
		}
		ct.parts = append(ct.parts, templatePart{lit: b, group: -1})
	}
	return ct, nil
}

func (ct *compiledTemplate) expand(buf []byte, subj *subject, caps []int) []byte {
	for _, part := range ct.parts {
		if part.group < 0 {
			buf = append(buf, part.lit...)
		} else if a := caps[2*part.group]; a >= 0 {
			buf = subj.appendSlice(buf, a, caps[2*part.group+1])
		}
	}
	return buf
}

func (p *patternObject) sub(t *object.Thread, repl, s, countV object.Value, withCount bool) (object.Value, error) {
	count := 0
	if !countV.IsNull() {
		var err error
		if count, err = object.IndexInt(t, countV); err != nil {
			return object.Null, err
		}
	}
	subj, sc, err := p.scanner(t, s, 0, -1)
	if err != nil {
		return object.Null, err
	}
	var tmpl *compiledTemplate
	callable := false
	if _, ok := repl.AsStr(); ok {
		if p.re.IsBytes {
			return object.Null, object.Errorf(object.TypeError, "expected a bytes-like object, str found")
		}
	} else if _, ok := object.BytesData(repl); ok {
		if !p.re.IsBytes {
			return object.Null, object.Errorf(object.TypeError, "expected str instance, %s found", repl.Type().Name)
		}
	} else {
		callable = true
	}
	if !callable {
		if tmpl, err = p.parseTemplate(t, repl); err != nil {
			return object.Null, err
		}
	}
	caps := make([]int, 2*(p.re.NumGroups+1))
	var buf []byte
	last, n := 0, 0
	for count <= 0 || n < count {
		if count < 0 {
			break
		}
		lastIndex, ok := sc.Next(regex.ModeSearch, caps)
		if !ok {
			break
		}
		buf = subj.appendSlice(buf, last, caps[0])
		if callable {
			m := p.newMatch(subj, caps, lastIndex, 0, subj.len())
			caps = make([]int, len(caps))
			r, err := object.Call1(t, repl, m.AsValue())
			if err != nil {
				return object.Null, err
			}
			if !r.IsNone() {
				if buf, err = appendReplacement(buf, r, subj.isBytes); err != nil {
					return object.Null, err
				}
			}
			last = m.caps[1]
		} else {
			buf = tmpl.expand(buf, subj, caps)
			last = caps[1]
		}
		n++
	}
	var result object.Value
	if n == 0 && (s.Type() == object.StrType || s.Type() == object.BytesType) {
		result = s
	} else {
		buf = subj.appendSlice(buf, last, subj.len())
		if subj.isBytes {
			result = object.NewBytes(buf)
		} else {
			result = object.StrValue(string(buf))
		}
	}
	if withCount {
		return object.NewTuple(result, object.Int(int64(n))).AsValue(), nil
	}
	return result, nil
}

func appendReplacement(buf []byte, r object.Value, isBytes bool) ([]byte, error) {
	if isBytes {
		if b, ok := object.BytesData(r); ok {
			return append(buf, b...), nil
		}
		return nil, object.Errorf(object.TypeError, "sequence item 0: expected a bytes-like object, %s found", r.Type().Name)
	}
	if s, ok := r.AsStr(); ok {
		return append(buf, s.String()...), nil
	}
	return nil, object.Errorf(object.TypeError, "sequence item 0: expected str instance, %s found", r.Type().Name)
}

var reFlagNames = []struct {
	flag regex.Flags
	name string
}{
	{regex.FlagTemplate, "re.TEMPLATE"}, {regex.FlagIgnoreCase, "re.IGNORECASE"}, {regex.FlagLocale, "re.LOCALE"},
	{regex.FlagMultiline, "re.MULTILINE"}, {regex.FlagDotAll, "re.DOTALL"}, {regex.FlagUnicode, "re.UNICODE"},
	{regex.FlagVerbose, "re.VERBOSE"}, {regex.FlagDebug, "re.DEBUG"}, {regex.FlagASCII, "re.ASCII"},
}

func patternRepr(t *object.Thread, v object.Value) (object.Value, error) {
	p := asPattern(v)
	r, err := object.Repr(t, p.source)
	if err != nil {
		return object.Null, err
	}
	text := r.String()
	if r.Len() > 200 {
		text = r.Slice(0, 200).String()
	}
	flags := regex.Flags(p.flags)
	if flags&(regex.FlagLocale|regex.FlagUnicode|regex.FlagASCII) == regex.FlagUnicode {
		flags &^= regex.FlagUnicode
	}
	if flags == 0 {
		return object.StrValue("re.compile(" + text + ")"), nil
	}
	var names []string
	for _, f := range reFlagNames {
		if flags&f.flag != 0 {
			names = append(names, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strings.TrimLeft(hexString(uint64(flags)), "0"))
	}
	return object.StrValue("re.compile(" + text + ", " + strings.Join(names, "|") + ")"), nil
}

func hexString(v uint64) string {
	const digits = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = digits[v&15]
		v >>= 4
	}
	return string(b[:])
}

func patternCompare(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
	if b.Type() != patternType || (op != object.CmpEQ && op != object.CmpNE) {
		return object.NotImplemented, nil
	}
	pa, pb := asPattern(a), asPattern(b)
	eq := pa == pb
	if !eq && pa.flags == pb.flags && pa.re.IsBytes == pb.re.IsBytes {
		var err error
		if eq, err = object.Equal(t, pa.source, pb.source); err != nil {
			return object.Null, err
		}
	}
	return object.Bool(eq == (op == object.CmpEQ)), nil
}

func patternHash(t *object.Thread, v object.Value) (int64, error) {
	p := asPattern(v)
	h, err := object.Hash(t, p.source)
	if err != nil {
		return 0, err
	}
	h ^= int64(p.flags) * 1000003
	if h == -1 {
		h = -2
	}
	return h, nil
}

// ---- Match

var matchMethods = []object.MethodDef{
	{Name: "group", Fn: matchGroup},
	{Name: "groups", Fn: matchGroupsFunc("groups")},
	{Name: "groupdict", Fn: matchGroupsFunc("groupdict")},
	{Name: "start", Fn: matchSpanFunc("start")},
	{Name: "end", Fn: matchSpanFunc("end")},
	{Name: "span", Fn: matchSpanFunc("span")},
	{Name: "expand", Fn: matchExpand},
	{Name: "__copy__", Fn: patternSelf},
	{Name: "__deepcopy__", Fn: patternSelf},
}

var matchGetSets = []object.GetSetDef{
	{Name: "pos", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64(asMatch(v).pos)), nil
	}},
	{Name: "endpos", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64(asMatch(v).endpos)), nil
	}},
	{Name: "lastindex", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if m := asMatch(v); m.lastIndex > 0 {
			return object.Int(int64(m.lastIndex)), nil
		}
		return object.None, nil
	}},
	{Name: "lastgroup", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		m := asMatch(v)
		for _, g := range m.pat.re.GroupNames {
			if g.Index == m.lastIndex && m.lastIndex > 0 {
				return object.StrValue(g.Name), nil
			}
		}
		return object.None, nil
	}},
	{Name: "re", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asMatch(v).pat.AsValue(), nil }},
	{Name: "string", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asMatch(v).subj.val, nil }},
	{Name: "regs", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		m := asMatch(v)
		regs := make([]object.Value, len(m.caps)/2)
		for g := range regs {
			regs[g] = m.spanTuple(g)
		}
		return object.NewTuple(regs...).AsValue(), nil
	}},
}

// groupIndex resolves a group argument (a number or a name).
func (m *matchObject) groupIndex(t *object.Thread, g object.Value) (int, error) {
	if g.IsInt() {
		if i := g.AsInt(); i >= 0 && i <= int64(m.pat.re.NumGroups) {
			return int(i), nil
		}
	} else if s, ok := g.AsStr(); ok {
		if i, ok := m.pat.re.GroupIndex(s.String()); ok {
			return i, nil
		}
	} else if i, err := object.IndexInt(t, g); err == nil && i >= 0 && i <= m.pat.re.NumGroups {
		return i, nil
	}
	return 0, object.NewError(object.IndexError, "no such group")
}

func (m *matchObject) groupValue(g int, def object.Value) object.Value {
	a := m.caps[2*g]
	if a < 0 {
		return def
	}
	return m.subj.slice(a, m.caps[2*g+1])
}

func (m *matchObject) group(t *object.Thread, key object.Value) (object.Value, error) {
	g, err := m.groupIndex(t, key)
	if err != nil {
		return object.Null, err
	}
	return m.groupValue(g, object.None), nil
}

func (m *matchObject) spanTuple(g int) object.Value {
	return object.NewTuple(object.Int(int64(m.caps[2*g])), object.Int(int64(m.caps[2*g+1]))).AsValue()
}

func matchGroup(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("group", kwnames); err != nil {
		return object.Null, err
	}
	m := asMatch(args[0])
	switch len(args) {
	case 1:
		return m.groupValue(0, object.None), nil
	case 2:
		return m.group(t, args[1])
	}
	out := make([]object.Value, len(args)-1)
	for i, a := range args[1:] {
		v, err := m.group(t, a)
		if err != nil {
			return object.Null, err
		}
		out[i] = v
	}
	return object.NewTuple(out...).AsValue(), nil
}

func matchGroupsFunc(name string) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"self", "default"}, 1, 2, a[:]); err != nil {
			return object.Null, err
		}
		m := asMatch(a[0])
		def := a[1]
		if def.IsNull() {
			def = object.None
		}
		if name == "groups" {
			out := make([]object.Value, m.pat.re.NumGroups)
			for g := range out {
				out[g] = m.groupValue(g+1, def)
			}
			return object.NewTuple(out...).AsValue(), nil
		}
		d := object.NewDict()
		for _, g := range m.pat.re.GroupNames {
			d.SetStr(object.NewStr(g.Name), m.groupValue(g.Index, def))
		}
		return d.AsValue(), nil
	}
}

func matchSpanFunc(name string) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs(name, args, kwnames, []string{"self", "group"}, 1, 2, a[:]); err != nil {
			return object.Null, err
		}
		m := asMatch(a[0])
		g := 0
		if !a[1].IsNull() {
			var err error
			if g, err = m.groupIndex(t, a[1]); err != nil {
				return object.Null, err
			}
		}
		switch name {
		case "start":
			return object.Int(int64(m.caps[2*g])), nil
		case "end":
			return object.Int(int64(m.caps[2*g+1])), nil
		}
		return m.spanTuple(g), nil
	}
}

func matchExpand(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("expand", args, kwnames, []string{"self", "template"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	m := asMatch(a[0])
	tmpl, err := m.pat.parseTemplate(t, a[1])
	if err != nil {
		return object.Null, err
	}
	buf := tmpl.expand(nil, m.subj, m.caps)
	if m.subj.isBytes {
		return object.NewBytes(buf), nil
	}
	return object.StrValue(string(buf)), nil
}

func matchRepr(t *object.Thread, v object.Value) (object.Value, error) {
	m := asMatch(v)
	r, err := object.Repr(t, m.groupValue(0, object.None))
	if err != nil {
		return object.Null, err
	}
	text := r.String()
	if r.Len() > 50 {
		text = r.Slice(0, 50).String()
	}
	return object.StrValue("<re.Match object; span=(" + itoa(m.caps[0]) + ", " + itoa(m.caps[1]) + "), match=" + text + ">"), nil
}

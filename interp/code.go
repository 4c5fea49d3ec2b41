package interp

import (
	"fmt"
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// Code is a runtime code object: a compiled code object linked to runtime
// values (constants as Values, names interned).
type Code struct {
	object.Header
	*compile.Code
	consts    []object.Value
	names     []*object.Str
	varNames  []*object.Str // fast locals, interned, for binding keyword arguments
	cellNames []*object.Str // CellVars then FreeVars
	name      *object.Str
	qualName  *object.Str
	// frameSize is the number of value slots a frame needs: fast locals,
	// cells, then the value stack.
	frameSize int
	// loopCounts counts iterations of each loop (indexed by LOOP_HEADER's
	// argument): the hot counters the JIT reads.
	loopCounts []uint32
	// The inline caches: siteOf maps an instruction index to its cache in
	// attrSites (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) or globalSites
	// (LOAD_GLOBAL).
	siteOf      []int32
	attrSites   []object.AttrSite
	globalSites []object.GlobalSite
}

// CodeType is the type of code objects.
var CodeType = object.NewNativeType("code", "", nil)

func init() {
	CodeType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		c := (*Code)(v.Pointer())
		return object.StrValue(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>",
			c.Name, uintptr(v.Pointer()), c.Filename, c.FirstLineno)), nil
	}
	CodeType.Ready()
}

// AsValue returns the code object as a Value.
func (c *Code) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(c)) }

// Link turns compiled code (and the code nested in its constants) into a
// runtime code object.
func Link(cc *compile.Code) (*Code, error) {
	c := &Code{
		Header:     object.NewHeader(CodeType),
		Code:       cc,
		consts:     make([]object.Value, len(cc.Consts)),
		names:      internAll(cc.Names),
		varNames:   internAll(cc.VarNames),
		cellNames:  internAll(append(append([]string(nil), cc.CellVars...), cc.FreeVars...)),
		name:       object.Intern(cc.Name),
		qualName:   object.Intern(cc.QualName),
		loopCounts: make([]uint32, cc.NumLoops),
	}
	c.frameSize = len(cc.VarNames) + len(c.cellNames) + cc.StackSize
	c.allocSites()
	for i, k := range cc.Consts {
		v, err := constValue(k)
		if err != nil {
			return nil, err
		}
		c.consts[i] = v
	}
	return c, nil
}

func internAll(names []string) []*object.Str {
	out := make([]*object.Str, len(names))
	for i, n := range names {
		out[i] = object.Intern(n)
	}
	return out
}

// constValue converts a compiled constant to a runtime value.
func constValue(k compile.Const) (object.Value, error) {
	switch k := k.(type) {
	case syntax.NoneConst:
		return object.None, nil
	case syntax.EllipsisConst:
		return object.Ellipsis, nil
	case bool:
		return object.Bool(k), nil
	case int64:
		return object.Int(k), nil
	case *big.Int:
		return object.IntFromBig(new(big.Int).Set(k)), nil
	case float64:
		return object.Float(k), nil
	case complex128:
		return object.NewComplex(k), nil
	case syntax.Bytes:
		return object.NewBytes([]byte(k)), nil
	case string:
		if len(k) <= 40 {
			return object.Intern(k).AsValue(), nil
		}
		return object.StrValue(k), nil
	case *compile.Code:
		c, err := Link(k)
		if err != nil {
			return object.Null, err
		}
		return c.AsValue(), nil
	case compile.ConstTuple:
		items, err := constValues(k)
		if err != nil {
			return object.Null, err
		}
		return object.NewTuple(items...).AsValue(), nil
	case compile.ConstFrozenset:
		items, err := constValues(k)
		if err != nil {
			return object.Null, err
		}
		s, err := object.NewFrozenSet(nil, object.NewTuple(items...).AsValue())
		if err != nil {
			return object.Null, err
		}
		return s.AsValue(), nil
	}
	return object.Null, fmt.Errorf("BUG: constant of type %T not supported yet", k)
}

func constValues(ks []compile.Const) ([]object.Value, error) {
	items := make([]object.Value, len(ks))
	for i, x := range ks {
		v, err := constValue(x)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

// allocSites gives every caching instruction its inline cache.
func (c *Code) allocSites() {
	c.siteOf = make([]int32, len(c.Code.Code))
	nattr, nglobal := 0, 0
	for i, ins := range c.Code.Code {
		switch ins.Op() {
		case compile.LOAD_ATTR, compile.LOAD_METHOD, compile.STORE_ATTR:
			c.siteOf[i] = int32(nattr)
			nattr++
		case compile.LOAD_GLOBAL:
			c.siteOf[i] = int32(nglobal)
			nglobal++
		}
	}
	c.attrSites = make([]object.AttrSite, nattr)
	c.globalSites = make([]object.GlobalSite, nglobal)
}

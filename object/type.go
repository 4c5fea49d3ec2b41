package object

import (
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"
)

// The signatures of the protocol slots of a Type. Every slot may be nil,
// meaning the type does not support the operation (callers then raise the
// TypeError Python raises).
type (
	// NewFunc is __new__: create an instance of typ (which may be a subclass).
	NewFunc func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error)
	// InitFunc is __init__.
	InitFunc func(t *Thread, self Value, args []Value, kwnames *Tuple) error
	// CallFunc is __call__: args holds the positional arguments followed by
	// the values of the keyword arguments named by kwnames (nil when there
	// are none), as in CPython's vectorcall.
	CallFunc func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error)
	// UnaryFunc is a one-operand slot such as __repr__ or __neg__.
	UnaryFunc func(t *Thread, v Value) (Value, error)
	// BinaryFunc is a number slot such as __add__. As in CPython, a type's
	// slot is called with the operands in source order whichever of them
	// has the type, and returns NotImplemented when it cannot handle them.
	BinaryFunc func(t *Thread, a, b Value) (Value, error)
	// CompareFunc is rich comparison; it returns NotImplemented when it
	// cannot compare.
	CompareFunc func(t *Thread, a, b Value, op CompareOp) (Value, error)
	// HashFunc is __hash__.
	HashFunc func(t *Thread, v Value) (int64, error)
	// GetAttrFunc is __getattribute__ (with __getattr__ folded in).
	GetAttrFunc func(t *Thread, obj Value, name *Str) (Value, error)
	// SetAttrFunc is __setattr__, or __delattr__ when value is Null.
	SetAttrFunc func(t *Thread, obj Value, name *Str, value Value) error
	// DescrGetFunc is __get__; obj is Null for an access through the class.
	DescrGetFunc func(t *Thread, descr, obj Value, typ *Type) (Value, error)
	// DescrSetFunc is __set__, or __delete__ when value is Null.
	DescrSetFunc func(t *Thread, descr, obj, value Value) error
	// NextFunc is __next__; it returns Null and a nil error when the
	// iterator is exhausted (no StopIteration object is made).
	NextFunc func(t *Thread, it Value) (Value, error)
	// LenFunc is __len__.
	LenFunc func(t *Thread, v Value) (int, error)
	// GetItemFunc is __getitem__.
	GetItemFunc func(t *Thread, obj, key Value) (Value, error)
	// SetItemFunc is __setitem__, or __delitem__ when value is Null.
	SetItemFunc func(t *Thread, obj, key, value Value) error
	// ContainsFunc is __contains__.
	ContainsFunc func(t *Thread, container, v Value) (bool, error)
	// BoolFunc is __bool__.
	BoolFunc func(t *Thread, v Value) (bool, error)
)

// Operator names a binary operator. The values equal syntax.Operator's
// (order must match interp/syntax/python.asdl), so the compiler's operator
// argument converts directly.
type Operator uint8

// The binary operators.
const (
	OpAdd Operator = iota + 1
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	NumBinaryOps
)

// binaryOpInfo holds the dunder names of each operator, its source token,
// and how binary-operator errors name it.
var binaryOpInfo = [NumBinaryOps]struct{ name, rname, iname, token, symbol string }{
	OpAdd:      {"__add__", "__radd__", "__iadd__", "+", "+"},
	OpSub:      {"__sub__", "__rsub__", "__isub__", "-", "-"},
	OpMul:      {"__mul__", "__rmul__", "__imul__", "*", "*"},
	OpMatMul:   {"__matmul__", "__rmatmul__", "__imatmul__", "@", "@"},
	OpTrueDiv:  {"__truediv__", "__rtruediv__", "__itruediv__", "/", "/"},
	OpMod:      {"__mod__", "__rmod__", "__imod__", "%", "%"},
	OpPow:      {"__pow__", "__rpow__", "__ipow__", "**", "** or pow()"},
	OpLShift:   {"__lshift__", "__rlshift__", "__ilshift__", "<<", "<<"},
	OpRShift:   {"__rshift__", "__rrshift__", "__irshift__", ">>", ">>"},
	OpOr:       {"__or__", "__ror__", "__ior__", "|", "|"},
	OpXor:      {"__xor__", "__rxor__", "__ixor__", "^", "^"},
	OpAnd:      {"__and__", "__rand__", "__iand__", "&", "&"},
	OpFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//", "//"},
}

// Symbol returns the operator as error messages show it ("+", "** or pow()").
func (op Operator) Symbol() string { return binaryOpInfo[op].symbol }

// CompareOp names a rich comparison, in CPython's order (Py_LT ... Py_GE).
type CompareOp uint8

// The comparison operators.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareOpInfo = [...]struct{ name, symbol string }{
	CmpLT: {"__lt__", "<"}, CmpLE: {"__le__", "<="}, CmpEQ: {"__eq__", "=="},
	CmpNE: {"__ne__", "!="}, CmpGT: {"__gt__", ">"}, CmpGE: {"__ge__", ">="},
}

// Swapped returns the operator to try on the reflected operands
// (a < b  ⇔  b > a).
func (op CompareOp) Swapped() CompareOp {
	return [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}[op]
}

// Symbol returns the operator as error messages show it.
func (op CompareOp) Symbol() string { return compareOpInfo[op].symbol }

// TypeFlags are properties of a type.
type TypeFlags uint32

// The type flags.
const (
	// FlagHeapType marks a class created at run time (by a class statement
	// or type()); its attributes can be set.
	FlagHeapType TypeFlags = 1 << iota
	// FlagBaseType marks a type that can be subclassed.
	FlagBaseType
	// FlagAbstract marks a type with abstract methods.
	FlagAbstract
	// FlagImmutable marks a built-in type whose attributes cannot be set.
	FlagImmutable
	// flagNoDict marks a class whose instances have only their __slots__.
	flagNoDict
	// FlagMethodDescriptor marks a type of callables that bind as methods
	// (Python functions, method descriptors, slot wrappers): for such a
	// descriptor f, type(x).f bound to x and called with args is the same
	// as f called with (x, *args), so callers may skip the bound method.
	FlagMethodDescriptor
	// FlagDictLayout marks a native dict subtype whose instances are Go
	// structs starting with a Dict (collections.defaultdict, OrderedDict):
	// Value.AsDict accepts them.
	FlagDictLayout
	// flagWeakrefSlot marks a class whose instances have a __weakref__
	// slot in CPython's layout (own or inherited), which decides whether
	// __class__ and __bases__ assignments are compatible.
	flagWeakrefSlot
)

// Type is a Python type object. Built-in types are created at
// initialization; classes by NewClass.
type Type struct {
	Header
	Name     string
	QualName string // __qualname__ of classes (Name for built-in types)
	Module   string // __module__ of built-in types ("builtins" when empty)
	Doc      string
	Base     *Type   // the first base (__base__), nil for object
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, starting with the type itself
	Dict     *Dict   // the class namespace
	Flags    TypeFlags

	// version identifies the current contents of this type's namespace and
	// of every type in its MRO; it changes whenever one of them changes, so
	// caches (and JIT traces) keyed by it stay valid while it holds.
	version uint32

	// solid is the built-in type whose Go struct represents instances
	// (CPython's "solid base"); attrsOffset is the byte offset of the
	// instances' Attrs within that struct, 0 when they have none.
	solid       *Type
	attrsOffset uintptr

	subclasses []subclassRef
	rootLayout *Layout
	// slotsHint is the capacity new instances' slots start with: for
	// classes, the most attributes a layout of the type has had (up to
	// maxSlotsHint), so that __init__ filling them in does not grow the
	// slice step by step; 0 for built-in types (functions, modules).
	slotsHint int
	// pool holds instances made ahead for JIT traces (instpool.go).
	pool *InstancePool

	// For subclassable built-in types: allocSub allocates a zeroed
	// withAttrs of the instance struct, whose Attrs sit at subAttrsOffset.
	allocSub       func() unsafe.Pointer
	subAttrsOffset uintptr

	New      NewFunc
	Init     InitFunc
	Call     CallFunc
	Repr     UnaryFunc
	Str      UnaryFunc
	Hash     HashFunc
	Compare  CompareFunc
	GetAttr  GetAttrFunc
	SetAttr  SetAttrFunc
	DescrGet DescrGetFunc
	DescrSet DescrSetFunc
	Iter     UnaryFunc
	Next     NextFunc
	Len      LenFunc
	GetItem  GetItemFunc
	SetItem  SetItemFunc
	Contains ContainsFunc
	Bool     BoolFunc
	Binary   [NumBinaryOps]BinaryFunc
	InPlace  [NumBinaryOps]BinaryFunc
	// Sequence concatenation and repetition, tried after the number slots
	// (CPython's sq_concat, sq_inplace_concat and sq_repeat); the int
	// operand of SeqRepeat may come first or second.
	SeqConcat        BinaryFunc
	SeqInPlaceConcat BinaryFunc
	SeqRepeat        BinaryFunc
	Neg              UnaryFunc
	Pos              UnaryFunc
	Abs              UnaryFunc
	Invert           UnaryFunc
	Index            UnaryFunc // __index__
	Int              UnaryFunc // __int__
	Float            UnaryFunc // __float__
}

// AsValue returns the type as a Value.
func (typ *Type) AsValue() Value { return Value{p: unsafe.Pointer(typ)} }

// Version returns the type's version tag (see Type.version).
func (typ *Type) Version() uint32 { return typ.version }

var lastTypeVersion atomic.Uint32

func nextTypeVersion() uint32 { return lastTypeVersion.Add(1) }

// Modified must be called after any change to the namespace of typ: it gives
// typ and all its subclasses new version tags.
func (typ *Type) Modified() {
	typ.version = nextTypeVersion()
	live := typ.subclasses[:0]
	for _, w := range typ.subclasses {
		if sub := w.value(); sub != nil {
			sub.Modified()
			live = append(live, w)
		}
	}
	typ.subclasses = live
}

// subclassRef refers to a subclass: strongly to a built-in type, which
// lives for the whole run (a weak pointer costs the runtime a special
// record, some 700 instructions at start-up for each built-in type), and
// weakly to a class, which the subclass list must not keep alive.
type subclassRef struct {
	builtin *Type
	class   weak.Pointer[Type]
}

// value returns the subclass, or nil when it was a class since collected.
func (r subclassRef) value() *Type {
	if r.builtin != nil {
		return r.builtin
	}
	return r.class.Value()
}

// IsSubtype reports whether typ is sup or a subclass of it.
func (typ *Type) IsSubtype(sup *Type) bool {
	if typ == sup {
		return true
	}
	for _, m := range typ.MRO {
		if m == sup {
			return true
		}
	}
	return false
}

// Lookup finds name in the namespaces along typ's MRO, returning Null when
// absent. Results are cached by (version, name).
func (typ *Type) Lookup(name *Str) Value {
	h := (uintptr(typ.version)*2654435761 ^ uintptr(unsafe.Pointer(name))>>3) & (methodCacheSize - 1)
	e := &methodCache[h]
	if e.version == typ.version && e.name == name && typ.version != 0 {
		return e.value
	}
	var v Value
	for _, m := range typ.MRO {
		if x, ok := m.Dict.GetStr(name); ok {
			v = x
			break
		}
	}
	*e = methodCacheEntry{typ.version, name, v}
	return v
}

const methodCacheSize = 4096

type methodCacheEntry struct {
	version uint32
	name    *Str
	value   Value
}

// methodCache is a direct-mapped cache of MRO lookups, as CPython's type
// attribute cache. It is only touched with the GIL held.
var methodCache [methodCacheSize]methodCacheEntry

// computeMRO computes the C3 linearization of typ's bases.
func computeMRO(typ *Type) ([]*Type, error) {
	if len(typ.Bases) <= 1 {
		// The linearization of one base is the type followed by the
		// base's MRO (most types, built-in or not, have one base).
		var base []*Type
		if len(typ.Bases) == 1 {
			base = typ.Bases[0].MRO
		}
		mro := make([]*Type, 1+len(base))
		mro[0] = typ
		copy(mro[1:], base)
		return mro, nil
	}
	seqs := make([][]*Type, 0, len(typ.Bases)+1)
	for _, b := range typ.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), typ.Bases...))
	mro := []*Type{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return mro, nil
		}
		var next *Type
	candidates:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, other := range seqs {
				for _, x := range other[min(1, len(other)):] {
					if x == c {
						continue candidates
					}
				}
			}
			next = c
			break
		}
		if next == nil {
			return nil, mroConflict(seqs)
		}
		mro = append(mro, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

func mroConflict(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) > 0 && !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	msg := "Cannot create a consistent method resolution\norder (MRO) for bases"
	for i, n := range names {
		if i == 0 {
			msg += " " + n
		} else {
			msg += ", " + n
		}
	}
	return NewError(TypeError, msg)
}

// withAttrs is the Go layout of an instance of a class whose solid base
// has instances of Go type T: the base's struct followed by the attribute
// storage of the subclass. A pointer to it is also a valid *T.
type withAttrs[T any] struct {
	base  T
	attrs Attrs
}

// Instance is the Go layout of an instance of a class whose only built-in
// base is object.
type Instance = withAttrs[Header]

// subclassable records that typ is a built-in type with instances of Go type
// T that classes may derive from.
func subclassable[T any](typ *Type) {
	typ.Flags |= FlagBaseType
	typ.allocSub = func() unsafe.Pointer { return unsafe.Pointer(new(withAttrs[T])) }
	var x withAttrs[T]
	typ.subAttrsOffset = unsafe.Offsetof(x.attrs)
}

// AllocInstance allocates a zeroed instance of typ, a class derived from a
// subclassable built-in type, with its header and attribute storage set up.
// The caller fills in the built-in part.
func (typ *Type) AllocInstance() unsafe.Pointer {
	if typ.solid == ObjectType {
		if p := typ.allocPlainInstance(); p != nil {
			return p
		}
	}
	p := typ.solid.allocSub()
	(*Header)(p).typ = typ
	typ.attrsOf(p).Init(typ)
	return p
}

// allocPlainInstance is AllocInstance for a class whose only built-in base
// is object: when its instances have slots (__slots__, or attributes that
// earlier instances had), the Instance and the array of its slots (room for
// Type.slotsHint of them, or more) are one allocation, as they live and die
// together. An instance that outgrows the array moves its slots to the heap
// as append does. It returns nil when the instances start with no slots or
// need more than its largest array holds.
func (typ *Type) allocPlainInstance() unsafe.Pointer {
	var inst *Instance
	var slots []Value
	switch plainRoom(max(typ.slotsHint, len(typ.rootNames()))) {
	case 0:
		return nil
	case 2:
		inst, slots = newInstanceBlock[[2]Value]()
	case 4:
		inst, slots = newInstanceBlock[[4]Value]()
	case 6:
		inst, slots = newInstanceBlock[[6]Value]()
	case 8:
		inst, slots = newInstanceBlock[[8]Value]()
	case 12:
		inst, slots = newInstanceBlock[[12]Value]()
	case 16:
		inst, slots = newInstanceBlock[[16]Value]()
	}
	inst.base.typ = typ
	root := typ.root()
	inst.attrs.layout = root
	inst.attrs.slots = slots[:len(root.names)]
	return unsafe.Pointer(inst)
}

// plainRoom returns the room of the slot array allocPlainInstance gives
// an instance that needs n slots: the smallest of its arrays that holds
// them, or 0 when it makes none (n is 0 or above 16).
func plainRoom(n int) int {
	for _, room := range [...]int{2, 4, 6, 8, 12, 16} {
		if n > 0 && n <= room {
			return room
		}
	}
	return 0
}

// instanceBlock is an Instance followed by the array S of its slots.
type instanceBlock[S any] struct {
	inst  Instance
	slots S
}

// newInstanceBlock allocates an instanceBlock and returns its Instance and
// its slot array as a slice.
func newInstanceBlock[S any]() (*Instance, []Value) {
	b := new(instanceBlock[S])
	return &b.inst, unsafe.Slice((*Value)(unsafe.Pointer(&b.slots)), unsafe.Sizeof(b.slots)/unsafe.Sizeof(Value{}))
}

// attrsOf returns the attribute storage of the instance at p, or nil when
// instances of typ have none.
func (typ *Type) attrsOf(p unsafe.Pointer) *Attrs {
	if typ.attrsOffset == 0 {
		return nil
	}
	return (*Attrs)(unsafe.Add(p, typ.attrsOffset))
}

// immortalBlock allocates values that live for the whole run (the
// interned strs, the slot wrappers and __new__ built-ins of built-in
// types) blockSize at a time,
// so that start-up makes few allocations.
type immortalBlock[T any] struct {
	mu   sync.Mutex
	free []T
}

const blockSize = 64

// new returns a zeroed *T.
func (b *immortalBlock[T]) new() *T {
	b.mu.Lock()
	if len(b.free) == 0 {
		b.free = make([]T, blockSize)
	}
	p := &b.free[0]
	b.free = b.free[1:]
	b.mu.Unlock()
	return p
}

// builtinTypes lists every built-in type, bases before derived types, in the
// order readyBuiltinTypes finishes them.
var builtinTypes []*Type

// newBuiltinType declares a built-in type. Its slots and methods are filled
// in by the init function of its file; readyBuiltinTypes then finishes it.
func newBuiltinType(name string, base *Type) *Type {
	typ := &Type{Name: name, Base: base, Flags: FlagImmutable}
	builtinTypes = append(builtinTypes, typ)
	return typ
}

// readyBuiltinTypes finishes every built-in type of this package, after
// every file's init has filled in slots and methods.
func readyBuiltinTypes() {
	for _, typ := range builtinTypes {
		typ.Ready()
	}
}

// BuiltinTypes returns the built-in types of this package, bases first.
func BuiltinTypes() []*Type { return builtinTypes }

// NewNativeType declares a type implemented in Go outside this package
// (functions, code objects, generators, modules...). The caller fills in
// slots and methods, then calls Ready.
func NewNativeType(name, module string, base *Type) *Type {
	return &Type{Name: name, Module: module, Base: base, Flags: FlagImmutable}
}

// Subclassable records that typ, a native type with instances of Go type T,
// can be subclassed; see withAttrs.
func Subclassable[T any](typ *Type) { subclassable[T](typ) }

// SetAttrsOffset records that every instance of the native type typ (a Go
// struct) holds an Attrs at byte offset off, giving it a __dict__.
func (typ *Type) SetAttrsOffset(off uintptr) { typ.attrsOffset = off }

// Ready finishes a built-in or native type: header, bases, MRO, namespace,
// version, inherited slots.
func (typ *Type) Ready() {
	typ.typ = TypeType
	if typ != ObjectType {
		if typ.Base == nil {
			typ.Base = ObjectType
		}
		if typ.Bases == nil {
			typ.Bases = []*Type{typ.Base}
		}
	}
	mro, err := computeMRO(typ)
	if err != nil {
		panic("BUG: MRO of built-in type " + typ.Name)
	}
	typ.MRO = mro
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	typ.version = nextTypeVersion()
	if typ.solid == nil {
		typ.solid = typ // a built-in type has its own Go layout unless set before
	}
	typ.addSlotWrappers()
	if typ.Base != nil {
		typ.inheritSlots(typ.Base)
		typ.Base.subclasses = append(typ.Base.subclasses, subclassRef{builtin: typ})
	}
	typ.finishBuiltinDict()
}

// inheritSlots copies every slot that typ leaves nil from base.
func (typ *Type) inheritSlots(base *Type) {
	if typ.New == nil {
		typ.New = base.New
	}
	if typ.Init == nil {
		typ.Init = base.Init
	}
	if typ.Call == nil {
		typ.Call = base.Call
	}
	if typ.Repr == nil {
		typ.Repr = base.Repr
	}
	if typ.Str == nil {
		typ.Str = base.Str
	}
	if typ.Hash == nil && typ.Compare == nil {
		// As in CPython, a type that defines comparison but not hashing
		// does not inherit the base's hash.
		typ.Hash = base.Hash
	}
	if typ.Compare == nil {
		typ.Compare = base.Compare
	}
	if typ.GetAttr == nil {
		typ.GetAttr = base.GetAttr
	}
	if typ.SetAttr == nil {
		typ.SetAttr = base.SetAttr
	}
	if typ.DescrGet == nil {
		typ.DescrGet = base.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = base.DescrSet
	}
	if typ.Iter == nil {
		typ.Iter = base.Iter
	}
	if typ.Next == nil {
		typ.Next = base.Next
	}
	if typ.Len == nil {
		typ.Len = base.Len
	}
	if typ.GetItem == nil {
		typ.GetItem = base.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = base.SetItem
	}
	if typ.Contains == nil {
		typ.Contains = base.Contains
	}
	if typ.Bool == nil {
		typ.Bool = base.Bool
	}
	for i := range typ.Binary {
		if typ.Binary[i] == nil {
			typ.Binary[i] = base.Binary[i]
		}
		if typ.InPlace[i] == nil {
			typ.InPlace[i] = base.InPlace[i]
		}
	}
	for _, p := range [...]struct{ dst, src *BinaryFunc }{
		{&typ.SeqConcat, &base.SeqConcat}, {&typ.SeqInPlaceConcat, &base.SeqInPlaceConcat},
		{&typ.SeqRepeat, &base.SeqRepeat},
	} {
		if *p.dst == nil {
			*p.dst = *p.src
		}
	}
	for _, p := range [...]struct{ dst, src *UnaryFunc }{
		{&typ.Neg, &base.Neg}, {&typ.Pos, &base.Pos}, {&typ.Abs, &base.Abs},
		{&typ.Invert, &base.Invert}, {&typ.Index, &base.Index}, {&typ.Int, &base.Int},
		{&typ.Float, &base.Float},
	} {
		if *p.dst == nil {
			*p.dst = *p.src
		}
	}
}

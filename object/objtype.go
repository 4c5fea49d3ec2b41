package object

// This file holds the Python-visible methods and attributes of object and
// type.

import (
	"slices"
	"strings"
	"unsafe"
)

var _ = registerTypeInit(initObjectType)

// typeMROMethod is type.mro, which class creation skips calling when the
// metaclass does not override it.
var typeMROMethod Value

func initObjectType() {
	o := ObjectType
	o.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
	o.AddGetSets([]GetSetDef{
		{Name: "__class__", Get: func(_ *Thread, v Value) (Value, error) { return v.Type().AsValue(), nil }, Set: objectSetClass,
			Doc: "the object's class"},
	})
	o.AddMethods([]MethodDef{
		{Name: "__dir__", Fn: objectDir, Doc: "Default dir() implementation."},
		{Name: "__format__", Fn: objectFormat, Doc: "Default object formatter."},
		{Name: "__sizeof__", Fn: objectSizeOf, Doc: "Size of object in memory, in bytes."},
		{Name: "__getstate__", Fn: objectGetState, Doc: "Helper for pickle."},
		{Name: "__reduce__", Fn: objectReduce, Doc: "Helper for pickle."},
		{Name: "__reduce_ex__", Fn: objectReduceEx, Doc: "Helper for pickle."},
		{Name: "__init_subclass__", Kind: ClassMethod, Fn: objectInitSubclass,
			Doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"},
		{Name: "__subclasshook__", Kind: ClassMethod, Fn: func(*Thread, []Value, *Tuple) (Value, error) { return NotImplemented, nil },
			Doc: "Abstract classes can override this to customize issubclass().\n"},
	})

	ty := TypeType
	ty.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
	ty.New = typeNew
	ty.Init = typeInit
	ty.SetAttr = typeSetAttr
	ty.AddGetSets([]GetSetDef{
		{Name: "__name__", Get: typeGetName, Set: typeSetName},
		{Name: "__qualname__", Get: typeGetQualName, Set: typeSetQualName},
		{Name: "__module__", Get: typeGetModule, Set: heapTypeDictSetter("__module__")},
		{Name: "__doc__", Get: typeGetDoc, Set: heapTypeDictSetter("__doc__")},
		{Name: "__bases__", Get: func(_ *Thread, v Value) (Value, error) { return typesTuple((*Type)(v.p).Bases), nil },
			Set: typeSetBases},
		{Name: "__base__", Get: func(_ *Thread, v Value) (Value, error) {
			if b := (*Type)(v.p).Base; b != nil {
				return b.AsValue(), nil
			}
			return None, nil
		}},
		{Name: "__mro__", Get: func(_ *Thread, v Value) (Value, error) { return typesTuple((*Type)(v.p).MRO), nil }},
		{Name: "__dict__", Get: func(_ *Thread, v Value) (Value, error) { return NewMappingProxy((*Type)(v.p).Dict.AsValue()), nil }},
		{Name: "__annotations__", Get: typeGetAnnotations, Set: typeSetAnnotations},
		{Name: "__abstractmethods__", Get: typeGetAbstractMethods, Set: typeSetAbstractMethods},
	})
	ty.AddMethods([]MethodDef{
		{Name: "mro", Fn: typeMRO, Doc: "Return a type's method resolution order."},
		{Name: "__subclasses__", Fn: typeSubclasses, Doc: "Return a list of immediate subclasses."},
		{Name: "__instancecheck__", Fn: typeInstanceCheck, Doc: "Check if an object is an instance."},
		{Name: "__subclasscheck__", Fn: typeSubclassCheck, Doc: "Check if a class is a subclass."},
		{Name: "__dir__", Fn: typeDir, Doc: "Specialized __dir__ implementation for types."},
		{Name: "__sizeof__", Fn: func(_ *Thread, args []Value, _ *Tuple) (Value, error) {
			return Int(int64(unsafe.Sizeof(Type{}))), nil
		}, Doc: "Return memory consumption of the type object."},
		{Name: "__prepare__", Kind: ClassMethod, Fn: func(*Thread, []Value, *Tuple) (Value, error) { return NewDict().AsValue(), nil },
			Doc: "__prepare__() -> dict\nused to create the namespace for the class statement"},
	})
	typeMROMethod, _ = ty.Dict.GetStr(dunderMRO)
	typeInstanceCheckMethod, _ = ty.Dict.GetStr(dunderInstanceCheck)
	typeSubclassCheckMethod, _ = ty.Dict.GetStr(dunderSubclassCheck)
}

func typesTuple(types []*Type) Value {
	items := make([]Value, len(types))
	for i, t := range types {
		items[i] = t.AsValue()
	}
	return NewTuple(items...).AsValue()
}

// ---- object ----

// objectSetClass is the setter of object.__class__ (CPython's
// object_set_class): only between classes with compatible instance layouts
// (compatibleForAssignment).
func objectSetClass(t *Thread, self, value Value) error {
	if value.IsNull() {
		return NewError(TypeError, "can't delete __class__ attribute")
	}
	newto, ok := value.AsType()
	if !ok {
		return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", value.Type().Name)
	}
	oldto := self.Type()
	if newto.Flags&FlagHeapType == 0 || oldto.Flags&FlagHeapType == 0 {
		return NewError(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if err := compatibleForAssignment(oldto, newto, "__class__"); err != nil {
		return err
	}
	if !sameInstanceLayout(oldto, newto) {
		// CPython's rules admit no pair whose Go layouts differ.
		panic("BUG: __class__ assignment between compatible classes of different Go layouts")
	}
	(*Header)(self.p).typ = newto
	if a := newto.attrsOf(self.p); a != nil {
		a.rehome(newto)
	}
	return nil
}

// sameInstanceLayout reports whether instances of a and b are
// interchangeable: the same Go struct, __slots__ and __dict__.
func sameInstanceLayout(a, b *Type) bool {
	if a.solid != b.solid || a.attrsOffset != b.attrsOffset || a.hasDict() != b.hasDict() {
		return false
	}
	return slices.Equal(a.rootNames(), b.rootNames())
}

// instanceDictGet and instanceDictSet are the __dict__ attribute of
// instances of classes.
func instanceDictGet(_ *Thread, self Value) (Value, error) {
	return AttrsOf(self).Dict().AsValue(), nil
}

func instanceDictSet(_ *Thread, self, value Value) error {
	if value.IsNull() {
		return NewError(TypeError, "cannot delete __dict__")
	}
	d, ok := value.AsDict()
	if !ok {
		return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
	}
	AttrsOf(self).ReplaceDict(d)
	return nil
}

// objectDir is object.__dir__: the instance's attributes and those of its
// class and the class's bases.
func objectDir(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__dir__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	self := args[0]
	names := NewDict()
	if a := AttrsOf(self); a != nil && self.Type().hasDict() {
		if err := mergeKeys(t, names, a.Dict()); err != nil {
			return Null, err
		}
	}
	for _, c := range self.Type().MRO {
		if err := mergeKeys(t, names, c.Dict); err != nil {
			return Null, err
		}
	}
	return NewList(names.Keys()).AsValue(), nil
}

func mergeKeys(t *Thread, into, from *Dict) error {
	for pos := 0; ; {
		k, _, next, ok := from.Next(pos)
		if !ok {
			return nil
		}
		pos = next
		if err := into.SetItem(t, k, None); err != nil {
			return err
		}
	}
}

// typeDir is type.__dir__: the names of the class and its bases.
func typeDir(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("type.__dir__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	names := NewDict()
	for _, c := range (*Type)(args[0].p).MRO {
		if err := mergeKeys(t, names, c.Dict); err != nil {
			return Null, err
		}
	}
	return NewList(names.Keys()).AsValue(), nil
}

// objectFormat is object.__format__: str(self) for an empty spec.
func objectFormat(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__format__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	spec, ok := args[1].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "__format__() argument must be str, not %s", ArgTypeName(args[1]))
	}
	if spec.s != "" {
		return Null, Errorf(TypeError, "unsupported format string passed to %s.__format__", args[0].Type().Name)
	}
	s, err := StrOf(t, args[0])
	if err != nil {
		return Null, err
	}
	return s.AsValue(), nil
}

// objectSizeOf is object.__sizeof__: the size of the instance's Go struct
// and attribute slots.
func objectSizeOf(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__sizeof__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	self := args[0]
	size := unsafe.Sizeof(Header{})
	if a := AttrsOf(self); a != nil {
		size = self.Type().attrsOffset + unsafe.Sizeof(Attrs{}) + uintptr(cap(a.slots))*unsafe.Sizeof(Value{})
	}
	return Int(int64(size)), nil
}

func objectInitSubclass(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	cls := (*Type)(args[0].p)
	if kwnames != nil && len(kwnames.Items) > 0 {
		return Null, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	if len(args) > 1 {
		return Null, Errorf(TypeError, "%s.__init_subclass__() takes no arguments (%d given)", cls.Name, len(args)-1)
	}
	return None, nil
}

// objectGetState is object.__getstate__ (CPython 3.11): None, the
// instance __dict__, or (dict or None, {slot: value}) with __slots__.
func objectGetState(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__getstate__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return getState(t, args[0], false)
}

// getState computes the default state; required is set when pickling
// needs a state that only __dict__ and __slots__ can describe.
func getState(t *Thread, self Value, required bool) (Value, error) {
	typ := self.Type()
	state := None
	a := AttrsOf(self)
	if a != nil && typ.hasDict() {
		if d := a.Dict(); d.Len() > 0 {
			state = d.AsValue()
		}
	}
	if required && typ.New == nil {
		return Null, Errorf(TypeError, "cannot pickle '%s' object", typ.Name)
	}
	if a == nil {
		return state, nil
	}
	var slots *Dict // made for the first slot that has a value
	for i, n := range typ.rootNames() {
		if v := a.slots[i]; !v.IsNull() {
			if slots == nil {
				slots = NewDict()
			}
			slots.SetStr(n, v)
		}
	}
	if slots != nil {
		return NewTuple(state, slots.AsValue()).AsValue(), nil
	}
	return state, nil
}

var (
	dunderReduce       = Intern("__reduce__")
	dunderGetNewArgsEx = Intern("__getnewargs_ex__")
	dunderGetState     = Intern("__getstate__")
	dunderGetNewArgs   = Intern("__getnewargs__")
)

// objectReduce is object.__reduce__: copyreg._reduce_ex(self, 0).
func objectReduce(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__reduce__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return commonReduce(t, args[0], 0)
}

// objectReduceEx is object.__reduce_ex__(protocol): the class's own
// __reduce__ when it overrides object's, else the default reduction.
func objectReduceEx(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("object.__reduce_ex__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	self := args[0]
	proto, err := indexValue(t, args[1])
	if err != nil {
		return Null, err
	}
	objReduce, _ := ObjectType.Dict.GetStr(dunderReduce)
	if r := self.Type().Lookup(dunderReduce); !r.IsNull() && r != objReduce {
		m, err := GetAttr(t, self, dunderReduce)
		if err != nil {
			return Null, err
		}
		return Call(t, m, nil, nil)
	}
	return commonReduce(t, self, proto)
}

// commonReduce is the default reduction: copyreg._reduce_ex for protocols
// 0 and 1, else (copyreg.__newobj__, (cls, *args), state, listitems,
// dictitems).
func commonReduce(t *Thread, self Value, proto int64) (Value, error) {
	copyreg, err := importModule(t, "copyreg")
	if err != nil {
		return Null, err
	}
	if proto < 2 {
		f, err := GetAttr(t, copyreg, Intern("_reduce_ex"))
		if err != nil {
			return Null, err
		}
		return Call(t, f, []Value{self, Int(proto)}, nil)
	}
	typ := self.Type()
	if typ.New == nil {
		return Null, Errorf(TypeError, "cannot pickle '%s' object", typ.Name)
	}
	newArgs, kwargs, hasArgs, err := reduceNewArgs(t, self)
	if err != nil {
		return Null, err
	}
	_, isList := self.AsList()
	_, isDict := self.AsDict()
	var state Value
	if g := typ.Lookup(dunderGetState); !g.IsNull() && g != objectGetStateMethod() {
		if state, err = callSpecial(t, g, self); err != nil {
			return Null, err
		}
	} else if state, err = getState(t, self, !hasArgs && !isList && !isDict); err != nil {
		return Null, err
	}
	listItems, dictItems := None, None
	if isList {
		if listItems, err = Iter(t, self); err != nil {
			return Null, err
		}
	}
	if isDict {
		items, _, err := CallMethod(t, self, Intern("items"))
		if err != nil {
			return Null, err
		}
		if dictItems, err = Iter(t, items); err != nil {
			return Null, err
		}
	}
	newobjName := "__newobj__"
	args := NewTuple(append([]Value{typ.AsValue()}, newArgs...)...).AsValue()
	if kwargs != nil && kwargs.Len() > 0 {
		newobjName = "__newobj_ex__"
		args = NewTuple(typ.AsValue(), NewTupleCopy(newArgs).AsValue(), kwargs.AsValue()).AsValue()
	}
	newobj, err := GetAttr(t, copyreg, Intern(newobjName))
	if err != nil {
		return Null, err
	}
	return NewTuple(newobj, args, state, listItems, dictItems).AsValue(), nil
}

// reduceNewArgs returns the arguments self's class must be called with to
// recreate it: from __getnewargs_ex__ (positional and keyword) or
// __getnewargs__ (positional), checked as CPython checks them; hasArgs
// says whether either method exists.
func reduceNewArgs(t *Thread, self Value) (args []Value, kwargs *Dict, hasArgs bool, err error) {
	r, found, err := CallMethod(t, self, dunderGetNewArgsEx)
	if err != nil {
		return nil, nil, false, err
	}
	if found {
		tu, ok := r.AsTuple()
		if !ok {
			return nil, nil, false, Errorf(TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", r.Type().Name)
		}
		if len(tu.Items) != 2 {
			return nil, nil, false, Errorf(ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tu.Items))
		}
		a, ok := tu.Items[0].AsTuple()
		if !ok {
			return nil, nil, false, Errorf(TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", tu.Items[0].Type().Name)
		}
		kw, ok := tu.Items[1].AsDict()
		if !ok {
			return nil, nil, false, Errorf(TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", tu.Items[1].Type().Name)
		}
		return a.Items, kw, true, nil
	}
	if r, found, err = CallMethod(t, self, dunderGetNewArgs); err != nil {
		return nil, nil, false, err
	} else if found {
		tu, ok := r.AsTuple()
		if !ok {
			return nil, nil, false, Errorf(TypeError, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		return tu.Items, nil, true, nil
	}
	return nil, nil, false, nil
}

func objectGetStateMethod() Value {
	m, _ := ObjectType.Dict.GetStr(dunderGetState)
	return m
}

// importModule imports a module through the interpreter.
func importModule(t *Thread, name string) (Value, error) {
	h, err := t.hooks()
	if err != nil {
		return Null, err
	}
	return h.Import(name)
}

// ---- type ----

func typeInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	npos := Positional(args, kwnames)
	if npos == 1 && kwnames != nil && len(kwnames.Items) > 0 {
		return NewError(TypeError, "type.__init__() takes no keyword arguments")
	}
	if npos != 1 && npos != 3 {
		return NewError(TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// immutableError is the TypeError for setting an attribute of a built-in
// type.
func immutableError(typ *Type, name string, value Value) error {
	verb := "set"
	if value.IsNull() {
		verb = "delete"
	}
	return Errorf(TypeError, "cannot %s '%s' attribute of immutable type '%s'", verb, name, typ.Name)
}

// checkHeapTypeSet fails unless the attribute name of the class may be
// set to value (not deleted).
func checkHeapTypeSet(typ *Type, name string, value Value) error {
	if typ.Flags&FlagHeapType == 0 {
		return immutableError(typ, name, value)
	}
	if value.IsNull() {
		return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	return nil
}

func typeGetName(_ *Thread, v Value) (Value, error) {
	return StrValue((*Type)(v.p).Name), nil
}

func typeSetName(_ *Thread, v, value Value) error {
	typ := (*Type)(v.p)
	if err := checkHeapTypeSet(typ, "__name__", value); err != nil {
		return err
	}
	s, ok := value.exactStr()
	if !ok {
		return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", typ.Name, value.Type().Name)
	}
	if strings.IndexByte(s.s, 0) >= 0 {
		return NewError(ValueError, "type name must not contain null characters")
	}
	typ.Name = s.s
	return nil
}

func typeGetQualName(_ *Thread, v Value) (Value, error) {
	typ := (*Type)(v.p)
	if typ.QualName != "" {
		return StrValue(typ.QualName), nil
	}
	return typeGetName(nil, v)
}

func typeSetQualName(_ *Thread, v, value Value) error {
	typ := (*Type)(v.p)
	if err := checkHeapTypeSet(typ, "__qualname__", value); err != nil {
		return err
	}
	s, ok := value.exactStr()
	if !ok {
		return Errorf(TypeError, "can only assign string to %s.__qualname__, not '%s'", typ.Name, value.Type().Name)
	}
	typ.QualName = s.s
	return nil
}

func typeGetModule(_ *Thread, v Value) (Value, error) {
	typ := (*Type)(v.p)
	if typ.Flags&FlagHeapType != 0 {
		if m, ok := typ.Dict.GetStr(dunderModule); ok {
			return m, nil
		}
		return Null, NewError(AttributeError, "__module__")
	}
	if typ.Module == "" {
		return StrValue("builtins"), nil
	}
	return StrValue(typ.Module), nil
}

// heapTypeDictSetter returns the setter of a type attribute kept in the
// namespace of classes (__module__, __doc__).
func heapTypeDictSetter(name string) func(*Thread, Value, Value) error {
	key := Intern(name)
	return func(_ *Thread, v, value Value) error {
		typ := (*Type)(v.p)
		if err := checkHeapTypeSet(typ, name, value); err != nil {
			return err
		}
		typ.Dict.SetStr(key, value)
		typ.Modified()
		return nil
	}
}

func typeGetDoc(t *Thread, v Value) (Value, error) {
	typ := (*Type)(v.p)
	if typ.Flags&FlagHeapType == 0 {
		if typ.Doc == "" {
			return None, nil
		}
		return StrValue(typ.Doc), nil
	}
	doc, ok := typ.Dict.GetStr(dunderDoc)
	if !ok {
		return None, nil
	}
	if get := doc.Type().DescrGet; get != nil {
		return get(t, doc, Null, typ)
	}
	return doc, nil
}

var dunderAnnotations = Intern("__annotations__")

func typeGetAnnotations(t *Thread, v Value) (Value, error) {
	typ := (*Type)(v.p)
	if typ.Flags&FlagHeapType == 0 {
		return Null, noAttributeError(v, dunderAnnotations)
	}
	a, ok := typ.Dict.GetStr(dunderAnnotations)
	if !ok {
		a = NewDict().AsValue()
		typ.Dict.SetStr(dunderAnnotations, a)
		typ.Modified()
		return a, nil
	}
	if get := a.Type().DescrGet; get != nil {
		return get(t, a, Null, typ)
	}
	return a, nil
}

func typeSetAnnotations(_ *Thread, v, value Value) error {
	typ := (*Type)(v.p)
	if typ.Flags&FlagHeapType == 0 {
		return immutableError(typ, "__annotations__", value)
	}
	if value.IsNull() {
		if ok, _ := typ.Dict.DelItemHashed(nil, dunderAnnotations.AsValue(), dunderAnnotations.Hash()); !ok {
			return NewError(AttributeError, "__annotations__")
		}
	} else {
		typ.Dict.SetStr(dunderAnnotations, value)
	}
	typ.Modified()
	return nil
}

func typeGetAbstractMethods(_ *Thread, v Value) (Value, error) {
	typ := (*Type)(v.p)
	if typ != TypeType {
		if am, ok := typ.Dict.GetStr(dunderAbstractMethod); ok {
			return am, nil
		}
	}
	return Null, NewError(AttributeError, "__abstractmethods__")
}

// typeSetAbstractMethods stores __abstractmethods__ and sets FlagAbstract
// from its truth (abc.ABCMeta sets it).
func typeSetAbstractMethods(t *Thread, v, value Value) error {
	typ := (*Type)(v.p)
	if typ.Flags&FlagHeapType == 0 {
		return immutableError(typ, "__abstractmethods__", value)
	}
	abstract := false
	if value.IsNull() {
		if ok, _ := typ.Dict.DelItemHashed(nil, dunderAbstractMethod.AsValue(), dunderAbstractMethod.Hash()); !ok {
			return NewError(AttributeError, "__abstractmethods__")
		}
	} else {
		var err error
		if abstract, err = Truth(t, value); err != nil {
			return err
		}
		typ.Dict.SetStr(dunderAbstractMethod, value)
	}
	if abstract {
		typ.Flags |= FlagAbstract
	} else {
		typ.Flags &^= FlagAbstract
	}
	typ.Modified()
	return nil
}

func typeMRO(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if len(args) != 1 || kwnames != nil {
		// Called through the class (int.mro()), as is usual, the method
		// is named after it.
		if err := CheckMethodArity((*Type)(args[0].p).Name+".mro", args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
	}
	mro, err := computeMRO((*Type)(args[0].p))
	if err != nil {
		return Null, err
	}
	items := make([]Value, len(mro))
	for i, c := range mro {
		items[i] = c.AsValue()
	}
	return NewList(items).AsValue(), nil
}

func typeSubclasses(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if len(args) != 1 || kwnames != nil {
		// Called through the class (int.__subclasses__()), as is usual, the method
		// is named after it.
		if err := CheckMethodArity((*Type)(args[0].p).Name+".__subclasses__", args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
	}
	var items []Value
	for _, w := range (*Type)(args[0].p).subclasses {
		if sub := w.value(); sub != nil {
			items = append(items, sub.AsValue())
		}
	}
	return NewList(items).AsValue(), nil
}

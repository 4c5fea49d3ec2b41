// Package object is Adder's data model: the Value representation, type
// objects and their protocol slots, and the built-in types that do not run
// bytecode (int, float, str, list, dict, exceptions, ...). Functions,
// frames, code objects and generators live in package interp, which defines
// their types through the same Type machinery.
//
// # Values
//
// A Python value is a Value: two words, passed by value. Every heap object
// is a Go struct whose first field is a Header holding its *Type. ints that
// fit in int64, floats, bools and None are immediates: the pointer word
// points at a static Header of that kind and the payload word holds the
// bits. See docs/DESIGN.md §2.
//
// # Errors
//
// Operations that can run Python code or raise return an error. A raised
// Python exception is always an *Exc (which implements error);
// callers propagate errors unchanged. A Go error of any other type that
// reaches the interpreter is a bug.
//
// # Threads
//
// Every operation that may run Python code takes the calling *Thread. A
// Thread belongs to one goroutine at a time.
//
// # Subclasses of built-in types
//
// An instance of a class with a built-in base is the base's Go struct
// followed by an Attrs (see subclassOf): a *Str may point at the first part
// of a larger struct whose Attrs sits at Type.attrsOffset. Exact built-in
// instances carry no attribute storage at all.
package object

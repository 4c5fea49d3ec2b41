// Package interp runs Python code: it links compiled code objects
// (interp/compile) into runtime objects, evaluates bytecode in frames, calls
// functions, raises and handles exceptions, formats tracebacks, imports
// modules, and runs threads under a GIL.
//
// It defines the types that run bytecode — function, code, frame, cell,
// bound method, generator, coroutine, module, traceback — with the Type
// machinery of package object, and the builtins module.
//
// # Frames and the value stack
//
// A Frame's fast locals, cells and value stack are one window of the
// thread's value stack (generator frames own theirs). The eval loop keeps
// the instruction index and stack pointer in Go locals and stores them in
// the frame before anything that may look at it (a call, an exception).
//
// # Errors
//
// A Python exception travels as an *object.Exc returned in the error
// result; each frame it leaves adds a traceback entry. A Go panic inside
// the interpreter is a bug: the top level turns it into an "internal
// error" message, never into a Python exception.
package interp

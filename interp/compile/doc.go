// Package compile turns a syntax tree into code objects: it builds symbol
// tables, generates bytecode, folds constants, and can print (Disassemble)
// and serialize (Marshal, Unmarshal) the result for the code cache.
//
// Input: a syntax.ModNode from interp/syntax. Output: a *Code, plain Go data
// that does not depend on the object model; the interpreter links it into
// runtime objects. Compile-time errors are *syntax.Error values carrying
// CPython's messages and positions. This documentation is the contract
// between the compiler and the eval loop.
//
// # Instructions
//
// An instruction (Instr) is 32 bits: the opcode in the low 8 bits and the
// argument in the high 24 bits. There is no EXTENDED_ARG; an argument that
// would exceed MaxArg is a compile error. Jump arguments are absolute
// instruction indices. opcodes.go defines every opcode once, in one table
// (name, argument kind, stack effect, flags); the comment on each Opcode
// constant is its stack picture.
//
// # Frames
//
// A frame for a Code has three areas of slots:
//
//   - fast locals, one per VarNames entry (ArgLocal arguments); arguments
//     are bound into the first slots in VarNames order: ArgCount positional
//     parameters (the first PosOnlyArgCount of them positional-only), then
//     KwOnlyArgCount keyword-only ones, then *args if Flags&VarArgs, then
//     **kwargs if Flags&VarKeywords;
//   - cells, one per CellVars entry followed by one per FreeVars entry
//     (ArgCell arguments). When the frame starts, the runtime makes a new
//     cell for each CellVars entry i, holding the value of fast local
//     Cell2Arg[i] when Cell2Arg is non-nil and Cell2Arg[i] >= 0 (an argument
//     captured by a closure) and empty otherwise, and copies the function's
//     closure tuple into the FreeVars slots. There are no MAKE_CELL or
//     COPY_FREE_VARS instructions;
//   - the value stack, at most StackSize items.
//
// Module code has neither flag Optimized nor NewLocals: its locals are its
// globals. Class bodies have NewLocals: they run with a fresh namespace
// mapping as locals (given by __build_class__). Functions have both
// Optimized and NewLocals and use LOAD_FAST for their locals.
//
// The first instruction of every code object is RESUME (argument 0),
// where the function-entry hot counter lives. Execution starts at index 0.
//
// Generators, coroutines and async generators are marked by flags alone
// (Generator, Coroutine, AsyncGenerator): calling such a function binds the
// arguments, creates the frame and returns the generator object without
// running any bytecode. The first resumption starts at index 0 (RESUME).
// The runtime, not bytecode, turns a StopIteration escaping such a frame
// into RuntimeError (PEP 479) and RETURN_VALUE into StopIteration(value).
//
// # Constants and names
//
// Consts holds syntax.Const values, *Code for nested code objects,
// ConstTuple and ConstFrozenset; they are deduplicated by type and value
// (0, 0.0 and False differ; so do 0.0 and -0.0). For a function (def or
// lambda), Consts[0] is its docstring, or None when it has none, as in
// CPython's co_consts; a lambda never has a docstring. Module and class
// docstrings are stored in __doc__ by the body instead.
//
// Names holds the names used by ArgName arguments: globals, names of
// class/module scope (LOAD_NAME...), attributes and imported modules.
// Private names (__x inside class C) are already mangled (_C__x).
//
// # Exceptions: the exception table
//
// There are no SETUP/POP_BLOCK instructions at run time. When an
// instruction at index i raises (or an exception is thrown into a suspended
// generator at i), the runtime looks up the ExceptionTable entry with
// Start <= i < End (entries are sorted and disjoint; an instruction in no
// entry passes the exception out of the frame, adding a traceback entry
// for Positions[i]). Then it pops the value stack down to Depth items, pushes
// int(i) if Lasti, pushes the exception object, and jumps to Target. So at
// a handler the stack is:
//
//	... (Depth items) [lasti] exc
//
// The "handled exception" (sys.exception()) is per-thread state saved and
// restored by PUSH_EXC_INFO and POP_EXCEPT; handlers that run user code
// start with PUSH_EXC_INFO, so nested handlers see
//
//	... [lasti] prev exc
//
// RERAISE(n) re-raises exc without adding a traceback entry; for n > 0 the
// int at stack[-(n+1)] (TOS is stack[-1], before popping) is a saved lasti
// that becomes the frame's current instruction, so the traceback shows the
// original line. The handler for the re-raised exception is still looked up
// at the RERAISE's own index, not at lasti.
//
// try/except compiles as
//
//	    <body>                    handler H, depth d
//	    JUMP_FORWARD else
//	H:  PUSH_EXC_INFO             (d: ... prev exc)           handler C, depth d+1, lasti
//	    <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//	    STORE name | POP_TOP
//	    <handler body>            (with a name: handler N, depth d+1, lasti)
//	    POP_EXCEPT                (with a name: name = None; del name)
//	    JUMP_FORWARD end
//	next: ...                     further clauses
//	    RERAISE(0)                no clause matched
//	N:  name = None; del name; RERAISE(1)
//	C:  COPY(3); POP_EXCEPT; RERAISE(1)
//	else: <else body>
//	end:
//
// try/finally compiles the finally body twice: inline on the normal path,
// and as a handler:
//
//	    <body>                    handler F, depth d
//	    <finally body>
//	    JUMP_FORWARD end
//	F:  PUSH_EXC_INFO             handler C, depth d+1, lasti
//	    <finally body>
//	    RERAISE(0)
//	C:  COPY(3); POP_EXCEPT; RERAISE(1)
//
// return, break and continue inside try or with bodies run the pending
// cleanups inline before transferring control: a finally body is emitted
// again (with the return value kept on top of the stack), a with calls
// exit(None, None, None), an except handler body pops its exception state
// (POP_EXCEPT, and name = None; del name), a for loop pops its iterator.
// A return inside a finally handler (the exception path) first drops the
// pending exception: POP_TOP of exc and POP_EXCEPT, which discards it,
// as Python specifies.
//
// with compiles as
//
//	    <mgr>; BEFORE_WITH        (... exit value)
//	    STORE target | POP_TOP    handler W, depth d+1 (exit stays), lasti
//	    <body>
//	    LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL(2); POP_TOP
//	    JUMP_FORWARD end
//	W:  PUSH_EXC_INFO             (exit lasti prev exc)       handler C, depth d+1, lasti
//	    WITH_EXCEPT_START         (exit lasti prev exc res)
//	    POP_JUMP_IF_TRUE suppress
//	    RERAISE(2)
//	suppress: POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP
//	end:
//
// (CALL(2) on "exit None None None" calls exit(None, None, None): exit
// stands in the callable slot and the first None in the self slot.)
// async with is the same with BEFORE_ASYNC_WITH, and GET_AWAITABLE(1 or 2);
// LOAD_CONST None; SEND after calling __aenter__ / __aexit__.
//
// except* compiles as CPython 3.11 does: the handler keeps
// "prev orig list rest" on the stack, each clause runs CHECK_EG_MATCH on
// rest, exceptions raised by clause bodies are LIST_APPENDed to list,
// and PREP_RERAISE_STAR combines orig and list into the exception to
// re-raise, or None.
//
// # Loops
//
// Every loop (while, for, async for, and each for clause of a comprehension)
// has one LOOP_HEADER(k) instruction, k = 0..NumLoops-1 numbering the loops
// of the code object. It is the target of the loop's back edge and of
// continue; the interpreter polls the eval breaker and counts iterations
// there, and the JIT starts traces there. Every jump whose target is not
// after it (every back edge) targets a LOOP_HEADER, and only JUMP_BACKWARD
// and conditional jumps can be back edges.
//
//	for:    <iter>; GET_ITER
//	top:    LOOP_HEADER(k); FOR_ITER exit; <store target>; <body>; JUMP_BACKWARD top
//	exit:   <else>
//	while:  <test>; POP_JUMP_IF_FALSE else
//	top:    LOOP_HEADER(k); <body>
//	next:   <test>; POP_JUMP_IF_TRUE top
//	else:   <else>
//
// A while loop is inverted as in CPython (one conditional jump per
// iteration); its continue jumps forward to next, a for loop's continue
// back to top. "while True" has no tests: its bottom is JUMP_BACKWARD top.
//
// async for wraps "GET_ANEXT; LOAD_CONST None; SEND" in a handler (depth:
// the async iterator stays) whose target is END_ASYNC_FOR.
//
// # Generators and coroutines
//
// YIELD_VALUE suspends the frame, handing v to the caller of next()/send();
// when resumed by send(w) the frame continues at the next instruction with w
// pushed; when resumed by throw(e), e is raised at the YIELD_VALUE. In an
// async generator, YIELD_VALUE yields to the async generator's consumer
// (the runtime wraps the value as CPython's ASYNC_GEN_WRAP does), while
// values passed up by SEND are the awaited objects' yields, passed to the
// event loop unchanged.
//
// SEND delegates ("yield from", await): stack "receiver v". It sends v to
// receiver (next() when v is None and receiver is a plain iterator, else
// send(v)). If the receiver yields y, the frame suspends yielding y, with
// "receiver" on the stack, and its resume point is this same SEND: send(w)
// pushes w and runs SEND again; throw(e) and close() are forwarded to the
// receiver (its throw/close methods if it has them), and an exception they
// raise is raised at the SEND. When the receiver finishes with value r
// (StopIteration(r) or a generator return), SEND pops both and pushes r and
// execution continues at the next instruction. So
//
//	yield from x:  <x>; GET_YIELD_FROM_ITER; LOAD_CONST None; SEND
//	await x:       <x>; GET_AWAITABLE(0); LOAD_CONST None; SEND
//
// # Calls
//
// The callable slot convention is "f self_or_null args...". LOAD_METHOD
// pushes an unbound method and its object (no bound-method allocation) or
// the attribute and null; other calls push the callable and PUSH_NULL.
// CALL(n) then calls f(self, a_1..a_n) if self_or_null is not null, else
// f(a_1..a_n). As in CPython 3.11, a call of an attribute of a name the
// module binds by import (math.sqrt(x)) uses LOAD_ATTR and PUSH_NULL
// instead of LOAD_METHOD, and "'%s ... %r' % (a, b)" with only s, r, a
// conversions compiles as the equivalent f-string. CALL_KW(n): kwnames is a tuple constant of the names of the
// last len(kwnames) of the n arguments, which are passed by keyword.
// CALL_FUNCTION_EX(haskw): stack "f null args [kwargs]" calls
// f(*args, **kwargs); args is a tuple, kwargs a dict (present only when
// haskw == 1); the slot above f is always null (the compiler does not use
// LOAD_METHOD for these calls).
//
// Comprehensions and generator expressions compile to nested functions
// with one parameter ".0", called with the first iterator already made
// (as in CPython 3.11; 3.12 inlines list/set/dict comprehensions, PEP 709,
// which this compiler does not do yet).
//
// A class statement compiles to LOAD_BUILD_CLASS; PUSH_NULL; MAKE_FUNCTION
// (the body code, whose flags lack Optimized); LOAD_CONST name; <bases>;
// CALL(n) or CALL_KW(n). The body stores __module__ (from __name__) and
// __qualname__, and returns the __class__ cell if it has one (also
// storing it as __classcell__), or None.
//
// # Opcode semantics
//
// Notation: stack pictures list items bottom to top; "null" is the zero
// Value. Every opcode without FlagMayRaise never raises.
//
//	NOP                  nothing.
//	POP_TOP              pops x.
//	COPY(n)              pushes a copy of stack[-n] (n >= 1; COPY(1) duplicates TOS).
//	SWAP(n)              swaps stack[-1] and stack[-n] (n >= 2).
//	PUSH_NULL            pushes null.
//	RESUME               function entry: counts calls (hot counter), polls the eval breaker.
//	LOOP_HEADER(k)       loop head: counts iterations of loop k, polls the eval breaker.
//	LOAD_CONST(i)        pushes Consts[i] (a *Code is pushed as a code object).
//	LOAD_FAST(i)         pushes local i; UnboundLocalError "cannot access local variable 'x'
//	                     where it is not associated with a value" if unset.
//	STORE_FAST(i)        pops v into local i.
//	DELETE_FAST(i)       unsets local i; UnboundLocalError if unset.
//	LOAD_DEREF(i)        pushes the content of cell i; NameError "cannot access free variable
//	                     'x' where it is not associated with a value in enclosing scope" for
//	                     a free variable, UnboundLocalError for a cell variable, if empty.
//	STORE_DEREF(i)       pops v into cell i.
//	DELETE_DEREF(i)      empties cell i; error as LOAD_DEREF if already empty.
//	LOAD_CLOSURE(i)      pushes cell i itself (to build closure tuples).
//	LOAD_LOCALS          pushes the frame's locals mapping (class bodies, annotation scopes).
//	LOAD_FROM_DICT_OR_DEREF(i)  pops mapping; pushes mapping[name of cell i] if present, else
//	                     the content of cell i (free variables read in class bodies).
//	LOAD_NAME(i)         pushes Names[i] looked up in locals, then globals, then builtins;
//	                     NameError "name 'x' is not defined".
//	STORE_NAME(i)        pops v; locals[Names[i]] = v.
//	DELETE_NAME(i)       del locals[Names[i]]; NameError if absent.
//	LOAD_GLOBAL(i)       pushes Names[i] from globals, then builtins; NameError.
//	STORE_GLOBAL(i)      pops v; globals[Names[i]] = v.
//	DELETE_GLOBAL(i)     del globals[Names[i]]; NameError if absent.
//	LOAD_FROM_DICT_OR_GLOBALS(i)  pops mapping; pushes mapping[Names[i]] if present, else as
//	                     LOAD_GLOBAL(i).
//	LOAD_ATTR(i)         pops obj; pushes getattr(obj, Names[i]).
//	STORE_ATTR(i)        pops obj (TOS), then v; setattr(obj, Names[i], v).
//	DELETE_ATTR(i)       pops obj; delattr(obj, Names[i]).
//	LOAD_METHOD(i)       pops obj; if type(obj) has a plain function (method descriptor)
//	                     Names[i] not shadowed by the instance, pushes that function and obj;
//	                     else pushes getattr(obj, Names[i]) and null.
//	BINARY_SUBSCR        pops key, container; pushes container[key].
//	STORE_SUBSCR         pops key, container, v; container[key] = v.
//	DELETE_SUBSCR        pops key, container; del container[key].
//	BUILD_SLICE(n)       n = 2 or 3: pops [step,] stop, start; pushes slice(start, stop[, step]).
//	BINARY_SLICE         pops stop, start, container; pushes container[start:stop] (as CPython
//	                     3.12: the interpreter may slice without making a slice object).
//	STORE_SLICE          pops stop, start, container, v; container[start:stop] = v.
//	BINARY_OP(op)        pops y, x; pushes x op y, op a syntax.Operator (Add=1 ... FloorDiv=13);
//	                     op + InplaceOp (16) is the augmented form (x op= y: tries __iop__ first).
//	UNARY_NEGATIVE       pops x; pushes -x.     UNARY_POSITIVE  pops x; pushes +x.
//	UNARY_INVERT         pops x; pushes ~x.     UNARY_NOT       pops x; pushes not x (a bool).
//	COMPARE_OP(op)       pops y, x; pushes x op y for op a syntax.CmpOp Eq..GtE (1..6);
//	                     the result is any object (rich comparison).
//	IS_OP(inv)           pops y, x; pushes (x is y) != inv.
//	CONTAINS_OP(inv)     pops y, x; pushes (x in y) != inv.
//	JUMP_FORWARD(t)      jumps to t (t > current index).
//	JUMP_BACKWARD(t)     jumps to t (t <= current index, a LOOP_HEADER).
//	POP_JUMP_IF_FALSE(t) pops x; jumps to t if not truth(x).   (POP_JUMP_IF_TRUE: if truth(x))
//	POP_JUMP_IF_NONE(t)  pops x; jumps to t if x is None.      (POP_JUMP_IF_NOT_NONE: is not)
//	JUMP_IF_FALSE_OR_POP(t)  if not truth(TOS) jumps to t leaving TOS, else pops it.
//	JUMP_IF_TRUE_OR_POP(t)   if truth(TOS) jumps to t leaving TOS, else pops it.
//	GET_ITER             pops x; pushes iter(x).
//	FOR_ITER(t)          calls next() on the iterator at TOS: pushes the value; when the
//	                     iterator is exhausted (StopIteration, which is cleared) pops the
//	                     iterator and jumps to t.
//	RETURN_VALUE         pops v; returns v from the frame.
//	GET_YIELD_FROM_ITER  pops x; pushes x if it is a generator, or a coroutine inside an
//	                     IterableCoroutine/Coroutine code, else iter(x); TypeError
//	                     "cannot 'yield from' a coroutine object in a non-coroutine generator".
//	YIELD_VALUE          see "Generators and coroutines".
//	SEND                 see "Generators and coroutines".
//	GET_AWAITABLE(w)     pops x; pushes x.__await__() (x itself for a coroutine; also for a
//	                     generator of an IterableCoroutine); TypeError "object X can't be used in
//	                     'await' expression" (w = 1, 2: "'async with' received an object from
//	                     __aenter__/__aexit__ that does not implement __await__: X").
//	GET_AITER            pops x; pushes x.__aiter__().
//	GET_ANEXT            pushes the awaitable of TOS.__anext__() (after GET_AWAITABLE rules),
//	                     leaving the async iterator.
//	END_ASYNC_FOR        pops exc, aiter; if exc is a StopAsyncIteration, continues; else
//	                     re-raises exc (as RERAISE(0)).
//	BEFORE_ASYNC_WITH    pops mgr; pushes bound mgr.__aexit__, then mgr.__aenter__().
//	BUILD_TUPLE(n), BUILD_LIST(n), BUILD_SET(n)   pops n items; pushes the collection, in
//	                     stack order (deepest item first).
//	BUILD_MAP(n)         pops 2n items k_1 v_1 ... k_n v_n; pushes the dict (inserted in order).
//	BUILD_CONST_KEY_MAP(n)  pops keys (a tuple of n) and v_1..v_n; pushes the dict.
//	BUILD_STRING(n)      pops n strs; pushes their concatenation.
//	LIST_APPEND(i)       pops v; stack[-i] (after the pop) is a list: appends v.
//	SET_ADD(i)           pops v; adds v to the set at stack[-i].
//	MAP_ADD(i)           pops v, then k; dict at stack[-i]: dict[k] = v.
//	LIST_EXTEND(i)       pops an iterable; extends the list at stack[-i].
//	SET_UPDATE(i)        pops an iterable; updates the set at stack[-i].
//	DICT_UPDATE(i)       pops a mapping; dict.update; TypeError "'X' object is not a mapping".
//	DICT_MERGE(i)        pops a mapping; merges into the dict at stack[-i], raising TypeError
//	                     "f() got multiple values for keyword argument 'k'" on duplicates
//	                     (f is the callable at stack[-(i+2)]).
//	LIST_TO_TUPLE        pops a list; pushes tuple(list).
//	UNPACK_SEQUENCE(n)   pops seq; pushes its n items so that the first is on top; ValueError
//	                     "not enough values to unpack (expected n, got m)" / "too many values to
//	                     unpack (expected n)".
//	UNPACK_EX(a)         a = before | after<<8: pops seq; pushes the after last items, a list of
//	                     the middle, then the before first items, the first item on top.
//	CALL(n), CALL_KW(n), CALL_FUNCTION_EX(k)   see "Calls".
//	MAKE_FUNCTION(f)     pops code, then the items flagged in f (MakeClosure, MakeAnnotations,
//	                     MakeKwDefaults, MakeDefaults, in that order from the top); pushes a new
//	                     function with the current globals; its __qualname__ is code.QualName,
//	                     __name__ code.Name, __doc__ Consts[0] if it is a str.
//	LOAD_BUILD_CLASS     pushes builtins.__build_class__; NameError "__build_class__ not found".
//	SETUP_ANNOTATIONS    if locals has no "__annotations__", sets it to a new dict.
//	IMPORT_NAME(i)       pops fromlist (None or a tuple of str), level (int); pushes
//	                     __import__(Names[i], globals, locals, fromlist, level).
//	IMPORT_FROM(i)       pushes getattr(TOS, Names[i]), falling back to sys.modules of the
//	                     submodule; ImportError "cannot import name 'x' from 'm' (path)".
//	IMPORT_STAR          pops module; copies its public names (__all__ or no leading '_')
//	                     into locals.
//	RAISE_VARARGS(n)     n = 0: re-raise the handled exception (RuntimeError "No active exception
//	                     to reraise"); 1: pops exc, raises it (a class is instantiated);
//	                     2: pops cause, then exc; raise exc from cause.
//	RERAISE(n)           see "Exceptions".
//	PUSH_EXC_INFO        pops exc; pushes the current handled exception (or None), then exc;
//	                     makes exc the handled exception.
//	POP_EXCEPT           pops prev; makes it the handled exception again.
//	CHECK_EXC_MATCH      pops type; pushes whether exc (left in place) is an instance of type;
//	                     TypeError "catching classes that do not inherit from BaseException is
//	                     not allowed" (type may be a tuple).
//	CHECK_EG_MATCH       pops type and exc; on a match (exc.split(type)) pushes rest (the
//	                     non-matching part, None if none), then match, and makes match the
//	                     handled exception; with no match pushes exc, then None. A bare exception
//	                     that matches is wrapped in an ExceptionGroup("", [exc]).
//	PREP_RERAISE_STAR    pops list (exceptions raised or left unhandled by the except* clauses,
//	                     None items ignored), orig; pushes the exception group to re-raise,
//	                     keeping orig's structure, or None.
//	LOAD_ASSERTION_ERROR pushes AssertionError.
//	BEFORE_WITH          pops mgr; pushes bound mgr.__exit__, then mgr.__enter__(); TypeError
//	                     "'X' object does not support the context manager protocol".
//	WITH_EXCEPT_START    stack "exit lasti prev exc": pushes exit(type(exc), exc, exc.__traceback__).
//	FORMAT_VALUE(f)      pops [spec (if f&FormatWithSpec)], v; applies the conversion f&3
//	                     (str, repr, ascii) then format(v, spec or ""); pushes the str.
//	PRINT_EXPR           pops v; if v is not None, prints repr(v) with sys.displayhook.
//	MATCH_CLASS(n)       pops names (a tuple of keyword attribute names), cls, subject; if
//	                     isinstance(subject, cls), pushes the tuple of the n positional (via
//	                     __match_args__) then keyword attributes; None when the match fails.
//	MATCH_MAPPING        pushes whether TOS is a mapping (Py_TPFLAGS_MAPPING).
//	MATCH_SEQUENCE       pushes whether TOS is a sequence for matching (not str/bytes/bytearray).
//	MATCH_KEYS           keys (tuple) on top of subject: pushes the tuple of subject[k] for k in
//	                     keys (via subject.get), or None if one is missing.
//	GET_LEN              pushes len(TOS).
//	CALL_INTRINSIC_1(f)  pops x; pushes f(x) for an Intrinsic1 f.
//	CALL_INTRINSIC_2(f)  pops y, x; pushes f(x, y) for an Intrinsic2 f.
//
// # PEP 695 (3.12 generics)
//
// "def f[T](...)" compiles to a function "<generic parameters of f>" (an
// annotation scope) called at once: it creates each parameter with
// CALL_INTRINSIC_1/2, stores it in its name, builds the function (whose
// defaults it receives as the parameters .defaults and .kwdefaults) and
// returns it after INTRINSIC_SET_FUNCTION_TYPE_PARAMS. "class C[T](B)" does
// the same, storing the parameter tuple in .type_params (read by the body
// into __type_params__) and passing Generic[*params] (INTRINSIC_SUBSCRIPT_GENERIC)
// as the last base. "type X = v" calls INTRINSIC_TYPEALIAS with
// (name, params or None, a function computing v). Bounds and alias values
// are lazily evaluated functions. Annotation scopes inside a class read
// class-level names through the __classdict__ cell the class body sets
// with LOAD_LOCALS; STORE_DEREF.
//
// # Match statements
//
// The subject stays on the stack while cases are tried; each case's pattern
// leaves captured values on the stack, which are stored only after the
// whole pattern matched (so a failing case binds nothing), as in CPython
// 3.11. A failing pattern jumps to a label that pops what it pushed.
//
// # Positions, stack size, peephole
//
// Positions has one entry per instruction, as CPython 3.11's co_positions.
// StackSize is the exact maximum depth over all paths, including handlers.
// After code generation the compiler threads jumps to jumps, removes code
// that no path reaches (through normal or exception edges) and jumps to the
// next instruction. It emits no NOPs. Every RETURN_VALUE is reached with
// exactly one item on the stack (the assembler checks it).
//
// Constant folding follows CPython's AST optimizer (limits included:
// ints up to 128 bits, strings and bytes up to 4096, tuples up to 256
// items) but only for results Go computes exactly as the runtime will:
// int arithmetic, the IEEE operations + - * / on floats (not ** or %, whose
// results depend on libm or on fmod details), complex + and -, str, bytes
// and tuple concatenation and repetition, "not", unary minus, plus and
// invert, tuples of constants, "x in [consts]" (a tuple) and
// "x in {consts}" (a frozenset of str, bytes and ints only, whose
// deduplication cannot depend on cross-type equality), list displays
// iterated by for (a tuple), and __debug__.
//
// # Code cache
//
// Marshal and Unmarshal convert a Code tree to and from bytes, prefixed by
// Magic, which changes whenever the opcode table changes. Unmarshal checks
// what the interpreter relies on: opcodes defined, arguments in range for
// their kind (const, name, local, cell indices, jump targets, loop numbers,
// stack positions not deeper than StackSize), exception table entries
// in range and sorted, one Position per instruction.
package compile

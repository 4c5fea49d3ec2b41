package object

import (
	"syscall"
	"testing"
)

// excCase builds an exception by calling cls(args, kw...) and checks its
// repr and str (expectations from CPython 3.11).
func callExc(t *testing.T, th *Thread, cls *Type, args []Value, kw ...kv) (Value, error) {
	t.Helper()
	var kwnames *Tuple
	if len(kw) > 0 {
		names := make([]Value, len(kw))
		for i, e := range kw {
			names[i] = StrValue(e.k)
			args = append(args, e.v)
		}
		kwnames = NewTuple(names...)
	}
	return Call(th, cls.AsValue(), args, kwnames)
}

func TestExceptionStrRepr(t *testing.T) {
	th := newThread()
	s := StrValue
	tests := []struct {
		cls        *Type
		args       []Value
		kw         []kv
		repr, str  string
		resultType *Type
	}{
		{ValueError, nil, nil, "ValueError()", "", nil},
		{ValueError, []Value{s("x")}, nil, "ValueError('x')", "x", nil},
		{ValueError, []Value{Int(1), Int(2)}, nil, "ValueError(1, 2)", "(1, 2)", nil},
		{KeyError, []Value{s("a")}, nil, "KeyError('a')", "'a'", nil},
		{KeyError, []Value{s("a"), s("b")}, nil, "KeyError('a', 'b')", "('a', 'b')", nil},
		{KeyError, nil, nil, "KeyError()", "", nil},
		{ImportError, []Value{s("m"), s("x")}, nil, "ImportError('m', 'x')", "('m', 'x')", nil},
		{ImportError, []Value{s("m")}, []kv{{"name", s("n")}}, "ImportError('m')", "m", nil},
		{OSError, []Value{Int(2), s("No such file or directory"), s("x")}, nil, "FileNotFoundError(2, 'No such file or directory')", "[Errno 2] No such file or directory: 'x'", FileNotFoundError},
		{OSError, []Value{Int(2), s("No such file or directory"), s("x"), None, s("y")}, nil, "FileNotFoundError(2, 'No such file or directory')", "[Errno 2] No such file or directory: 'x' -> 'y'", FileNotFoundError},
		{OSError, []Value{Int(2), s("x")}, nil, "FileNotFoundError(2, 'x')", "[Errno 2] x", FileNotFoundError},
		{OSError, []Value{Int(2)}, nil, "OSError(2)", "2", OSError},
		{OSError, nil, nil, "OSError()", "", OSError},
		{OSError, []Value{Int(13), s("x")}, nil, "PermissionError(13, 'x')", "[Errno 13] x", PermissionError},
		{BlockingIOError, []Value{Int(11), s("x"), Int(5)}, nil, "BlockingIOError(11, 'x', 5)", "[Errno 11] x", nil},
		{SyntaxError, []Value{s("msg"), NewTuple(s("f.py"), Int(3), Int(4), s("txt"), Int(3), Int(5)).AsValue()}, nil, "SyntaxError('msg', ('f.py', 3, 4, 'txt', 3, 5))", "msg (f.py, line 3)", nil},
		{SyntaxError, []Value{s("msg"), NewTuple(s("/a/b/f.py"), None, Int(4), s("txt")).AsValue()}, nil, "SyntaxError('msg', ('/a/b/f.py', None, 4, 'txt'))", "msg (f.py)", nil},
		{SyntaxError, []Value{s("msg"), NewTuple(None, Int(3), Int(4), s("txt")).AsValue()}, nil, "SyntaxError('msg', (None, 3, 4, 'txt'))", "msg (line 3)", nil},
		{UnicodeEncodeError, []Value{s("ascii"), s("\u00e9"), Int(0), Int(1), s("ordinal not in range(128)")}, nil, "UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", nil},
		{UnicodeEncodeError, []Value{s("ascii"), s("\U0001f600"), Int(0), Int(1), s("bad")}, nil, "UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'bad')", "'ascii' codec can't encode character '\\U0001f600' in position 0: bad", nil},
		{UnicodeEncodeError, []Value{s("ascii"), s("\u00e9a"), Int(0), Int(2), s("bad")}, nil, "UnicodeEncodeError('ascii', 'éa', 0, 2, 'bad')", "'ascii' codec can't encode characters in position 0-1: bad", nil},
		{UnicodeTranslateError, []Value{s("\u00e9"), Int(0), Int(1), s("bad")}, nil, "UnicodeTranslateError('é', 0, 1, 'bad')", "can't translate character '\\xe9' in position 0: bad", nil},
		{ExceptionGroup, []Value{s("m"), NewList([]Value{NewException(ValueError, Int(1)).AsValue(), NewException(TypeError, Int(2)).AsValue()}).AsValue()}, nil, "", "m (2 sub-exceptions)", nil},
		{BaseExceptionGroup, []Value{s("m"), NewTuple(NewException(ValueError, Int(1)).AsValue()).AsValue()}, nil, "ExceptionGroup('m', (ValueError(1),))", "m (1 sub-exception)", ExceptionGroup},
		{BaseExceptionGroup, []Value{s("m"), NewTuple(NewException(KeyboardInterrupt).AsValue()).AsValue()}, nil, "BaseExceptionGroup('m', (KeyboardInterrupt(),))", "m (1 sub-exception)", BaseExceptionGroup},
	}
	for _, c := range tests {
		e, err := callExc(t, th, c.cls, c.args, c.kw...)
		if err != nil {
			t.Errorf("%s(...): %v", c.cls.Name, err)
			continue
		}
		if c.resultType != nil && e.Type() != c.resultType {
			t.Errorf("%s(...) made a %s, want %s", c.cls.Name, e.Type().Name, c.resultType.Name)
		}
		if c.repr != "" {
			if got := mustRepr(t, th, e); got != c.repr {
				t.Errorf("repr = %s, want %s", got, c.repr)
			}
		}
		if got, err := StrOf(th, e); err != nil || got.s != c.str {
			t.Errorf("str(%s) = %q, %v; want %q", c.repr, got, err, c.str)
		}
	}
}

func TestExceptionErrors(t *testing.T) {
	th := newThread()
	s := StrValue
	vErr := NewException(ValueError, Int(1)).AsValue()
	for _, c := range []struct {
		cls     *Type
		args    []Value
		kw      []kv
		errType *Type
		msg     string
	}{
		{ValueError, nil, []kv{{"x", Int(1)}}, TypeError, "ValueError() takes no keyword arguments"},
		{ImportError, nil, []kv{{"x", Int(1)}}, TypeError, "'x' is an invalid keyword argument for ImportError()"},
		{NameError, nil, []kv{{"x", Int(1)}}, TypeError, "'x' is an invalid keyword argument for NameError()"},
		{SyntaxError, []Value{s("m"), NewTuple(Int(1), Int(2)).AsValue()}, nil, TypeError, "function takes at least 4 arguments (2 given)"},
		{UnicodeDecodeError, []Value{s("utf-8")}, nil, TypeError, "function takes exactly 5 arguments (1 given)"},
		{ExceptionGroup, []Value{s("m"), NewList([]Value{NewException(KeyboardInterrupt).AsValue()}).AsValue()}, nil, TypeError, "Cannot nest BaseExceptions in an ExceptionGroup"},
		{ExceptionGroup, []Value{s("m"), NewList(nil).AsValue()}, nil, ValueError, "second argument (exceptions) must be a non-empty sequence"},
		{ExceptionGroup, []Value{s("m"), Int(1)}, nil, TypeError, "second argument (exceptions) must be a sequence"},
		{ExceptionGroup, []Value{Int(1), NewList([]Value{vErr}).AsValue()}, nil, TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not int"},
		{ExceptionGroup, []Value{s("m"), NewList([]Value{Int(1)}).AsValue()}, nil, ValueError, "Item 0 of second argument (exceptions) is not an exception"},
		{ExceptionGroup, []Value{s("m")}, nil, TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"},
	} {
		_, err := callExc(t, th, c.cls, c.args, c.kw...)
		wantErr(t, err, c.errType, c.msg)
	}
	e := call(t, th, ValueError.AsValue())
	_, err := Call(th, attr(t, th, e, "add_note"), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "note must be a str, not 'int'")
	call(t, th, attr(t, th, e, "add_note"), s("n"))
	if l, ok := attr(t, th, e, "__notes__").AsList(); !ok || len(l.Items) != 1 || str(l.Items[0]) != "n" {
		t.Errorf("__notes__ wrong")
	}
	wantErr(t, SetAttr(th, e, Intern("__cause__"), Int(1)), TypeError, "exception cause must be None or derive from BaseException")
	wantErr(t, SetAttr(th, e, Intern("__context__"), Int(1)), TypeError, "exception context must be None or derive from BaseException")
	wantErr(t, SetAttr(th, e, Intern("__context__"), Null), TypeError, "__context__ may not be deleted")
	if err := SetAttr(th, e, Intern("__cause__"), NewException(KeyError).AsValue()); err != nil {
		t.Fatal(err)
	}
	if attr(t, th, e, "__suppress_context__") != True {
		t.Errorf("setting __cause__ did not set __suppress_context__")
	}
	if attr(t, th, e, "__context__") != None || attr(t, th, e, "__traceback__") != None {
		t.Errorf("unset __context__/__traceback__ are not None")
	}
	_, err = Call(th, attr(t, th, e, "__setstate__"), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "state is not a dictionary")
	st := NewDict()
	st.SetStr(Intern("a"), Int(1))
	call(t, th, attr(t, th, e, "__setstate__"), st.AsValue())
	if attr(t, th, e, "a") != Int(1) {
		t.Errorf("__setstate__ did not set a")
	}
	red := call(t, th, attr(t, th, e, "__reduce__"))
	if tu, ok := red.AsTuple(); !ok || len(tu.Items) != 3 || tu.Items[0] != ValueError.AsValue() {
		t.Errorf("__reduce__ = %s", mustRepr(t, th, red))
	}
	if r := call(t, th, attr(t, th, call(t, th, ValueError.AsValue()), "__reduce__")); mustRepr(t, th, r) != "(<class 'ValueError'>, ())" {
		t.Errorf("__reduce__ = %s", mustRepr(t, th, r))
	}
	if err := SetAttr(th, e, Intern("args"), Int(5)); err == nil {
		t.Errorf("args = 5 accepted")
	}
}

func TestExceptionFields(t *testing.T) {
	th := newThread()
	s := StrValue
	si, _ := callExc(t, th, StopIteration, []Value{Int(1), Int(2)})
	if attr(t, th, si, "value") != Int(1) || StopIterationValue((*Exc)(si.p)) != Int(1) {
		t.Errorf("StopIteration(1, 2).value wrong")
	}
	if v := StopIterationValue(NewException(StopIteration)); v != None {
		t.Errorf("StopIteration().value = %v", v)
	}
	se, _ := callExc(t, th, SystemExit, []Value{Int(1), Int(2)})
	if mustRepr(t, th, attr(t, th, se, "code")) != "(1, 2)" {
		t.Errorf("SystemExit(1, 2).code wrong")
	}
	ie, _ := callExc(t, th, ImportError, []Value{s("m")}, kv{"name", s("n")}, kv{"path", s("p")})
	if str(attr(t, th, ie, "msg")) != "m" || str(attr(t, th, ie, "name")) != "n" || str(attr(t, th, ie, "path")) != "p" {
		t.Errorf("ImportError fields wrong")
	}
	ae, _ := callExc(t, th, AttributeError, []Value{s("x")}, kv{"name", s("n")}, kv{"obj", Int(1)})
	if attr(t, th, ae, "obj") != Int(1) || str(attr(t, th, ae, "name")) != "n" {
		t.Errorf("AttributeError fields wrong")
	}
	_, err := GetAttr(th, Int(1), Intern("zz"))
	if e := err.(*Exc); str(attr(t, th, e.AsValue(), "name")) != "zz" || attr(t, th, e.AsValue(), "obj") != Int(1) {
		t.Errorf("getattr's AttributeError lacks name/obj")
	}
	oe, _ := callExc(t, th, OSError, []Value{Int(1), Int(2), Int(3), Int(4), Int(5)})
	if mustRepr(t, th, attr(t, th, oe, "args")) != "(1, 2)" || attr(t, th, oe, "filename2") != Int(5) {
		t.Errorf("OSError 5 args: %s", mustRepr(t, th, oe))
	}
	_, err = GetAttr(th, oe, Intern("characters_written"))
	wantErr(t, err, AttributeError, "characters_written")
	be, _ := callExc(t, th, BlockingIOError, []Value{Int(11), s("x"), Int(5)})
	if attr(t, th, be, "characters_written") != Int(5) {
		t.Errorf("characters_written wrong")
	}
	if e := NewOSError(syscall.ENOENT, "x"); e.Type() != FileNotFoundError || e.Error() != "FileNotFoundError" {
		t.Errorf("NewOSError: %v", e)
	} else if got, _ := StrOf(th, e.AsValue()); got.s != "[Errno 2] No such file or directory: 'x'" {
		t.Errorf("NewOSError str = %s", got.s)
	}
	sy := NewSyntaxError(SyntaxError, "invalid syntax", "f.py", 3, 4, "x y", 3, 6)
	if got, _ := StrOf(th, sy.AsValue()); got.s != "invalid syntax (f.py, line 3)" {
		t.Errorf("NewSyntaxError str = %s", got.s)
	}
	if attr(t, th, sy.AsValue(), "end_offset") != Int(6) || attr(t, th, sy.AsValue(), "print_file_and_line") != None {
		t.Errorf("SyntaxError fields wrong")
	}

	// A user exception class.
	e := mkClass(t, th, nil, "E", []*Type{Exception}, kv{"__init__", fn("__init__", func(th *Thread, args []Value) (Value, error) {
		init := attr(t, th, Exception.AsValue(), "__init__")
		return Call(th, init, args[:2], nil)
	})})
	inst := call(t, th, e.AsValue(), Int(1), Int(2))
	if got := mustRepr(t, th, inst); got != "E(1)" {
		t.Errorf("repr = %s", got)
	}
	if _, ok := inst.AsException(); !ok {
		t.Errorf("E() is not an exception")
	}
	newInst := call(t, th, attr(t, th, e.AsValue(), "__new__"), e.AsValue(), Int(1), Int(2), Int(3))
	if mustRepr(t, th, attr(t, th, newInst, "args")) != "(1, 2, 3)" {
		t.Errorf("E.__new__ args wrong")
	}
	_, err = Call(th, attr(t, th, ValueError.AsValue(), "__init__"), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "descriptor '__init__' requires a 'ValueError' object but received a 'int'")
}

func TestExceptionGroupSplit(t *testing.T) {
	th := newThread()
	ex := func(typ *Type, v int64) Value { return NewException(typ, Int(v)).AsValue() }
	eg := func(msg string, items ...Value) Value {
		r, err := Call(th, ExceptionGroup.AsValue(), []Value{StrValue(msg), NewList(items).AsValue()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	g := eg("m", ex(ValueError, 1), ex(TypeError, 2), eg("n", ex(ValueError, 3), ex(KeyError, 4)))
	for _, c := range []struct {
		method string
		arg    Value
		want   string
	}{
		{"split", ValueError.AsValue(), "(ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])]), ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])]))"},
		{"subgroup", KeyError.AsValue(), "ExceptionGroup('m', [ExceptionGroup('n', [KeyError(4)])])"},
		{"subgroup", fn("f", func(*Thread, []Value) (Value, error) { return False, nil }), "None"},
		{"subgroup", NewTuple(ValueError.AsValue(), TypeError.AsValue(), KeyError.AsValue()).AsValue(), "ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])])"},
		{"derive", NewList([]Value{ex(KeyError, 1)}).AsValue(), "ExceptionGroup('m', [KeyError(1)])"},
	} {
		r := call(t, th, attr(t, th, g, c.method), c.arg)
		if got := mustRepr(t, th, r); got != c.want {
			t.Errorf("%s = %s\nwant %s", c.method, got, c.want)
		}
	}
	_, err := Call(th, attr(t, th, g, "split"), []Value{Int(1)}, nil)
	wantErr(t, err, TypeError, "expected a function, exception type or tuple of exception types")
}

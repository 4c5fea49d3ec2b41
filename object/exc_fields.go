package object

// This file holds the exception classes with fields of their own
// (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) and their
// constructors and str.

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// excFieldSpecs lists the fields each exception class adds, in
// Exc.fields order (a subclass's fields extend its base's).
var excFieldSpecs = map[*Type][]string{
	StopIteration:      {"value"},
	SystemExit:         {"code"},
	ImportError:        {"msg", "name", "path"},
	NameError:          {"name"},
	AttributeError:     {"name", "obj"},
	OSError:            {"errno", "strerror", "filename", "filename2"},
	SyntaxError:        {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"},
	UnicodeError:       {"encoding", "object", "start", "end", "reason"},
	BaseExceptionGroup: {"message", "exceptions"},
}

// Field numbers in Exc.fields.
const (
	fieldValue = 0 // StopIteration.value, SystemExit.code, NameError.name, AttributeError.name

	fieldImportMsg, fieldImportName, fieldImportPath = 0, 1, 2
	fieldAttrObj                                     = 1

	fieldErrno, fieldStrerror, fieldFilename, fieldFilename2 = 0, 1, 2, 3

	fieldSyntaxMsg, fieldSyntaxFilename, fieldSyntaxLineno, fieldSyntaxOffset, fieldSyntaxText = 0, 1, 2, 3, 4
	fieldSyntaxEndLineno, fieldSyntaxEndOffset                                                 = 5, 6

	fieldUnicodeEncoding, fieldUnicodeObject, fieldUnicodeStart, fieldUnicodeEnd, fieldUnicodeReason = 0, 1, 2, 3, 4

	fieldGroupMessage, fieldGroupExceptions = 0, 1
)

// excFieldsOwner reports whether the built-in exception class typ declares
// fields of its own (and so a distinct instance layout).
func excFieldsOwner(typ *Type) bool {
	_, ok := excFieldSpecs[typ]
	return ok
}

// field returns field i of e (Null when unset).
func (e *Exc) field(i int) Value {
	if i < len(e.fields) {
		return e.fields[i]
	}
	return Null
}

// setField stores field i of e.
func (e *Exc) setField(i int, v Value) {
	if i >= len(e.fields) {
		e.fields = append(e.fields, make([]Value, i+1-len(e.fields))...)
	}
	e.fields[i] = v
}

var _ = registerTypeInit(initExceptionFields)

func initExceptionFields() {
	for typ, names := range excFieldSpecs {
		for i, n := range names {
			index := i
			d := &memberDescr{Header: Header{MemberDescriptorType}, owner: typ, name: Intern(n), noneIfUnset: true,
				ref: func(obj Value, grow bool) *Value {
					e := (*Exc)(obj.p)
					if index >= len(e.fields) {
						if !grow {
							return nil
						}
						e.setField(index, Null)
					}
					return &e.fields[index]
				}}
			if typ.Dict == nil {
				typ.Dict = NewDict()
			}
			typ.Dict.SetStr(Intern(n), FromPointer(unsafe.Pointer(d)))
		}
	}
	StopIteration.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		if err := baseExceptionInit(t, self, args, kwnames); err != nil {
			return err
		}
		v := None
		if len(args) > 0 {
			v = args[0]
		}
		(*Exc)(self.p).setField(fieldValue, v)
		return nil
	}
	SystemExit.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		if err := baseExceptionInit(t, self, args, kwnames); err != nil {
			return err
		}
		code := None
		switch len(args) {
		case 0:
		case 1:
			code = args[0]
		default:
			code = (*Exc)(self.p).Args.AsValue()
		}
		(*Exc)(self.p).setField(fieldValue, code)
		return nil
	}
	ImportError.Init = importErrorInit
	ImportError.Str = func(t *Thread, v Value) (Value, error) {
		if m := (*Exc)(v.p).field(fieldImportMsg); !m.IsNull() && m.Type() == StrType {
			return m, nil
		}
		return baseExceptionStr(t, v)
	}
	NameError.Init = namedErrorInit("name")
	AttributeError.Init = namedErrorInit("name", "obj")
	KeyError.Str = func(t *Thread, v Value) (Value, error) {
		if args := (*Exc)(v.p).argsTuple(); len(args.Items) == 1 {
			r, err := Repr(t, args.Items[0])
			if err != nil {
				return Null, err
			}
			return r.AsValue(), nil
		}
		return baseExceptionStr(t, v)
	}
	initOSError()
	initSyntaxError()
	initUnicodeErrors()
	initExceptionGroups()
	// As in CPython, each built-in exception class has its own __new__
	// and __init__ (ValueError.__init__ applies to ValueErrors only).
	for _, typ := range builtinTypes {
		if typ.solid == BaseException && typ.Base != nil {
			if typ.New == nil {
				typ.New = typ.Base.New
			}
			if typ.Init == nil {
				typ.Init = typ.Base.Init
			}
		}
	}
}

func importErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if err := keywordsOnly(self.Type(), kwnames, "name", "path"); err != nil {
		return err
	}
	npos := Positional(args, kwnames)
	e := (*Exc)(self.p)
	e.Args = NewTuple(append([]Value(nil), args[:npos]...)...)
	msg := None
	if npos == 1 {
		msg = args[0]
	}
	e.setField(fieldImportMsg, msg)
	e.setField(fieldImportName, nullToNone(keyword(args, kwnames, "name")))
	e.setField(fieldImportPath, nullToNone(keyword(args, kwnames, "path")))
	return nil
}

// namedErrorInit returns the __init__ of NameError or AttributeError:
// keyword-only fields names (in field order).
func namedErrorInit(names ...string) InitFunc {
	return func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		if err := keywordsOnly(self.Type(), kwnames, names...); err != nil {
			return err
		}
		e := (*Exc)(self.p)
		e.Args = NewTuple(append([]Value(nil), args[:Positional(args, kwnames)]...)...)
		for i, n := range names {
			e.setField(i, nullToNone(keyword(args, kwnames, n)))
		}
		return nil
	}
}

// StopIterationValue returns the value of a StopIteration (None when it
// has none): a generator's return value.
func StopIterationValue(e *Exc) Value {
	if v := e.field(fieldValue); !v.IsNull() {
		return v
	}
	if len(e.argsTuple().Items) > 0 {
		return e.Args.Items[0]
	}
	return None
}

// NewStopIteration returns StopIteration(value).
func NewStopIteration(value Value) *Exc {
	e := NewException(StopIteration, value)
	e.setField(fieldValue, value)
	return e
}

// SystemExitCode returns the code of a SystemExit (None when it has none).
func SystemExitCode(e *Exc) Value {
	if v := e.field(fieldValue); !v.IsNull() {
		return v
	}
	switch args := e.argsTuple(); len(args.Items) {
	case 0:
		return None
	case 1:
		return args.Items[0]
	default:
		return args.AsValue()
	}
}

// NewImportError returns an ImportError (or subclass typ) with message msg
// and the module name and path (empty: None).
func NewImportError(typ *Type, msg, name, path string) *Exc {
	e := NewError(typ, msg)
	e.setField(fieldImportMsg, StrValue(msg))
	e.setField(fieldImportName, optionalStr(name))
	e.setField(fieldImportPath, optionalStr(path))
	return e
}

// NewNameError returns a NameError (or UnboundLocalError) with message msg
// whose name attribute is name.
func NewNameError(typ *Type, msg, name string) *Exc {
	e := NewError(typ, msg)
	e.setField(fieldValue, StrValue(name))
	return e
}

func optionalStr(s string) Value {
	if s == "" {
		return None
	}
	return StrValue(s)
}

// ---- OSError ----

// errnoClasses maps errno values to the OSError subclasses OSError(errno,
// ...) creates, as CPython does.
var errnoClasses = map[syscall.Errno]*Type{
	syscall.EAGAIN: BlockingIOError, syscall.EALREADY: BlockingIOError, syscall.EINPROGRESS: BlockingIOError,
	syscall.ECHILD: ChildProcessError, // EWOULDBLOCK is EAGAIN
	syscall.EPIPE:  BrokenPipeError, syscall.ESHUTDOWN: BrokenPipeError,
	syscall.ECONNABORTED: ConnectionAbortedError, syscall.ECONNREFUSED: ConnectionRefusedError,
	syscall.ECONNRESET: ConnectionResetError,
	syscall.EEXIST:     FileExistsError, syscall.ENOENT: FileNotFoundError,
	syscall.EISDIR: IsADirectoryError, syscall.ENOTDIR: NotADirectoryError,
	syscall.EINTR:  InterruptedError,
	syscall.EACCES: PermissionError, syscall.EPERM: PermissionError,
	syscall.ESRCH:     ProcessLookupError,
	syscall.ETIMEDOUT: TimeoutError,
}

// fieldCharactersWritten is BlockingIOError's characters_written field.
const fieldCharactersWritten = 4

func initOSError() {
	OSError.New = osErrorNew
	OSError.Init = osErrorInit
	OSError.Str = osErrorStr
	OSError.AddGetSets([]GetSetDef{{Name: "characters_written",
		Get: func(_ *Thread, v Value) (Value, error) {
			if w := (*Exc)(v.p).field(fieldCharactersWritten); !w.IsNull() {
				return w, nil
			}
			return Null, NewError(AttributeError, "characters_written")
		},
		Set: func(t *Thread, v, value Value) error {
			e := (*Exc)(v.p)
			if value.IsNull() {
				if e.field(fieldCharactersWritten).IsNull() {
					return NewError(AttributeError, "characters_written")
				}
				e.fields[fieldCharactersWritten] = Null
				return nil
			}
			if _, err := indexValue(t, value); err != nil {
				return err
			}
			e.setField(fieldCharactersWritten, value)
			return nil
		}}})
}

// osErrorUseInit reports whether typ's arguments are parsed by __init__
// (a subclass overriding __init__ but not __new__) rather than __new__.
func osErrorUseInit(typ *Type) bool {
	return !SameFunc(typ.Init, InitFunc(osErrorInit)) && SameFunc(typ.New, NewFunc(osErrorNew))
}

func osErrorNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	npos := Positional(args, kwnames)
	if !osErrorUseInit(typ) {
		if err := NoKeywords(typ.Name, kwnames); err != nil {
			return Null, err
		}
		if typ == OSError && npos >= 2 && args[0].IsInt() {
			if sub, ok := errnoClasses[syscall.Errno(args[0].AsInt())]; ok {
				typ = sub
			}
		}
	}
	e := allocException(typ, args[:npos])
	if !osErrorUseInit(typ) {
		e.parseOSErrorArgs(args[:npos])
	}
	return e.AsValue(), nil
}

func osErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if !osErrorUseInit(self.Type()) {
		return nil
	}
	if err := NoKeywords(self.Type().Name, kwnames); err != nil {
		return err
	}
	e := (*Exc)(self.p)
	e.Args = NewTuple(append([]Value(nil), args...)...)
	e.parseOSErrorArgs(args)
	return nil
}

// parseOSErrorArgs sets the fields from (errno, strerror[, filename[,
// winerror[, filename2]]]); with a filename, args keeps only errno and
// strerror.
func (e *Exc) parseOSErrorArgs(args []Value) {
	if len(args) < 2 || len(args) > 5 {
		return
	}
	e.setField(fieldErrno, args[0])
	e.setField(fieldStrerror, args[1])
	if len(args) >= 3 {
		if e.typ.IsSubtype(BlockingIOError) && args[2].IsInt() {
			e.setField(fieldCharactersWritten, args[2])
		} else {
			e.setField(fieldFilename, args[2])
			if len(args) == 5 {
				e.setField(fieldFilename2, args[4])
			}
			e.Args = NewTuple(args[0], args[1])
		}
	}
}

func osErrorStr(t *Thread, v Value) (Value, error) {
	e := (*Exc)(v.p)
	errno, strerror := e.field(fieldErrno), e.field(fieldStrerror)
	filename, filename2 := e.field(fieldFilename), e.field(fieldFilename2)
	parts := []Value{}
	format := ""
	switch {
	case !filename.IsNull() && !filename.IsNone() && !filename2.IsNull() && !filename2.IsNone():
		format, parts = "[Errno %s] %s: %r -> %r", []Value{errno, strerror, filename, filename2}
	case !filename.IsNull() && !filename.IsNone():
		format, parts = "[Errno %s] %s: %r", []Value{errno, strerror, filename}
	case !errno.IsNull() && !errno.IsNone() && !strerror.IsNull() && !strerror.IsNone():
		format, parts = "[Errno %s] %s", []Value{errno, strerror}
	default:
		return baseExceptionStr(t, v)
	}
	s, err := pyFormat(t, format, parts...)
	if err != nil {
		return Null, err
	}
	return StrValue(s), nil
}

// pyFormat formats with %s as str() and %r as repr() of Python values.
func pyFormat(t *Thread, format string, args ...Value) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		var s *Str
		var err error
		v := nullToNone(args[0])
		args = args[1:]
		if format[i] == 'r' {
			s, err = Repr(t, v)
		} else {
			s, err = StrOf(t, v)
		}
		if err != nil {
			return "", err
		}
		b.WriteString(s.s)
	}
	return b.String(), nil
}

// OSErrorFrom converts a Go error from a system call on filename ("" when
// not about a file) into the OSError CPython raises: the errno's subclass
// with its message, or a plain OSError with the error's text when err
// carries no errno.
func OSErrorFrom(err error, filename string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSError(errno, filename)
	}
	return Errorf(OSError, "%v", err)
}

// NewOSError returns the OSError (or the subclass errno maps to) for a
// failed system call on filename (none when empty), with the C library's
// message.
func NewOSError(errno syscall.Errno, filename string) *Exc {
	typ := OSError
	if sub, ok := errnoClasses[errno]; ok {
		typ = sub
	}
	msg := errno.Error()
	if r, size := utf8.DecodeRuneInString(msg); size > 0 {
		msg = string(unicode.ToUpper(r)) + msg[size:]
	}
	args := []Value{Int(int64(errno)), StrValue(msg)}
	if filename != "" {
		args = append(args, StrValue(filename))
	}
	e := allocException(typ, args)
	e.parseOSErrorArgs(args)
	return e
}

// ---- SyntaxError ----

func initSyntaxError() {
	SyntaxError.Init = syntaxErrorInit
	SyntaxError.Str = syntaxErrorStr
}

func syntaxErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if err := baseExceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := (*Exc)(self.p)
	if len(args) >= 1 {
		e.setField(fieldSyntaxMsg, args[0])
	}
	if len(args) == 2 {
		info, err := sequenceItems(t, args[1])
		if err != nil {
			return err
		}
		if len(info) < 4 {
			return Errorf(TypeError, "function takes at least 4 arguments (%d given)", len(info))
		}
		if len(info) > 6 {
			return Errorf(TypeError, "function takes at most 6 arguments (%d given)", len(info))
		}
		for i, v := range info {
			e.setField(fieldSyntaxFilename+i, v)
		}
	}
	return nil
}

func syntaxErrorStr(t *Thread, v Value) (Value, error) {
	e := (*Exc)(v.p)
	msg, err := StrOf(t, nullToNone(e.field(fieldSyntaxMsg)))
	if err != nil {
		return Null, err
	}
	filename := ""
	if f, ok := e.field(fieldSyntaxFilename).exactStr(); ok {
		filename = filepath.Base(f.s)
	}
	lineno := e.field(fieldSyntaxLineno)
	haveLine := lineno.IsInt()
	switch {
	case filename != "" && haveLine:
		return StrValue(fmt.Sprintf("%s (%s, line %d)", msg.s, filename, lineno.AsInt())), nil
	case filename != "":
		return StrValue(fmt.Sprintf("%s (%s)", msg.s, filename)), nil
	case haveLine:
		return StrValue(fmt.Sprintf("%s (line %d)", msg.s, lineno.AsInt())), nil
	}
	return msg.AsValue(), nil
}

// NewSyntaxError returns a SyntaxError (or subclass typ) with CPython's
// fields; lineno, offset, endLineno and endOffset are 1-based, 0 for
// none.
func NewSyntaxError(typ *Type, msg, filename string, lineno, offset int, text string, endLineno, endOffset int) *Exc {
	num := func(n int) Value {
		if n == 0 {
			return None
		}
		return Int(int64(n))
	}
	info := []Value{StrValue(filename), num(lineno), num(offset), optionalStr(text), num(endLineno), num(endOffset)}
	e := allocException(typ, []Value{StrValue(msg), NewTuple(info...).AsValue()})
	e.setField(fieldSyntaxMsg, StrValue(msg))
	for i, v := range info {
		e.setField(fieldSyntaxFilename+i, v)
	}
	return e
}

// ---- Unicode errors ----

func initUnicodeErrors() {
	UnicodeDecodeError.Init = unicodeErrorInit(5)
	UnicodeEncodeError.Init = unicodeErrorInit(5)
	UnicodeTranslateError.Init = unicodeErrorInit(4)
	UnicodeDecodeError.Str = unicodeErrorStr
	UnicodeEncodeError.Str = unicodeErrorStr
	UnicodeTranslateError.Str = unicodeErrorStr
}

// unicodeErrorInit parses (encoding, object, start, end, reason), or
// (object, start, end, reason) for UnicodeTranslateError.
func unicodeErrorInit(n int) InitFunc {
	return func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		if err := baseExceptionInit(t, self, args, kwnames); err != nil {
			return err
		}
		if len(args) != n {
			return Errorf(TypeError, "function takes exactly %d arguments (%d given)", n, len(args))
		}
		e := (*Exc)(self.p)
		first := fieldUnicodeEncoding
		if n == 4 {
			first = fieldUnicodeObject
			e.setField(fieldUnicodeEncoding, None)
		} else if _, ok := args[0].exactStr(); !ok {
			return Errorf(TypeError, "argument 1 must be str, not %s", ArgTypeName(args[0]))
		}
		for i, v := range args {
			e.setField(first+i, v)
		}
		for _, i := range []int{fieldUnicodeStart, fieldUnicodeEnd} {
			if _, err := indexValue(t, e.fields[i]); err != nil {
				return err
			}
		}
		if _, ok := e.fields[fieldUnicodeReason].exactStr(); !ok {
			return Errorf(TypeError, "argument %d must be str, not %s", n, ArgTypeName(e.fields[fieldUnicodeReason]))
		}
		return nil
	}
}

func unicodeErrorStr(t *Thread, v Value) (Value, error) {
	e := (*Exc)(v.p)
	if len(e.fields) <= fieldUnicodeReason {
		return StrValue(""), nil
	}
	start, err := indexValue(t, e.fields[fieldUnicodeStart])
	if err != nil {
		return Null, err
	}
	end, err := indexValue(t, e.fields[fieldUnicodeEnd])
	if err != nil {
		return Null, err
	}
	reason, err := StrOf(t, e.fields[fieldUnicodeReason])
	if err != nil {
		return Null, err
	}
	obj := e.fields[fieldUnicodeObject]
	var n int
	if s, ok := obj.exactStr(); ok {
		n = s.Len()
	} else if n, err = Len(t, obj); err != nil {
		return Null, err
	}
	single := start < int64(n) && end == start+1
	var enc string
	if s, ok := e.fields[fieldUnicodeEncoding].exactStr(); ok {
		enc = s.s
	}
	switch {
	case v.Type().IsSubtype(UnicodeDecodeError) && single:
		b, err := GetItem(t, obj, Int(start))
		if err != nil {
			return Null, err
		}
		return StrValue(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.AsInt(), start, reason.s)), nil
	case v.Type().IsSubtype(UnicodeDecodeError):
		return StrValue(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason.s)), nil
	}
	verb := fmt.Sprintf("'%s' codec can't encode", enc)
	if v.Type().IsSubtype(UnicodeTranslateError) {
		verb = "can't translate"
	}
	if s, ok := obj.exactStr(); ok && single {
		return StrValue(fmt.Sprintf("%s character '%s' in position %d: %s", verb, escapeCodePoint(codePointAt(s, int(start))), start, reason.s)), nil
	}
	return StrValue(fmt.Sprintf("%s characters in position %d-%d: %s", verb, start, end-1, reason.s)), nil
}

// codePointAt returns the code point at index i of s.
func codePointAt(s *Str, i int) rune {
	if s.IsASCII() {
		return rune(s.s[i])
	}
	rest := s.s
	for ; i > 0; i-- {
		_, size := pyrepr.DecodeRune(rest)
		rest = rest[size:]
	}
	r, _ := pyrepr.DecodeRune(rest)
	return r
}

// escapeCodePoint writes r as \xXX, \uXXXX or \UXXXXXXXX.
func escapeCodePoint(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

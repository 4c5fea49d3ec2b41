package object

import "testing"

// Expected strings come from CPython 3.11.

func TestIntBytes(t *testing.T) {
	th := &Thread{}
	bts := func(s string) Value { return NewBytes([]byte(s)) }
	big := func(s string) Value {
		v, err := ParseInt(s, 10)
		if err != nil {
			panic(err)
		}
		return v
	}
	fromBytes := func(args []any, kw ...any) (Value, error) {
		f, err := GetAttr(th, IntType.AsValue(), Intern("from_bytes"))
		if err != nil {
			return Null, err
		}
		return callKw(th, f, args, kw...)
	}
	toBytes := func(x Value, args []any, kw ...any) (Value, error) {
		f, err := GetAttr(th, x, Intern("to_bytes"))
		if err != nil {
			return Null, err
		}
		return callKw(th, f, args, kw...)
	}
	intOf := func(args ...Value) (Value, error) { return Call(th, IntType.AsValue(), args, nil) }
	floatOf := func(v Value) (Value, error) { return Call(th, FloatType.AsValue(), []Value{v}, nil) }
	runCases(t, th, []evalCase{
		{"to_bytes default", func() (Value, error) { return toBytes(Int(5), nil) }, `b'\x05'`},
		{"to_bytes little", func() (Value, error) { return toBytes(Int(1024), []any{4, "little"}) }, `b'\x00\x04\x00\x00'`},
		{"to_bytes signed", func() (Value, error) { return toBytes(Int(-2), []any{1, "big"}, "signed", true) }, `b'\xfe'`},
		{"to_bytes -128", func() (Value, error) { return toBytes(Int(-128), []any{1}, "signed", true) }, `b'\x80'`},
		{"to_bytes 128 signed", func() (Value, error) { return toBytes(Int(128), []any{1}, "signed", true) }, "OverflowError: int too big to convert"},
		{"to_bytes -129", func() (Value, error) { return toBytes(Int(-129), []any{1}, "signed", true) }, "OverflowError: int too big to convert"},
		{"to_bytes negative", func() (Value, error) { return toBytes(Int(-1), []any{2}) }, "OverflowError: can't convert negative int to unsigned"},
		{"to_bytes big", func() (Value, error) { return toBytes(big("-1180591620717411303424"), []any{10}, "signed", true) }, `b'\xff\xc0\x00\x00\x00\x00\x00\x00\x00\x00'`},
		{"to_bytes order", func() (Value, error) { return toBytes(Int(1), []any{1, "middle"}) }, "ValueError: byteorder must be either 'little' or 'big'"},
		{"to_bytes length", func() (Value, error) { return toBytes(Int(1), []any{-1}) }, "ValueError: length argument must be non-negative"},
		{"from_bytes", func() (Value, error) { return fromBytes([]any{bts("\xff\xff"), "big"}, "signed", true) }, "-1"},
		{"from_bytes little", func() (Value, error) { return fromBytes([]any{bts("\x00\x01")}, "byteorder", "little") }, "256"},
		{"from_bytes list", func() (Value, error) { return fromBytes([]any{[]any{1, 2}}) }, "258"},
		{"from_bytes empty", func() (Value, error) { return fromBytes([]any{bts("")}, "signed", true) }, "0"},
		{"from_bytes big", func() (Value, error) {
			return fromBytes([]any{bts("\x80\x00\x00\x00\x00\x00\x00\x00\x00")}, "signed", true)
		}, "-2361183241434822606848"},
		{"from_bytes int", func() (Value, error) { return fromBytes([]any{5}) }, "TypeError: cannot convert 'int' object to bytes"},
		{"int(bytes)", func() (Value, error) { return intOf(bts(" 12\n")) }, "12"},
		{"int(bytes, 16)", func() (Value, error) { return intOf(NewByteArray([]byte("ff")), Int(16)) }, "255"},
		{"int(bad bytes)", func() (Value, error) { return intOf(bts("\xd9\xa3")) }, `ValueError: invalid literal for int() with base 10: b'\xd9\xa3'`},
		{"int(x=3)", func() (Value, error) { return callKw(th, IntType.AsValue(), nil, "x", 3) }, "TypeError: 'x' is an invalid keyword argument for int()"},
		{"float(bytes)", func() (Value, error) { return floatOf(bts(" 1.5 ")) }, "1.5"},
		{"float(bad bytes)", func() (Value, error) { return floatOf(bts("1\x00")) }, `ValueError: could not convert string to float: b'1\x00'`},
	})
}

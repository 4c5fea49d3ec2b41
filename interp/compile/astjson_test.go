package compile

// astjson_test.go decodes the ASTs that testdata/gen.py dumps with CPython's
// ast module, so the compiler can be tested before the Go parser exists.

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

type testCase struct {
	Name      string          `json:"name"`
	Source    string          `json:"source"`
	AST       json.RawMessage `json:"ast"`
	Symtable  []string        `json:"symtable"`
	Positions []string        `json:"positions"`
	Error     *struct {
		Msg       string `json:"msg"`
		Lineno    int    `json:"lineno"`
		Offset    int    `json:"offset"`
		EndLineno int    `json:"end_lineno"`
		EndOffset int    `json:"end_offset"`
	} `json:"error"`
}

func loadCases(t testing.TB) []testCase {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// nodeTypes maps CPython AST class names to Go node types.
var nodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.TypeAlias{}, &syntax.AugAssign{}, &syntax.AnnAssign{},
		&syntax.For{}, &syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{}, &syntax.AsyncWith{},
		&syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{}, &syntax.Assert{}, &syntax.Import{},
		&syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{}, &syntax.Pass{},
		&syntax.Break{}, &syntax.Continue{}, &syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{},
		&syntax.UnaryOp{}, &syntax.Lambda{}, &syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{},
		&syntax.SetComp{}, &syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{}, &syntax.Yield{},
		&syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{}, &syntax.FormattedValue{}, &syntax.JoinedStr{},
		&syntax.Constant{}, &syntax.Attribute{}, &syntax.Subscript{}, &syntax.Starred{}, &syntax.Name{},
		&syntax.List{}, &syntax.Tuple{}, &syntax.Slice{}, &syntax.MatchValue{}, &syntax.MatchSingleton{},
		&syntax.MatchSequence{}, &syntax.MatchMapping{}, &syntax.MatchClass{}, &syntax.MatchStar{},
		&syntax.MatchAs{}, &syntax.MatchOr{}, &syntax.TypeVar{}, &syntax.ParamSpec{}, &syntax.TypeVarTuple{},
	} {
		t := reflect.TypeOf(n).Elem()
		nodeTypes[t.Name()] = t
	}
	nodeTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	nodeTypes["comprehension"] = reflect.TypeOf(syntax.Comprehension{})
	nodeTypes["ExceptHandler"] = reflect.TypeOf(syntax.ExceptHandler{})
	nodeTypes["arguments"] = reflect.TypeOf(syntax.Arguments{})
	nodeTypes["arg"] = reflect.TypeOf(syntax.Arg{})
	nodeTypes["keyword"] = reflect.TypeOf(syntax.Keyword{})
	nodeTypes["alias"] = reflect.TypeOf(syntax.Alias{})
	nodeTypes["withitem"] = reflect.TypeOf(syntax.WithItem{})
	nodeTypes["match_case"] = reflect.TypeOf(syntax.MatchCase{})
	nodeTypes["TypeIgnore"] = reflect.TypeOf(syntax.TypeIgnore{})
}

var enumValues = map[string]uint8{}

func init() {
	for i, s := range []string{"", "Load", "Store", "Del"} {
		enumValues[s] = uint8(i)
	}
	for i, s := range []string{"", "And", "Or"} {
		enumValues[s] = uint8(i)
	}
	for i, s := range []string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"} {
		enumValues[s] = uint8(i)
	}
	for i, s := range []string{"", "Invert", "Not", "UAdd", "USub"} {
		enumValues[s] = uint8(i)
	}
	for i, s := range []string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"} {
		enumValues[s] = uint8(i)
	}
}

func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

func decodeConst(m map[string]any) syntax.Const {
	parseHex := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			panic(err)
		}
		return f
	}
	switch m["k"] {
	case "None":
		return syntax.NoneConst{}
	case "Ellipsis":
		return syntax.EllipsisConst{}
	case "bool":
		return m["v"].(bool)
	case "int":
		b, _ := new(big.Int).SetString(m["v"].(string), 10)
		if b.IsInt64() {
			return b.Int64()
		}
		return b
	case "float":
		return parseHex(m["v"].(string))
	case "complex":
		return complex(parseHex(m["re"].(string)), parseHex(m["im"].(string)))
	case "str":
		return m["v"].(string)
	case "bytes":
		var b []byte
		for _, x := range m["v"].([]any) {
			b = append(b, byte(x.(float64)))
		}
		return syntax.Bytes(b)
	}
	panic(fmt.Sprintf("bad constant %v", m))
}

func decodeNode(v any) syntax.Node {
	m := v.(map[string]any)
	t, ok := nodeTypes[m["_t"].(string)]
	if !ok {
		panic("unknown node " + m["_t"].(string))
	}
	p := reflect.New(t)
	s := p.Elem()
	for k, val := range m {
		if k == "_t" || val == nil {
			continue
		}
		f := s.FieldByName(camel(k))
		if !f.IsValid() {
			if k == "type_comment" || k == "kind" {
				continue
			}
			panic(fmt.Sprintf("%s has no field %s", t.Name(), k))
		}
		if k == "value" && (t.Name() == "Constant" || t.Name() == "MatchSingleton") {
			f.Set(reflect.ValueOf(decodeConst(val.(map[string]any))))
			continue
		}
		setField(f, val)
	}
	return p.Interface().(syntax.Node)
}

func setField(f reflect.Value, val any) {
	switch f.Kind() {
	case reflect.Int:
		f.SetInt(int64(val.(float64)))
	case reflect.String:
		f.SetString(val.(string))
	case reflect.Uint8:
		f.SetUint(uint64(enumValues[val.(string)]))
	case reflect.Slice:
		items := val.([]any)
		sl := reflect.MakeSlice(f.Type(), len(items), len(items))
		for i, it := range items {
			if it == nil {
				continue
			}
			setField(sl.Index(i), it)
		}
		f.Set(sl)
	case reflect.Interface, reflect.Pointer:
		f.Set(reflect.ValueOf(decodeNode(val)))
	default:
		panic(fmt.Sprintf("unexpected field kind %v", f.Kind()))
	}
}

func (tc *testCase) module(t testing.TB) *syntax.Module {
	var v any
	if err := json.Unmarshal(tc.AST, &v); err != nil {
		t.Fatal(err)
	}
	return decodeNode(v).(*syntax.Module)
}

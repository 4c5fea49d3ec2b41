//go:build ignore

// astgen reads ../syntax/python.asdl and writes ast_gen.go: the class table
// of the ast module (names, bases, _fields, _attributes) and the two
// conversions between syntax nodes and Python node objects, one method per
// ASDL type. Run it with `go generate ./interp/stdlib`.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"regexp"
	"strings"
	"unicode"
)

// field is one ASDL field: type, quantifier ("", "?" or "*") and name.
type field struct{ typ, quant, name string }

// constructor is one alternative of a sum type, or the shape of a product
// type (then its name is the type's).
type constructor struct {
	name   string
	fields []field
}

// definition is one ASDL type definition.
type definition struct {
	name         string
	product      bool
	constructors []constructor
	attributes   []field
}

func (d *definition) enum() bool {
	if d.product {
		return false
	}
	for _, c := range d.constructors {
		if len(c.fields) > 0 {
			return false
		}
	}
	return true
}

// single: a sum type with one constructor, which stands for the type in Go
// (excepthandler, type_ignore) while Python still has the abstract class.
func (d *definition) single() bool { return !d.product && len(d.constructors) == 1 }

var (
	defRE   = regexp.MustCompile(`(?s)(\w+)\s*=\s*(.*?)(?:\n\s*\n|\z)`)
	consRE  = regexp.MustCompile(`^(\w+)\s*(?:\((.*)\))?$`)
	fieldRE = regexp.MustCompile(`^(\w+)([?*]?)\s+(\w+)$`)
)

func parseFields(s string) []field {
	var fs []field
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		m := fieldRE.FindStringSubmatch(part)
		if m == nil {
			log.Fatalf("bad field %q", part)
		}
		fs = append(fs, field{m[1], m[2], m[3]})
	}
	return fs
}

func parseASDL(src string) []*definition {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.Index(l, "--"); i >= 0 {
			l = l[:i]
		}
		lines = append(lines, l)
	}
	src = strings.Join(lines, "\n")
	body := src[strings.Index(src, "{")+1 : strings.LastIndex(src, "}")]
	var defs []*definition
	for _, m := range defRE.FindAllStringSubmatch(strings.TrimSpace(body)+"\n\n", -1) {
		d := &definition{name: m[1]}
		text := strings.Join(strings.Fields(m[2]), " ")
		if i := strings.Index(text, "attributes"); i >= 0 {
			attrs := strings.TrimSpace(text[i+len("attributes"):])
			d.attributes = parseFields(attrs[1 : len(attrs)-1])
			text = strings.TrimSpace(text[:i])
		}
		if strings.HasPrefix(text, "(") {
			d.product = true
			d.constructors = []constructor{{d.name, parseFields(text[1 : len(text)-1])}}
		} else {
			for _, alt := range strings.Split(text, "|") {
				cm := consRE.FindStringSubmatch(strings.TrimSpace(alt))
				if cm == nil {
					log.Fatalf("bad constructor %q", alt)
				}
				d.constructors = append(d.constructors, constructor{cm[1], parseFields(cm[2])})
			}
		}
		defs = append(defs, d)
	}
	return defs
}

func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '_' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// goNames are the syntax package's names that are not plain camel case
// (see gen_ast.go there).
var goNames = map[string]string{
	"Expr": "ExprStmt", "withitem": "WithItem", "match_case": "MatchCase", "type_param": "TypeParam",
	"mod": "ModNode", "boolop": "BoolOpKind", "unaryop": "UnaryOpKind", "cmpop": "CmpOp", "operator": "Operator",
}

func goName(s string) string {
	if n, ok := goNames[s]; ok {
		return n
	}
	return camel(s)
}

type generator struct {
	defs  map[string]*definition
	order []*definition
	names map[string]bool // interned field and attribute names
	out   bytes.Buffer
}

func (g *generator) printf(format string, args ...any) { fmt.Fprintf(&g.out, format, args...) }

// class is the Go constant naming a Python class of the ast module.
func class(name string) string { return "cls" + camel(name) }

// optionalAttr: CPython declares the end positions optional (int?).
func optionalAttr(f field) bool { return strings.HasPrefix(f.name, "end_") }

func (g *generator) genClasses() {
	g.printf("// The classes of the ast module, in class table order: AST, then each\n")
	g.printf("// ASDL type followed by its constructors (enum values follow their\n")
	g.printf("// type in ASDL order: the syntax enums, which count from 1, index them).\n")
	g.printf("const (\n\tclsAST = iota\n")
	for _, d := range g.order {
		if !d.product {
			g.printf("\t%s\n", class("abstract_"+d.name))
		}
		for _, c := range d.constructors {
			g.printf("\t%s\n", class(c.name))
		}
	}
	g.printf("\tnumASTClasses\n)\n\n")
	g.printf("var astClassDefs = [numASTClasses]astClassDef{\n\tclsAST: {name: \"AST\", base: -1},\n")
	for _, d := range g.order {
		base := "clsAST"
		if !d.product {
			g.printf("\t%s: {name: %q, base: clsAST, abstract: true%s},\n", class("abstract_"+d.name), d.name, g.attrs(d))
			base = class("abstract_" + d.name)
		}
		for _, c := range d.constructors {
			var fields, optional []string
			for _, f := range c.fields {
				fields = append(fields, fmt.Sprintf("%q", f.name))
				if f.quant == "?" {
					optional = append(optional, fmt.Sprintf("%q", f.name))
				}
			}
			attrs := ""
			if d.product {
				attrs = g.attrs(d)
			}
			g.printf("\t%s: {name: %q, base: %s, fields: []string{%s}, optional: []string{%s}%s},\n",
				class(c.name), c.name, base, strings.Join(fields, ", "), strings.Join(optional, ", "), attrs)
		}
	}
	g.printf("}\n\n")
}

func (g *generator) attrs(d *definition) string {
	if len(d.attributes) == 0 {
		return ""
	}
	var names, opt []string
	for _, a := range d.attributes {
		names = append(names, fmt.Sprintf("%q", a.name))
		if optionalAttr(a) {
			opt = append(opt, fmt.Sprintf("%q", a.name))
		}
	}
	return fmt.Sprintf(", attributes: []string{%s}, optionalAttributes: []string{%s}", strings.Join(names, ", "), strings.Join(opt, ", "))
}

// goType is the syntax package's Go type of a value of ASDL type typ.
func (g *generator) goType(typ string) string {
	switch typ {
	case "identifier", "string":
		return "string"
	case "int":
		return "int"
	case "constant":
		return "syntax.Const"
	}
	d := g.defs[typ]
	switch {
	case d.enum():
		return "syntax." + goName(d.name)
	case d.single():
		return "*syntax." + goName(d.constructors[0].name)
	case d.product:
		return "*syntax." + goName(d.name)
	}
	return "syntax." + goName(d.name)
}

// method is the converter method for values of ASDL type typ.
func method(typ string) string {
	switch typ {
	case "identifier", "string":
		return "str"
	case "int":
		return "int"
	case "constant":
		return "constant"
	}
	return "t" + camel(typ)
}

func fieldVar(name string) string { return "astField" + camel(name) }

// genToPy writes the syntax → Python conversion.
func (g *generator) genToPy() {
	for _, d := range g.order {
		m, gt := method(d.name), g.goType(d.name)
		g.printf("func (c *astToPy) %s(x %s) object.Value {\n", m, gt)
		switch {
		case d.enum():
			g.printf("\treturn c.singleton(%s + int(x))\n}\n\n", class("abstract_"+d.name))
			continue
		case d.product || d.single():
			g.printf("\tif x == nil {\n\t\treturn object.None\n\t}\n")
			g.genToPyBody(d, d.constructors[0], "x")
			g.printf("}\n\n")
			continue
		}
		g.printf("\tswitch n := x.(type) {\n\tcase nil:\n\t\treturn object.None\n")
		for _, c := range d.constructors {
			g.printf("\tcase *syntax.%s:\n", goName(c.name))
			g.genToPyBody(d, c, "n")
		}
		g.printf("\t}\n\tpanic(\"BUG: ast: unknown %s node\")\n}\n\n", d.name)
	}
}

func (g *generator) genToPyBody(d *definition, c constructor, n string) {
	g.printf("\to := c.node(%s)\n", class(c.name))
	for _, f := range c.fields {
		g.names[f.name] = true
		value := fmt.Sprintf("c.%s(%s.%s)", method(f.typ), n, camel(f.name))
		switch {
		case f.quant == "*":
			value = fmt.Sprintf("astToList(c, %s.%s, c.%s)", n, camel(f.name), method(f.typ))
		case f.quant == "?" && (f.typ == "identifier" || f.typ == "string"):
			value = fmt.Sprintf("c.optStr(%s.%s)", n, camel(f.name))
		}
		g.printf("\tc.set(o, %s, %s)\n", fieldVar(f.name), value)
	}
	if len(d.attributes) > 0 {
		g.printf("\tc.pos(o, &%s.Pos)\n", n)
	}
	g.printf("\treturn o\n")
}

// genFromPy writes the Python → syntax conversion.
func (g *generator) genFromPy() {
	for _, d := range g.order {
		m, gt := method(d.name), g.goType(d.name)
		g.printf("func (c *astFromPy) %s(v object.Value) %s {\n", m, gt)
		if d.enum() {
			g.printf("\treturn %s(c.enum(v, %s, %d))\n}\n\n", gt, class("abstract_"+d.name), len(d.constructors))
			continue
		}
		g.printf("\tif v.IsNone() {\n\t\treturn nil\n\t}\n")
		abstract := class(d.name)
		if !d.product {
			abstract = class("abstract_" + d.name)
		}
		g.printf("\tswitch c.classOf(v, %s) {\n", abstract)
		for _, c := range d.constructors {
			g.printf("\tcase %s:\n", class(c.name))
			g.printf("\t\tn := &syntax.%s{}\n", goName(c.name))
			name := c.name
			for _, f := range c.fields {
				get := fmt.Sprintf("c.get(v, %s, %q, %v)", fieldVar(f.name), name, f.quant == "?")
				switch {
				case f.quant == "*":
					// None stands for an absent element only in these lists.
					nilOK := name == "Dict" && f.name == "keys" || name == "arguments" && f.name == "kw_defaults"
					g.printf("\t\tn.%s = astFromList(c, %s, c.%s, %v)\n", camel(f.name), get, method(f.typ), nilOK)
				case f.quant == "?" && f.typ != "constant":
					g.printf("\t\tif x := %s; !x.IsNone() {\n\t\t\tn.%s = c.%s(x)\n\t\t}\n", get, camel(f.name), method(f.typ))
				default:
					g.printf("\t\tn.%s = c.%s(%s)\n", camel(f.name), method(f.typ), get)
					if nd := g.defs[f.typ]; nd == nil || nd.enum() {
						continue // not a node: its converter checks the value
					}
					g.printf("\t\tif n.%s == nil {\n\t\t\tc.fail(object.Errorf(object.ValueError, \"field '%s' is required for %s\"))\n\t\t}\n", camel(f.name), f.name, name)
				}
			}
			if len(d.attributes) > 0 {
				g.printf("\t\tc.pos(v, &n.Pos, %q)\n", name)
			}
			g.printf("\t\tc.check(n)\n\t\treturn n\n")
		}
		g.printf("\t}\n\tpanic(\"BUG: ast: classOf returned a foreign class\")\n}\n\n")
	}
}

func (g *generator) generate() {
	g.printf("// Code generated by astgen.go from ../syntax/python.asdl; DO NOT EDIT.\n\n")
	g.printf("package stdlib\n\n")
	g.printf("import (\n\t\"github.com/adderpy/adder/interp/syntax\"\n\t\"github.com/adderpy/adder/object\"\n)\n\n")
	g.genClasses()
	g.genToPy()
	g.genFromPy()
	g.printf("// Interned field names.\nvar (\n")
	for _, d := range g.order {
		for _, c := range d.constructors {
			for _, f := range c.fields {
				if g.names[f.name] {
					g.printf("\t%s = object.Intern(%q)\n", fieldVar(f.name), f.name)
					delete(g.names, f.name)
				}
			}
		}
	}
	g.printf(")\n")
}

func main() {
	src, err := os.ReadFile("../syntax/python.asdl")
	if err != nil {
		log.Fatal(err)
	}
	g := &generator{defs: map[string]*definition{}, names: map[string]bool{}}
	for _, d := range parseASDL(string(src)) {
		g.defs[d.name] = d
		g.order = append(g.order, d)
	}
	g.generate()
	out, err := format.Source(g.out.Bytes())
	if err != nil {
		os.WriteFile("ast_gen.go", g.out.Bytes(), 0o644)
		log.Fatalf("gofmt: %v", err)
	}
	if err := os.WriteFile("ast_gen.go", out, 0o644); err != nil {
		log.Fatal(err)
	}
}

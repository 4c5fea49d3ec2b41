//go:build ignore

// astgen reads ../syntax/python.asdl and writes ast_gen.go: the class table
// of the ast module (names, bases, _fields, _attributes) and the two
// conversions between syntax nodes and Python node objects, one method per
// ASDL type. Run it with `go generate ./interp/stdlib`.
package main

import (
	"bytes"
	"fmt"
	"github.com/adderpy/adder/internal/asdl"
	"go/format"
	"log"
	"os"
	"strings"
)

type generator struct {
	defs  map[string]*asdl.Definition
	order []*asdl.Definition
	names map[string]bool // interned field and attribute names
	out   bytes.Buffer
}

func (g *generator) printf(format string, args ...any) { fmt.Fprintf(&g.out, format, args...) }

// class is the Go constant naming a Python class of the ast module.
func class(name string) string { return "cls" + asdl.Camel(name) }

// optionalAttr: CPython declares the end positions optional (int?).
func optionalAttr(f asdl.Field) bool { return strings.HasPrefix(f.Name, "end_") }

func (g *generator) genClasses() {
	g.printf("// The classes of the ast module, in class table order: AST, then each\n")
	g.printf("// ASDL type followed by its constructors (enum values follow their\n")
	g.printf("// type in ASDL order: the syntax enums, which count from 1, index them).\n")
	g.printf("const (\n\tclsAST = iota\n")
	for _, d := range g.order {
		if !d.Product {
			g.printf("\t%s\n", class("abstract_"+d.Name))
		}
		for _, c := range d.Constructors {
			g.printf("\t%s\n", class(c.Name))
		}
	}
	g.printf("\tnumASTClasses\n)\n\n")
	g.printf("var astClassDefs = [numASTClasses]astClassDef{\n\tclsAST: {name: \"AST\", base: -1},\n")
	for _, d := range g.order {
		base := "clsAST"
		if !d.Product {
			g.printf("\t%s: {name: %q, base: clsAST, abstract: true%s},\n", class("abstract_"+d.Name), d.Name, g.attrs(d))
			base = class("abstract_" + d.Name)
		}
		for _, c := range d.Constructors {
			var fields, optional []string
			for _, f := range c.Fields {
				fields = append(fields, fmt.Sprintf("%q", f.Name))
				if f.Quant == "?" {
					optional = append(optional, fmt.Sprintf("%q", f.Name))
				}
			}
			attrs := ""
			if d.Product {
				attrs = g.attrs(d)
			}
			g.printf("\t%s: {name: %q, base: %s, fields: []string{%s}, optional: []string{%s}%s},\n",
				class(c.Name), c.Name, base, strings.Join(fields, ", "), strings.Join(optional, ", "), attrs)
		}
	}
	g.printf("}\n\n")
}

func (g *generator) attrs(d *asdl.Definition) string {
	if len(d.Attributes) == 0 {
		return ""
	}
	var names, opt []string
	for _, a := range d.Attributes {
		names = append(names, fmt.Sprintf("%q", a.Name))
		if optionalAttr(a) {
			opt = append(opt, fmt.Sprintf("%q", a.Name))
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
	case d.Enum():
		return "syntax." + asdl.GoName(d.Name)
	case d.Single():
		return "*syntax." + asdl.GoName(d.Constructors[0].Name)
	case d.Product:
		return "*syntax." + asdl.GoName(d.Name)
	}
	return "syntax." + asdl.GoName(d.Name)
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
	return "t" + asdl.Camel(typ)
}

func fieldVar(name string) string { return "astField" + asdl.Camel(name) }

// genToPy writes the syntax → Python conversion.
func (g *generator) genToPy() {
	for _, d := range g.order {
		m, gt := method(d.Name), g.goType(d.Name)
		g.printf("func (c *astToPy) %s(x %s) object.Value {\n", m, gt)
		switch {
		case d.Enum():
			g.printf("\treturn c.singleton(%s + int(x))\n}\n\n", class("abstract_"+d.Name))
			continue
		case d.Product || d.Single():
			g.printf("\tif x == nil {\n\t\treturn object.None\n\t}\n")
			g.genToPyBody(d, d.Constructors[0], "x")
			g.printf("}\n\n")
			continue
		}
		g.printf("\tswitch n := x.(type) {\n\tcase nil:\n\t\treturn object.None\n")
		for _, c := range d.Constructors {
			g.printf("\tcase *syntax.%s:\n", asdl.GoName(c.Name))
			g.genToPyBody(d, c, "n")
		}
		g.printf("\t}\n\tpanic(\"BUG: ast: unknown %s node\")\n}\n\n", d.Name)
	}
}

func (g *generator) genToPyBody(d *asdl.Definition, c asdl.Constructor, n string) {
	g.printf("\to := c.node(%s)\n", class(c.Name))
	for _, f := range c.Fields {
		g.names[f.Name] = true
		value := fmt.Sprintf("c.%s(%s.%s)", method(f.Type), n, asdl.Camel(f.Name))
		switch {
		case f.Quant == "*":
			value = fmt.Sprintf("astToList(c, %s.%s, c.%s)", n, asdl.Camel(f.Name), method(f.Type))
		case f.Quant == "?" && (f.Type == "identifier" || f.Type == "string"):
			value = fmt.Sprintf("c.optStr(%s.%s)", n, asdl.Camel(f.Name))
		}
		g.printf("\tc.set(o, %s, %s)\n", fieldVar(f.Name), value)
	}
	if len(d.Attributes) > 0 {
		g.printf("\tc.pos(o, &%s.Pos)\n", n)
	}
	g.printf("\treturn o\n")
}

// genFromPy writes the Python → syntax conversion.
func (g *generator) genFromPy() {
	for _, d := range g.order {
		m, gt := method(d.Name), g.goType(d.Name)
		g.printf("func (c *astFromPy) %s(v object.Value) %s {\n", m, gt)
		if d.Enum() {
			g.printf("\treturn %s(c.enum(v, %s, %d))\n}\n\n", gt, class("abstract_"+d.Name), len(d.Constructors))
			continue
		}
		g.printf("\tif v.IsNone() {\n\t\treturn nil\n\t}\n")
		abstract := class(d.Name)
		if !d.Product {
			abstract = class("abstract_" + d.Name)
		}
		g.printf("\tswitch c.classOf(v, %s) {\n", abstract)
		for _, c := range d.Constructors {
			g.printf("\tcase %s:\n", class(c.Name))
			g.printf("\t\tn := &syntax.%s{}\n", asdl.GoName(c.Name))
			name := c.Name
			for _, f := range c.Fields {
				get := fmt.Sprintf("c.get(v, %s, %q, %v)", fieldVar(f.Name), name, f.Quant == "?")
				switch {
				case f.Quant == "*":
					// None stands for an absent element only in these lists.
					nilOK := name == "Dict" && f.Name == "keys" || name == "arguments" && f.Name == "kw_defaults"
					g.printf("\t\tn.%s = astFromList(c, %s, c.%s, %v)\n", asdl.Camel(f.Name), get, method(f.Type), nilOK)
				case f.Quant == "?" && f.Type != "constant":
					g.printf("\t\tif x := %s; !x.IsNone() {\n\t\t\tn.%s = c.%s(x)\n\t\t}\n", get, asdl.Camel(f.Name), method(f.Type))
				default:
					g.printf("\t\tn.%s = c.%s(%s)\n", asdl.Camel(f.Name), method(f.Type), get)
					if nd := g.defs[f.Type]; nd == nil || nd.Enum() {
						continue // not a node: its converter checks the value
					}
					g.printf("\t\tif n.%s == nil {\n\t\t\tc.fail(object.Errorf(object.ValueError, \"field '%s' is required for %s\"))\n\t\t}\n", asdl.Camel(f.Name), f.Name, name)
				}
			}
			if len(d.Attributes) > 0 {
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
		for _, c := range d.Constructors {
			for _, f := range c.Fields {
				if g.names[f.Name] {
					g.printf("\t%s = object.Intern(%q)\n", fieldVar(f.Name), f.Name)
					delete(g.names, f.Name)
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
	g := &generator{defs: map[string]*asdl.Definition{}, names: map[string]bool{}}
	defs, err := asdl.Parse(string(src))
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range defs {
		g.defs[d.Name] = d
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

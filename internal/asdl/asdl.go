// Package asdl reads the ASDL description of Python's abstract syntax
// (interp/syntax/python.asdl) for the code generators that derive the AST
// types (interp/syntax/gen_ast.go) and the ast module's classes
// (interp/stdlib/astgen.go) from it, and names its types the way the syntax
// package spells them in Go.
package asdl

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Field is one ASDL field: its type name, its quantifier ("", "?" or "*"),
// and its name.
type Field struct {
	Type, Quant, Name string
}

// Constructor is one alternative of a sum type, or the single shape of a
// product type (then its name is the type's).
type Constructor struct {
	Name   string
	Fields []Field
}

// Definition is one ASDL type definition.
type Definition struct {
	Name         string
	Product      bool
	Constructors []Constructor
	Attributes   []Field
}

// Enum reports whether every constructor of a sum type lacks fields.
func (d *Definition) Enum() bool {
	if d.Product {
		return false
	}
	for _, c := range d.Constructors {
		if len(c.Fields) > 0 {
			return false
		}
	}
	return true
}

// Single reports whether a sum type has one constructor, which stands for
// the type itself in Go (excepthandler, type_ignore).
func (d *Definition) Single() bool { return !d.Product && len(d.Constructors) == 1 }

var (
	defRE   = regexp.MustCompile(`(?s)(\w+)\s*=\s*(.*?)(?:\n\s*\n|\z)`)
	consRE  = regexp.MustCompile(`^(\w+)\s*(?:\((.*)\))?$`)
	fieldRE = regexp.MustCompile(`^(\w+)([?*]?)\s+(\w+)$`)
)

func parseFields(s string) ([]Field, error) {
	var fs []Field
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		m := fieldRE.FindStringSubmatch(part)
		if m == nil {
			return nil, fmt.Errorf("bad field %q", part)
		}
		fs = append(fs, Field{m[1], m[2], m[3]})
	}
	return fs, nil
}

// Parse reads an ASDL module and returns its definitions in order.
func Parse(src string) ([]*Definition, error) {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.Index(l, "--"); i >= 0 {
			l = l[:i]
		}
		lines = append(lines, l)
	}
	src = strings.Join(lines, "\n")
	open, close := strings.Index(src, "{"), strings.LastIndex(src, "}")
	if open < 0 || close < open {
		return nil, fmt.Errorf("no module body")
	}
	var defs []*Definition
	for _, m := range defRE.FindAllStringSubmatch(strings.TrimSpace(src[open+1:close])+"\n\n", -1) {
		d := &Definition{Name: m[1]}
		text := strings.Join(strings.Fields(m[2]), " ")
		var err error
		if i := strings.Index(text, "attributes"); i >= 0 {
			attrs := strings.TrimSpace(text[i+len("attributes"):])
			if d.Attributes, err = parseFields(attrs[1 : len(attrs)-1]); err != nil {
				return nil, err
			}
			text = strings.TrimSpace(text[:i])
		}
		if strings.HasPrefix(text, "(") {
			d.Product = true
			fs, err := parseFields(text[1 : len(text)-1])
			if err != nil {
				return nil, err
			}
			d.Constructors = []Constructor{{d.Name, fs}}
		} else {
			for _, alt := range strings.Split(text, "|") {
				cm := consRE.FindStringSubmatch(strings.TrimSpace(alt))
				if cm == nil {
					return nil, fmt.Errorf("bad constructor %q", alt)
				}
				fs, err := parseFields(cm[2])
				if err != nil {
					return nil, err
				}
				d.Constructors = append(d.Constructors, Constructor{cm[1], fs})
			}
		}
		defs = append(defs, d)
	}
	return defs, nil
}

// Camel turns an ASDL name (snake_case) into an exported Go name.
func Camel(s string) string {
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

// goNames maps ASDL type and constructor names to the syntax package's Go
// type names where the plain camel-case name would collide or read badly.
var goNames = map[string]string{
	"Expr":       "ExprStmt", // the statement constructor; Expr is the expression interface
	"withitem":   "WithItem",
	"match_case": "MatchCase",
	"type_param": "TypeParam",
	"mod":        "ModNode", // the operator Mod keeps the plain name
	"boolop":     "BoolOpKind",
	"unaryop":    "UnaryOpKind",
	"cmpop":      "CmpOp",
	"operator":   "Operator",
}

// GoName is the syntax package's Go name of an ASDL type or constructor.
func GoName(s string) string {
	if n, ok := goNames[s]; ok {
		return n
	}
	return Camel(s)
}

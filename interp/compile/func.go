// func.go generates code for definitions: functions, lambdas, classes,
// closures, and PEP 695 type parameters and type aliases.

package compile

import (
	"github.com/adderpy/adder/interp/syntax"
)

// makeClosure pushes a new function for code, whose optional items (per
// flags) are already on the stack.
func (c *compiler) makeClosure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.cellIndex(name))
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= MakeClosure
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

// defaults pushes the defaults tuple and keyword-only defaults dict of
// args and returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaults(args *syntax.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		if vals, ok := c.constValues(args.Defaults); ok {
			c.loadConst(ConstTuple(vals))
		} else {
			c.starUnpack(args.Defaults, 0, BUILD_TUPLE)
		}
		flags |= MakeDefaults
	}
	n := 0
	for i, d := range args.KwDefaults {
		if d == nil {
			continue
		}
		c.loadConst(c.mangle(args.Kwonlyargs[i].Arg))
		c.expr(d)
		n++
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= MakeKwDefaults
	}
	return flags
}

// annotations pushes the annotations tuple of a def (name, value pairs) and
// returns MakeAnnotations, or pushes nothing and returns 0.
func (c *compiler) annotations(args *syntax.Arguments, returns syntax.Expr) int {
	n := 0
	add := func(name string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(c.mangle(name))
		c.annotationValue(ann)
		n++
	}
	for _, a := range args.Args {
		add(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		add(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		add(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		add(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		add(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	add("return", returns)
	if n == 0 {
		return 0
	}
	c.emit(BUILD_TUPLE, 2*n)
	return MakeAnnotations
}

func (c *compiler) functionDef(n syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, typeParams []syntax.TypeParam, async bool) {
	pos := *syntax.PosOf(n)
	for _, d := range decorators {
		c.expr(d)
		c.emit(PUSH_NULL, 0)
	}
	firstLine := pos.Lineno
	if len(decorators) > 0 {
		firstLine = syntax.PosOf(decorators[0]).Lineno
	}
	c.u.loc = pos
	if len(typeParams) == 0 {
		flags := c.defaults(args)
		flags |= c.annotations(args, returns)
		code := c.functionBody(n, name, args, body, firstLine)
		c.u.loc = pos
		c.makeClosure(code, flags)
	} else {
		tp := c.st.scopeOf(n, subTypeParams)
		hasDefaults := len(args.Defaults) > 0
		hasKw := hasKwDefaults(args)
		c.enterScope(tp, "<generic parameters of "+name+">", firstLine)
		c.u.loc = pos
		c.typeParams(typeParams)
		flags := 0
		if hasDefaults {
			c.emit(LOAD_FAST, c.varIndex(".defaults"))
			flags |= MakeDefaults
			c.u.code.ArgCount++
		}
		if hasKw {
			c.emit(LOAD_FAST, c.varIndex(".kwdefaults"))
			flags |= MakeKwDefaults
			c.u.code.ArgCount++
		}
		flags |= c.annotations(args, returns)
		code := c.functionBody(n, name, args, body, firstLine)
		c.u.loc = pos
		c.makeClosure(code, flags)
		c.emit(SWAP, 2)
		c.emit(CALL_INTRINSIC_2, int(IntrinsicSetFunctionTypeParams))
		c.emit(RETURN_VALUE, 0)
		tpCode := c.exitScope()
		c.u.loc = pos
		c.makeClosure(tpCode, 0)
		c.emit(PUSH_NULL, 0)
		nargs := 0
		if hasDefaults {
			c.starUnpack(args.Defaults, 0, BUILD_TUPLE)
			nargs++
		}
		if hasKw {
			c.defaultsKwOnly(args)
			nargs++
		}
		c.emit(CALL, nargs)
	}
	c.applyDecorators(decorators)
	c.u.loc = pos
	c.nameOp(name, syntax.Store)
}

// applyDecorators calls the decorators pushed before the definition, the
// innermost (last) first, each call positioned at its decorator.
func (c *compiler) applyDecorators(decorators []syntax.Expr) {
	for i := len(decorators) - 1; i >= 0; i-- {
		c.u.loc = *syntax.PosOf(decorators[i])
		c.emit(CALL, 1)
	}
}

// defaultsKwOnly pushes the keyword-only defaults dict.
func (c *compiler) defaultsKwOnly(args *syntax.Arguments) {
	n := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.loadConst(c.mangle(args.Kwonlyargs[i].Arg))
			c.expr(d)
			n++
		}
	}
	c.emit(BUILD_MAP, n)
}

// functionBody compiles the code object of a def.
func (c *compiler) functionBody(n syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, firstLine int) *Code {
	scope := c.st.scopeOf(n, subBody)
	c.enterScope(scope, name, firstLine)
	if len(body) > 0 && isDocstring(body[0]) && c.opts.Optimize < 2 {
		c.constIndex(body[0].(*syntax.ExprStmt).Value.(*syntax.Constant).Value)
		body = body[1:]
	} else {
		c.constIndex(syntax.NoneConst{})
	}
	c.setArgCounts(args)
	c.stmts(body)
	c.u.loc = syntax.Pos{}
	c.loadConst(syntax.NoneConst{})
	c.emit(RETURN_VALUE, 0)
	return c.exitScope()
}

func (c *compiler) setArgCounts(args *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{args.Posonlyargs, args.Args, {args.Vararg}, args.Kwonlyargs, {args.Kwarg}} {
		for _, a := range list {
			if a != nil && a.Arg == "__debug__" {
				c.error("cannot assign to __debug__")
			}
		}
	}
	c.u.code.ArgCount = len(args.Posonlyargs) + len(args.Args)
	c.u.code.PosOnlyArgCount = len(args.Posonlyargs)
	c.u.code.KwOnlyArgCount = len(args.Kwonlyargs)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Args)
	scope := c.st.scopeOf(e, subBody)
	c.enterScope(scope, "<lambda>", e.Lineno)
	c.constIndex(syntax.NoneConst{})
	c.setArgCounts(e.Args)
	c.expr(e.Body)
	if !scope.Generator {
		c.emit(RETURN_VALUE, 0)
	} else {
		c.emit(POP_TOP, 0)
		c.loadConst(syntax.NoneConst{})
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitScope()
	c.u.loc = e.Pos
	c.makeClosure(code, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
		c.emit(PUSH_NULL, 0)
	}
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = syntax.PosOf(s.DecoratorList[0]).Lineno
	}
	c.u.loc = s.Pos
	if len(s.TypeParams) == 0 {
		code := c.classBody(s, firstLine)
		c.u.loc = s.Pos
		c.emit(LOAD_BUILD_CLASS, 0)
		c.emit(PUSH_NULL, 0)
		c.makeClosure(code, 0)
		c.loadConst(s.Name)
		c.callHelper(s.Pos, 2, s.Bases, s.Keywords, false)
	} else {
		tp := c.st.scopeOf(s, subTypeParams)
		c.enterScope(tp, "<generic parameters of "+s.Name+">", firstLine)
		c.u.loc = s.Pos
		c.u.private = s.Name
		c.typeParams(s.TypeParams)
		c.nameOp(".type_params", syntax.Store)
		code := c.classBody(s, firstLine)
		c.u.loc = s.Pos
		c.emit(LOAD_BUILD_CLASS, 0)
		c.emit(PUSH_NULL, 0)
		c.makeClosure(code, 0)
		c.loadConst(s.Name)
		c.nameOp(".type_params", syntax.Load)
		c.emit(CALL_INTRINSIC_1, int(IntrinsicSubscriptGeneric))
		c.nameOp(".generic_base", syntax.Store)
		base := &syntax.Name{Pos: s.Pos, Id: ".generic_base", Ctx: syntax.Load}
		bases := append(append([]syntax.Expr(nil), s.Bases...), base)
		c.callHelper(s.Pos, 2, bases, s.Keywords, false)
		c.emit(RETURN_VALUE, 0)
		tpCode := c.exitScope()
		c.u.loc = s.Pos
		c.makeClosure(tpCode, 0)
		c.emit(PUSH_NULL, 0)
		c.emit(CALL, 0)
	}
	c.applyDecorators(s.DecoratorList)
	c.u.loc = s.Pos
	c.nameOp(s.Name, syntax.Store)
}

// classBody compiles the code object of a class body.
func (c *compiler) classBody(s *syntax.ClassDef, firstLine int) *Code {
	scope := c.st.scopeOf(s, subBody)
	c.enterScope(scope, s.Name, firstLine)
	c.u.private = s.Name
	c.u.loc = s.Pos
	c.emit(LOAD_NAME, c.nameIndex("__name__"))
	c.emit(STORE_NAME, c.nameIndex("__module__"))
	c.loadConst(c.u.code.QualName)
	c.emit(STORE_NAME, c.nameIndex("__qualname__"))
	if scope.NeedsClassDict {
		c.emit(LOAD_LOCALS, 0)
		c.emit(STORE_DEREF, c.cellIndex("__classdict__"))
	}
	if len(s.TypeParams) > 0 {
		c.nameOp(".type_params", syntax.Load)
		c.emit(STORE_NAME, c.nameIndex("__type_params__"))
	}
	if findAnnotations(s.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.body(s.Body, false)
	c.u.loc = syntax.Pos{}
	if scope.NeedsClassClosure {
		c.emit(LOAD_CLOSURE, c.cellIndex("__class__"))
		c.emit(COPY, 1)
		c.emit(STORE_NAME, c.nameIndex("__classcell__"))
	} else {
		c.loadConst(syntax.NoneConst{})
	}
	c.emit(RETURN_VALUE, 0)
	return c.exitScope()
}

// typeParams pushes a tuple of the new type parameters, storing each in
// its name.
func (c *compiler) typeParams(tps []syntax.TypeParam) {
	for _, tp := range tps {
		c.u.loc = *syntax.PosOf(tp)
		switch tp := tp.(type) {
		case *syntax.TypeVar:
			c.loadConst(tp.Name)
			if tp.Bound != nil {
				code := c.annotationFunction(tp, tp.Name, tp.Bound)
				c.u.loc = tp.Pos
				c.makeClosure(code, 0)
				if _, ok := tp.Bound.(*syntax.Tuple); ok {
					c.emit(CALL_INTRINSIC_2, int(IntrinsicTypeVarWithConstraints))
				} else {
					c.emit(CALL_INTRINSIC_2, int(IntrinsicTypeVarWithBound))
				}
			} else {
				c.emit(CALL_INTRINSIC_1, int(IntrinsicTypeVar))
			}
			c.emit(COPY, 1)
			c.nameOp(tp.Name, syntax.Store)
		case *syntax.ParamSpec:
			c.loadConst(tp.Name)
			c.emit(CALL_INTRINSIC_1, int(IntrinsicParamSpec))
			c.emit(COPY, 1)
			c.nameOp(tp.Name, syntax.Store)
		case *syntax.TypeVarTuple:
			c.loadConst(tp.Name)
			c.emit(CALL_INTRINSIC_1, int(IntrinsicTypeVarTuple))
			c.emit(COPY, 1)
			c.nameOp(tp.Name, syntax.Store)
		}
	}
	c.emit(BUILD_TUPLE, len(tps))
}

// annotationFunction compiles a lazily evaluated annotation scope that
// returns the value of e.
func (c *compiler) annotationFunction(n syntax.Node, name string, e syntax.Expr) *Code {
	c.enterScope(c.st.scopeOf(n, subBody), name, syntax.PosOf(e).Lineno)
	c.constIndex(syntax.NoneConst{})
	c.expr(e)
	c.emit(RETURN_VALUE, 0)
	return c.exitScope()
}

func (c *compiler) typeAlias(s *syntax.TypeAlias) {
	name := s.Name.(*syntax.Name).Id
	generic := len(s.TypeParams) > 0
	if generic {
		c.enterScope(c.st.scopeOf(s, subTypeParams), "<generic parameters of "+name+">", s.Lineno)
		c.u.loc = s.Pos
		c.loadConst(name)
		c.typeParams(s.TypeParams)
	} else {
		c.loadConst(name)
		c.loadConst(syntax.NoneConst{})
	}
	code := c.annotationFunction(s, name, s.Value)
	c.u.loc = s.Pos
	c.makeClosure(code, 0)
	c.emit(BUILD_TUPLE, 3)
	c.emit(CALL_INTRINSIC_1, int(IntrinsicTypeAlias))
	if generic {
		c.emit(RETURN_VALUE, 0)
		tpCode := c.exitScope()
		c.u.loc = s.Pos
		c.makeClosure(tpCode, 0)
		c.emit(PUSH_NULL, 0)
		c.emit(CALL, 0)
	}
	c.nameOp(name, syntax.Store)
}

package syntax

import "testing"

func TestDumpShape(t *testing.T) {
	// ast.parse("x = f(1)") built by hand; the expected texts come from
	// CPython 3.11's ast.dump with and without indent=3, include_attributes.
	call := &Call{Pos: Pos{1, 4, 1, 8}, Func: &Name{Pos: Pos{1, 4, 1, 5}, Id: "f", Ctx: Load},
		Args: []Expr{&Constant{Pos: Pos{1, 6, 1, 7}, Value: int64(1)}}}
	mod := &Module{Body: []Stmt{&Assign{Pos: Pos{1, 0, 1, 8},
		Targets: []Expr{&Name{Pos: Pos{1, 0, 1, 1}, Id: "x", Ctx: Store}}, Value: call}}}
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1)], keywords=[]))], type_ignores=[])"
	if got := Dump(mod, DumpOptions{}); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
	indent := "   "
	wantIndented := `Module(
   body=[
      Assign(
         targets=[
            Name(
               id='x',
               ctx=Store(),
               lineno=1,
               col_offset=0,
               end_lineno=1,
               end_col_offset=1)],
         value=Call(
            func=Name(
               id='f',
               ctx=Load(),
               lineno=1,
               col_offset=4,
               end_lineno=1,
               end_col_offset=5),
            args=[
               Constant(
                  value=1,
                  lineno=1,
                  col_offset=6,
                  end_lineno=1,
                  end_col_offset=7)],
            keywords=[],
            lineno=1,
            col_offset=4,
            end_lineno=1,
            end_col_offset=8),
         lineno=1,
         col_offset=0,
         end_lineno=1,
         end_col_offset=8)],
   type_ignores=[])`
	if got := Dump(mod, DumpOptions{Indent: &indent, IncludeAttributes: true}); got != wantIndented {
		t.Errorf("Dump indented:\n got %s\nwant %s", got, wantIndented)
	}
}

def f() y

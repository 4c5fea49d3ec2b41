a or b or c and d and not e
x if y else z
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda *, k: k
lambda a, /, b: a
(x := 10)
a < b <= c > d >= e == f != g in h not in i is j is not k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n
+a, -b, ~c, not d
a ** b ** c
-2 ** 2
await_ = 1
f(a, *b, c=d, **e)
f(x for x in y)
f(*a, *b, **c, **d)
g(a)(b)[c][d:e][::f][g:h:i][j, k:l][*m]
a.b.c
[1, 2, *rest]
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
{1, 2, *s}
{}
{1: 2, **d, 3: 4}
()
(1,)
1, 2
[]
...
None, True, False
0, 1, 0x1f, 0o17, 0b101, 1_000, 10**100, 12345678901234567890
1.5, 1e10, 1e16, 1.5e-7, 0.0001, 1e-05, .5, 5., 1_0.5
1j, 1.5j, 0j, 1e3j
"str", 'str', """triple""", r"raw\n", b"bytes", rb"\x00", u"unicode"
"implicit" "concatenation" 'here'
b"a" b"b"
f"simple"
f"{x}"
f"{x!r} {y!s:>10} {z!a}"
f"{x=}" f"{y = }" f"{z=!s}" f"{w=:>5}"
f"{x:{width}.{prec}}"
f"a{b}c" "d" f"e"
f"{'nested'}" f'{"q"}'
f"{{escaped}}"
rf"\d{x}"
x[a:b, c]
x[()]
x[1:2,]
x = *a, *b
print(*args, sep="")

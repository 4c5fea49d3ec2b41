# One code object run with two globals dicts (a module's code executed
# twice): a trace recorded in one must not run with the other's frames,
# whose global loads it has folded.
src = '''
def counter(n):
    s = 0
    for i in range(n):
        s += scale * i
    return s
'''
code = compile(src, "<counter>", "exec")
g1 = {"scale": 2}
g2 = {"scale": 5}
exec(code, g1)
exec(code, g2)
print(g1["counter"].__code__ is g2["counter"].__code__)
print(g1["counter"](500), g2["counter"](500), g1["counter"](500), g2["counter"](500))

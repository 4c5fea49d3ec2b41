# One module code object run with its globals as locals and with separate
# locals: a trace of its loop (LOAD_NAME/STORE_NAME on the globals) must
# not run with the separate locals.
src = '''
total = 0
for i in range(300):
    total += i * k
'''
code = compile(src, "<mod>", "exec")
g = {"k": 2}
exec(code, g)
l = {}
g2 = {"k": 3}
exec(code, g, l)
print(g["total"], l.get("total"))
exec(code, g)
print(g["total"])

# Multi-line strings, line continuation inside strings, dedent and indentation.
import textwrap
s = """\
first line
    indented line
last line"""
print(s)
print(repr('''a\
b'''))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code).strip())
print(textwrap.indent('a\nb', '> '))
print(textwrap.fill('the quick brown fox jumps over the lazy dog ' * 2, width=30))
print(textwrap.shorten('Hello   world, this is long', width=15))
x = ('implicit '
     'continuation '
     'inside parens')
print(x)
print("""She said "hi" and left""", '''It's fine''')

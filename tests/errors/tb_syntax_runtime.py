# SyntaxErrors raised at run time: from compile(), with leading indentation,
# with an explicit span, and without text.
def show(src):
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        return e

errors = [
    show('x = (1 +\n'),
    show('    y = 1 +* 2\n'),
    show('f(**a, *b)\n'),
    SyntaxError('custom', ('file.py', 3, 5, '  abc def ghi\n', 3, 9)),
    SyntaxError('no text'),
    SyntaxError('only file', ('f.py', None, None, None)),
]
raise ExceptionGroup('syntax', [e for e in errors if e is not None])

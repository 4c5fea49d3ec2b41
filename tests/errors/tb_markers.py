# Position markers under failing expressions (binary operators, subscripts,
# parentheses, two-character operators, wide characters, whole lines),
# shown together as the members of an exception group.
def binop():
    a = 1
    b = None
    return (a) // b

def two_char():
    return 2 ** 'x'

def nested_subscript():
    grid = [[1, 2], [3]]
    return grid[1][ 5 ]

def call_in_expr():
    d = {}
    return len(d) + d['missing']

def wide():
    x = {'日本': 1}
    return x['日本'] + (None)

def whole_line():
    1/0

def trailing_spaces():
    return 1 - None   

def comparison():
    return 1 < 'a'

def attribute():
    return (None).real.imag.foo

errors = []
for f in [binop, two_char, nested_subscript, call_in_expr, wide, whole_line,
          trailing_spaces, comparison, attribute]:
    try:
        f()
    except Exception as e:
        errors.append(e)
raise ExceptionGroup('markers', errors)

# Uncaught error raised in a match guard.
def classify(v):
    match v:
        case [x, y] if x / y > 1:
            return 'ratio above one'
        case _:
            return 'other'
print(classify([4, 2]))
print(classify([4, 0]))

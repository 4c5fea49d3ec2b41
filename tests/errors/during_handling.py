# Uncaught exception raised while handling another: "During handling..."
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
print('start')
parse('abc')

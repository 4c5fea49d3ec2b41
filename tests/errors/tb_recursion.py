# Identical consecutive traceback entries collapse after three.
def down(n):
    if n == 0:
        raise ValueError('bottom')
    return down(n - 1)

def ping(n):
    return pong(n)

def pong(n):
    if n == 0:
        return {}['x']
    return ping(n - 1)

try:
    ping(3)
except KeyError as e:
    first = e
down(12)

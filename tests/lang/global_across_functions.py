# Module globals shared between functions; globals created late; functions defined after use sites.
def use_later():
    return defined_later()
def defined_later():
    return 'found at call time'
print(use_later())
registry = []
def register(x):
    registry.append(x)
def run():
    for i in range(3):
        register(i * i)
run()
print(registry)
def read_config():
    return CONFIG['mode']
try:
    read_config()
except NameError as e:
    print(type(e).__name__, e)
CONFIG = {'mode': 'fast'}
print(read_config())
def swap_globals():
    global a, b
    a, b = b, a
a, b = 'A', 'B'
swap_globals()
print(a, b)

# Closures and nonlocal cells updated from a hot loop; cell contents change type.
def make():
    state = 0
    def step(x):
        nonlocal state
        state += x
        return state
    def get():
        return state
    return step, get
step, get = make()
for i in range(1000):
    step(i if i != 500 else 0.5)
print(get())
def outer():
    vals = []
    n = 0
    for i in range(300):
        def inner():
            return n * 2
        n += 1
        vals.append(inner())
    return vals[-3:], sum(vals)
print(outer())

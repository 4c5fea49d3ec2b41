# Uncaught error deep in a method chain with a multi-line call expression.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
def double(v):
    return v * 2
def invert(v):
    return 1 / v
p = Pipeline([double, lambda v: v - 4, invert])
print(p.run(3))
print(p.run(
    2,
))

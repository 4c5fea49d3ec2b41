print("never runs")
def f(a, b):
    return a +* b

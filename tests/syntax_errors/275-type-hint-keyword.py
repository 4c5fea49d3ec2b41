def f(x: if):
    pass

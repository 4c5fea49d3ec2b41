x = 1
class C:
    y = x
    global x

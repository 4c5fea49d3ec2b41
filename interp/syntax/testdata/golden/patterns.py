match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, -2: _, a.b: _}:
        pass
    case (1 | 2 | 3) as n:
        pass
    case 1 + 2j | -1 - 2j | -3 | "s" "t" | b"x":
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case (x, y, *_):
        pass
    case [*_]:
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case x if x > 0:
        pass
    case _:
        pass
match x, y:
    case 1, 2:
        pass
match = 1
match.x = 2
match(3)
case = 4
_ = 5
print(match, case, _)

match x:
    case {"k": 1, "k": 2}:
        pass

match x:
    case C(1=2):
        pass

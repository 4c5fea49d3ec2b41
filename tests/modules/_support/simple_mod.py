"""A plain helper module for the import tests."""
print('simple_mod executing, __name__ =', __name__)
VALUE = 42
_private = 'hidden'
def greet(name):
    return f'hello {name} from {__name__}'
class Thing:
    pass

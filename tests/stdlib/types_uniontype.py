# types.UnionType is the type of X | Y between classes.
import types
u = int | str
print(type(u) is types.UnionType, isinstance(u, types.UnionType), types.UnionType.__name__)
print(u, u.__args__, (int | None).__args__)
print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, u))
print('UnionType' in types.__all__)

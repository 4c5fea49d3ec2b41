# typing: runtime behaviour of aliases, special forms, generics, protocols,
# NamedTuple, TypedDict, NewType, get_type_hints and friends.
import types
import typing
from typing import *
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Literal[1, 'a'], Any, T, Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]))
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, isinstance([], List), issubclass(list, Sequence))
try: isinstance([], List[int])
except TypeError as e: print(e)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
class P(NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._fields, P.__annotations__)
class M(TypedDict, total=False):
    name: str
print(M(name='x'), M.__optional_keys__, M.__total__)
UserId = NewType('UserId', int)
print(UserId(5), UserId)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def f(a: 'int', b: List['str']) -> None: pass
print(get_type_hints(f))
print(Annotated[int, 'meta'], get_args(Annotated[int, 'm']), ClassVar[int], Final[str], cast(int, 'x'), isinstance(3, Union[int, str]))
print(AnyStr, T_co if False else typing.T_co, SupportsInt, isinstance(3, SupportsInt))


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


S = TypeVar('S', int, str)
B = TypeVar('B', bound=float)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(S, B, Co, Contra, S.__constraints__, B.__bound__, T.__name__)
show(TypeVar, 'X', int)
show(TypeVar, 'X', covariant=True, contravariant=True) if False else None
P_ = ParamSpec('P_')
print(P_, P_.args, P_.kwargs, Callable[P_, int], Concatenate[int, P_])
print(List[T][int], Dict[T, S][str, int], Callable[[T], S][int, str], Optional[List[T]][bytes])
show(lambda: List[int][str])
show(lambda: Dict[int])
show(lambda: Union[()])
show(lambda: Generic[int])
show(lambda: Box[int, str])
show(lambda: Union[int, str]())
show(lambda: Any())
show(lambda: isinstance(1, Any))
show(lambda: List())
show(lambda: types.new_class("X", (Union,)))
print(Union[int, Union[str, bytes]], Union[int, int], Optional[Union[int, str]], Union[int, Any])
print(Literal[1, Literal[2, 1]], Literal[True] == Literal[1], Tuple[int, str][0] if False else Tuple[int, str].__args__)


class Pair(Generic[T, S]):
    pass


class IntPair(Pair[int, S]):
    pass


print(Pair[str, int], IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__, Pair.__mro__)
show(lambda: types.new_class("Bad", (Generic[T], Generic[S])))


class Proto(Protocol):
    def meth(self) -> int: ...


show(isinstance, 1, Proto)


class Node:
    next: 'Node'
    value: int = 0


print(get_type_hints(Node))
print(get_type_hints(f, include_extras=True))


def annotated(x: Annotated[int, 'positive']) -> ClassVar[int]:
    pass


print(get_type_hints(annotated), get_type_hints(annotated, include_extras=True))


@overload
def ov(x: int) -> int: ...


@overload
def ov(x: str) -> str: ...


def ov(x):
    return x


print(len(get_overloads(ov)), ov(3))
clear_overloads()
print(get_overloads(ov))


@final
class Fin:
    pass


print(Fin.__final__)
show(assert_never, 3)
print(assert_type(5, int), typing.TYPE_CHECKING, typing.Text, is_typeddict(M), is_typeddict(dict))
show(lambda: isinstance({}, M))
Emp = TypedDict('Emp', {'name': str, 'id': int})
print(Emp(name='a', id=1), Emp.__required_keys__ == {'name', 'id'}, Emp.__annotations__)
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2), Pt.__annotations__)
show(lambda: types.new_class("Sub", (UserId,)))
print(Deque[int], DefaultDict[str, int], typing.Counter[str], Iterable[int], Generator[int, None, None], AbstractSet[int], Type[Box])
print(get_args(Callable[..., int]), get_args(int), get_origin(int), get_origin(Generic), get_origin(Annotated[int, 1]), get_args(Tuple[()]))
print(ForwardRef('x'), ForwardRef('x') == ForwardRef('x'), List['Box'])
print(repr(Optional[Box[int]]), Union[Box[int], None])
reveal_type(1)

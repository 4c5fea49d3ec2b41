# Static and class methods of built-in types, reached through the class,
# through an instance (the method-call fast path), and from the type's
# namespace.

print(type(str.__dict__['maketrans']).__name__)
print(type(dict.__dict__['fromkeys']).__name__, dict.__dict__['fromkeys'])

# Through an instance, a static method does not receive the instance.
print("x".maketrans({'a': 'b'}))
print("x".maketrans('ab', 'cd', 'e'))
print(b"".maketrans(b'a', b'z')[97], bytearray().maketrans(b'q', b'r')[113])
m = "y".maketrans
print(m({'k': None}))

# A class method receives the class, even when called on an instance or
# on a subclass.
class D(dict):
    pass

print(type({}.fromkeys([1])).__name__, type(D.fromkeys([1])).__name__, type(D().fromkeys([2])).__name__)
print((5).from_bytes(b'\x01\x00', 'little'), float.fromhex('0x1.8p1'), (1.0).fromhex('-0x1p-2'))
print(dict.__dict__['fromkeys'](D, 'ab'))

for args in [(1, 2), (1, 'a'), ('a', 'b', 3), ('ab', 'c'), (5,)]:
    try:
        "x".maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Signed nan in complex() strings.
for text in ["1+nanj", "-nan+infj", "nanj", "-nanj", "+inf-nanj", "(1-infj)"]:
    print(text, complex(text))

# A class method descriptor called straight from the namespace checks its
# first argument: a subclass of the owner.
for f, a in [(dict.__dict__['fromkeys'], (5, [1])), (dict.__dict__['fromkeys'], ()),
             (int.__dict__['from_bytes'], (list, b'\x01', 'big')),
             (float.__dict__['fromhex'], ('x', '1')), (dict.__dict__['fromkeys'], (int, [1]))]:
    try:
        print(f(*a))
    except TypeError as e:
        print(type(e).__name__, e)

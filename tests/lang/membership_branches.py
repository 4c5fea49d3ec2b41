# `in` and `not in` as branch conditions (the interpreter fuses the test
# and the jump), with __contains__ results that are not bools, errors
# raised inside the test, and calls of globals that are missing.


class Box:
    def __init__(self, items, result=None):
        self.items = items
        self.result = result

    def __contains__(self, x):
        if x == "boom":
            raise KeyError(x)
        if self.result is not None:
            return self.result
        return x in self.items


def classify(x, box):
    if x in box:
        kind = "in"
    else:
        kind = "out"
    if x not in box:
        kind += "/not-in"
    while x in box and kind:
        kind += "!"
        break
    return kind


for x, box in [(1, [1, 2]), (3, (1, 2)), ("a", "cat"), ("z", "cat"), (2, {2: 0}), (5, set()),
               (1, Box([1])), (2, Box([1])), (7, Box([], result=[0])), (7, Box([1], result=""))]:
    print(x, type(box).__name__, classify(x, box))

try:
    classify("boom", Box([]))
except KeyError as e:
    print("KeyError", e)

try:
    if 1 in 5:
        print("no")
except TypeError as e:
    print("TypeError", e)

hits = 0
for i in range(300):
    if i % 7 in (0, 3):
        hits += 1
    if i not in range(100, 200):
        hits += 2
print(hits)


def call_missing():
    return not_defined_anywhere(1)


try:
    call_missing()
except NameError as e:
    print("NameError", e)
print(len([1, 2, 3]), abs(-4))

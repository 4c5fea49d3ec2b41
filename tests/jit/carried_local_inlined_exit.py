# A guard fails inside an inlined call before the loop has touched a
# loop-carried local whose slot number the callee's frame also uses: the
# exit must still write the loop's local back.
class A:
    def f(self, x):
        if x > 900:
            return x * 2
        return x + 1


def loop(n):
    a = A()
    total = 0
    for i in range(n):
        v = a.f(i)
        total += v
    return total


print(loop(1000))

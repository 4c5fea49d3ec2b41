# A loop that stores new objects into a cell (STORE_DEREF) while the
# collector runs often: the store's write-barrier guard fails while the
# collector marks, and the interpreter redoes the store from the exit.


def run(n):
    acc = [0, 0]

    def get():
        return acc

    total = 0
    for i in range(n):
        acc = [i, acc[1] + 1]
        a = i * 3 + 1
        b = a * a % 7 + i
        c = (a + b) // 3 - i
        d = c * 2 + a - b
        total += d % 5 + a % 3 + b % 2
    return total, acc, get()


for r in range(40):
    res = run(20000 + r)
    if r % 10 == 0:
        print(res)

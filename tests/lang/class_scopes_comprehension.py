# Names in class bodies are not visible in nested function or comprehension scopes (except the first iterable).
class A:
    n = 3
    first_iter = [i for i in range(n)]
    try:
        nested = [n for i in range(2)]
    except NameError as e:
        nested = f'NameError: {e}'
    def method(self):
        try:
            return n
        except NameError as e:
            return f'NameError: {e}'
print(A.first_iter, A.nested, A().method())
n = 'global n'
print(A().method())
class B:
    x = 1
    y = (lambda: x)() if False else 'lambda would see global x'
print(B.y)

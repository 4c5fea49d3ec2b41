# Recursive functions invoked from hot loops, including exceptions unwinding them.
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)
print(sum(depth_sum(i % 30) for i in range(1000)))
def walk(tree):
    if isinstance(tree, int):
        return tree
    return sum(walk(t) for t in tree)
tree = [1, [2, [3, [4, [5]]]], [[6], 7]]
print(sum(walk(tree) for _ in range(200)))
def fail_at(n, k):
    if n == k:
        raise ValueError(n)
    return fail_at(n + 1, k)
caught = 0
for i in range(300):
    try:
        fail_at(0, i % 20)
    except ValueError as e:
        caught += e.args[0]
print(caught)
def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)
print(sum(1 for i in range(400) if even(i % 40)))

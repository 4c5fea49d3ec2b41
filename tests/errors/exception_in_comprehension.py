# Uncaught exception inside a list comprehension.
values = [3, 2, 1, 0]
print([12 // v for v in values])

# Uncaught TypeError from a binary operation, positions marked in the traceback.
def total(items):
    return sum(items) + ' items'
print(total([1, 2]))

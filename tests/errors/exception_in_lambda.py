# Uncaught exception inside a lambda called by sorted().
items = ['b', 'a', None]
print(sorted(items, key=lambda s: s.upper()))

# Uncaught error inside a generator expression consumed by sum().
data = ['1', '2', 'three', '4']
print(sum(int(x) for x in data[:2]))
print(sum(int(x) for x in data))

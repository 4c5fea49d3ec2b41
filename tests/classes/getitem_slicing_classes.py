# __getitem__ receives ints, slices, tuples and Ellipsis; __setitem__/__delitem__ with slices.
class Recorder:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return k
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
    def __delitem__(self, k):
        self.log.append(('del', k))
r = Recorder()
r[0]; r[-1]; r[1:2]; r[::2]; r[1:2, 3]; r[...]; r[:, ::-1]; r['key']
r[5] = 'a'; r[1:3] = [1]; r[::2] = 'xy'
del r[0]; del r[2:]
for entry in r.log:
    print(entry)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[idx]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[:, 0], m[1:, 1], m[-1, -1])
